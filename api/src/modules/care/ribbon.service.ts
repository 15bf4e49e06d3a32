import { type FilterQuery, ref } from '@mikro-orm/postgresql';
import { notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import { transition } from '../../shared/workflow/transition';
import { isSecretaryOf } from '../org/org.policy';
import { User } from '../org/user.entity';
import { raisesRibbonAt, ribbonFilter } from './care.policy';
import { Household } from './household.entity';
import { RibbonRequest, RibbonStatus } from './ribbon.entity';
import { RIBBON_FLOW, type RibbonTransition, ribbonCommunity } from './ribbon-flow';

/** A yellow ribbon's request, from raising to resolving: each step a transition of RIBBON_FLOW (ribbon-flow.ts). */
export class RibbonService extends RequestService {
  async raise(householdId: string, note?: string | null): Promise<RibbonRequest> {
    const viewer = this.me;
    const household = isId(householdId) ? await this.em.findOne(Household, householdId) : null;
    if (!household || !raisesRibbonAt(viewer, household)) throw notFound('household');
    return this.em.transactional(async (tx) => {
      const request = tx.create(RibbonRequest, { household: ref(household), raisedBy: tx.getReference(User, viewer.userId, { wrapped: true }), note: trimmed(note) || null });
      await RIBBON_FLOW.record(tx, viewer, { subject: request, action: 'RAISED', note: request.note });
      return request;
    });
  }

  list(openOnly: boolean): Promise<RibbonRequest[]> {
    const where: FilterQuery<RibbonRequest> = { $and: [ribbonFilter(this.me), openOnly ? { status: { $ne: RibbonStatus.RESOLVED } } : {}] };
    return this.em.find(RibbonRequest, where, { orderBy: { raisedAt: 'asc' }, limit: 500 });
  }

  /** The secretary assigns someone; a volunteer may take an open request on themself. */
  assign(id: string, userId?: string | null): Promise<RibbonRequest> {
    return this.step(id, {
      action: 'ASSIGNED',
      from: [RibbonStatus.OPEN, RibbonStatus.ASSIGNED],
      // Volunteers take open requests for themselves; only the secretary assigns others or reassigns.
      allowed: async (request, { tx, viewer }) =>
        ((userId ?? viewer.userId) === viewer.userId && request.status === RibbonStatus.OPEN) || isSecretaryOf(viewer, await ribbonCommunity(tx, request)),
      apply: async (request, { tx, viewer }) => {
        const target = userId ?? viewer.userId;
        const user = isId(target) ? await tx.findOne(User, target) : null;
        if (!user || user.community?.id !== (await ribbonCommunity(tx, request))) throw notFound('user');
        request.assignee = ref(user);
        request.status = RibbonStatus.ASSIGNED;
      },
    });
  }

  markVisited(id: string, note?: string | null): Promise<RibbonRequest> {
    return this.step(id, {
      action: 'VISITED',
      from: [RibbonStatus.ASSIGNED],
      note,
      allowed: (request, { viewer }) => request.assignee?.id === viewer.userId,
      apply: (request) => {
        request.status = RibbonStatus.VISITED;
      },
    });
  }

  resolve(id: string, note?: string | null): Promise<RibbonRequest> {
    return this.step(id, {
      action: 'RESOLVED',
      from: [RibbonStatus.ASSIGNED, RibbonStatus.VISITED],
      note,
      allowed: async (request, { tx, viewer }) => request.assignee?.id === viewer.userId || isSecretaryOf(viewer, await ribbonCommunity(tx, request)),
      apply: (request) => {
        request.status = RibbonStatus.RESOLVED;
        request.resolvedAt = new Date();
      },
    });
  }

  private step(id: string, step: RibbonTransition): Promise<RibbonRequest> {
    return transition(this.em, this.me, RIBBON_FLOW, id, step);
  }
}
