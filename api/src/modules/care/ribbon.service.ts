import { type FilterQuery, LockMode, ref } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/viewer';
import { AppError, forbidden, notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import { notify, users } from '../notify/notify';
import { NotificationKind } from '../notify/notify.enums';
import { isSecretaryOf } from '../org/org.policy';
import { User } from '../org/user.entity';
import { raisesRibbonAt, ribbonFilter } from './care.policy';
import { Household } from './household.entity';
import { RibbonEvent, RibbonRequest, RibbonStatus } from './ribbon.entity';

export class RibbonService extends RequestService {
  async raise(householdId: string, note?: string | null): Promise<RibbonRequest> {
    const viewer = this.me;
    const household = isId(householdId) ? await this.em.findOne(Household, householdId) : null;
    if (!household || !raisesRibbonAt(viewer, household)) throw notFound('household');
    return this.em.transactional(async (tx) => {
      const request = tx.create(RibbonRequest, { household: ref(household), raisedBy: tx.getReference(User, viewer.userId, { wrapped: true }), note: trimmed(note) || null });
      this.event(tx, request, viewer, 'RAISED', request.note);
      return request;
    });
  }

  list(openOnly: boolean): Promise<RibbonRequest[]> {
    const where: FilterQuery<RibbonRequest> = { $and: [ribbonFilter(this.me), openOnly ? { status: { $ne: RibbonStatus.RESOLVED } } : {}] };
    return this.em.find(RibbonRequest, where, { orderBy: { raisedAt: 'asc' }, limit: 500 });
  }

  /** The secretary assigns someone; a volunteer may take it on themself. */
  assign(id: string, userId?: string | null): Promise<RibbonRequest> {
    return this.step(id, [RibbonStatus.OPEN, RibbonStatus.ASSIGNED], 'ASSIGNED', null, async (request, viewer, communityId, tx) => {
      const target = userId ?? viewer.userId;
      // Volunteers take open requests for themselves; only the secretary assigns others or reassigns.
      if ((target !== viewer.userId || request.status === RibbonStatus.ASSIGNED) && !isSecretaryOf(viewer, communityId)) throw forbidden();
      const user = isId(target) ? await tx.findOne(User, target) : null;
      if (!user || user.community?.id !== communityId) throw notFound('user');
      request.assignee = ref(user);
      request.status = RibbonStatus.ASSIGNED;
      // Taking it on oneself needs no telling.
      if (target !== viewer.userId) await notify(tx, { kind: NotificationKind.RIBBON_ASSIGNED, to: users(user.id), objectType: 'RibbonRequest', objectId: request.id });
    });
  }

  markVisited(id: string, note?: string | null): Promise<RibbonRequest> {
    return this.step(id, [RibbonStatus.ASSIGNED], 'VISITED', note, (request, viewer) => {
      if (request.assignee?.id !== viewer.userId) throw forbidden();
      request.status = RibbonStatus.VISITED;
    });
  }

  resolve(id: string, note?: string | null): Promise<RibbonRequest> {
    return this.step(id, [RibbonStatus.ASSIGNED, RibbonStatus.VISITED], 'RESOLVED', note, (request, viewer, communityId) => {
      if (request.assignee?.id !== viewer.userId && !isSecretaryOf(viewer, communityId)) throw forbidden();
      request.status = RibbonStatus.RESOLVED;
      request.resolvedAt = new Date();
    });
  }

  private event(tx: RequestService['em'], request: RibbonRequest, viewer: Viewer, action: string, note?: string | null): void {
    tx.persist(tx.create(RibbonEvent, { request: ref(request), action, actor: tx.getReference(User, viewer.userId, { wrapped: true }), note: trimmed(note) || null }));
  }

  private async step(
    id: string,
    from: RibbonStatus[],
    action: string,
    note: string | null | undefined,
    apply: (request: RibbonRequest, viewer: Viewer, communityId: string, tx: RequestService['em']) => void | Promise<void>,
  ): Promise<RibbonRequest> {
    const viewer = this.me;
    if (!isId(id)) throw notFound('ribbon');
    return this.em.transactional(async (tx) => {
      const request = await tx.findOne(RibbonRequest, { $and: [{ id }, ribbonFilter(viewer)] }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!request) throw notFound('ribbon');
      const household = await tx.findOneOrFail(Household, request.household.id);
      if (!from.includes(request.status)) throw new AppError('CONFLICT', 'ribbon.wrongStatus', { status: request.status });
      await apply(request, viewer, household.community.id, tx);
      this.event(tx, request, viewer, action, note);
      return request;
    });
  }
}
