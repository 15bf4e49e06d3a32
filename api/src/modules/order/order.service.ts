import { type EntityManager, LockMode, ref } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/viewer';
import { AppError, notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import { transition } from '../../shared/workflow/transition';
import { CaseFile } from '../case/case.entity';
import { CaseStatus } from '../case/case.enums';
import { CASE_FLOW } from '../case/case-flow';
import { deadlinesFor, hoursFrom } from '../case/routing.service';
import { NeedStatus } from '../joint/joint.enums';
import { wrongNeedStatus } from '../joint/joint.errors';
import { Need } from '../joint/need.entity';
import { NEED_FLOW } from '../joint/need-flow';
import { isSecretaryOf } from '../org/org.policy';
import { User } from '../org/user.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { PartyOrder, PartyOrderKind } from './order.entity';

const wrongCaseStatus = (status: string) => new AppError('CONFLICT', 'case.wrongStatus', { status });

// The one statement that settles a race of party members: whoever's UPDATE finds taken_by still null wins.
const TAKE_SQL = `update party_order set taken_by_id = ?, taken_at = now()
  where id = ? and community_id = ? and taken_by_id is null returning id`;

/** The viewer's volunteer record, if they are an active party member of a community. */
export async function partyMemberOf(em: EntityManager, viewer: Viewer): Promise<Volunteer | null> {
  const volunteer = await em.findOne(Volunteer, { user: viewer.userId, active: true, partyMember: true, community: { $ne: null } });
  return volunteer?.community ? volunteer : null;
}

async function requirePartyMember(em: EntityManager, viewer: Viewer): Promise<Volunteer & { community: NonNullable<Volunteer['community']> }> {
  const volunteer = await partyMemberOf(em, viewer);
  if (!volunteer?.community) throw new AppError('FORBIDDEN', 'order.notPartyMember');
  return volunteer as Volunteer & { community: NonNullable<Volunteer['community']> };
}

async function assertHasPartyMembers(em: EntityManager, communityId: string): Promise<void> {
  if (!(await em.count(Volunteer, { community: communityId, active: true, partyMember: true }))) throw new AppError('CONFLICT', 'order.noPartyMembers');
}

/** 党员领单: the centre routes a small case, a secretary a need, to the party members of its community; one of them takes it. */
export class OrderService extends RequestService {
  /** ACCEPTED → DISPATCHED to no unit: the community's party members, with the category's handling deadline (a transition of CASE_FLOW). */
  async routeCase(caseId: string, hours: number): Promise<PartyOrder> {
    let order: PartyOrder | undefined;
    await transition(this.em, this.me, CASE_FLOW, caseId, {
      action: 'ROUTED_TO_PARTY',
      from: [CaseStatus.ACCEPTED],
      apply: async (caseFile, { tx, viewer }) => {
        if (!caseFile.community) throw new AppError('CONFLICT', 'order.noCommunity');
        await assertHasPartyMembers(tx, caseFile.community.id);
        const now = new Date();
        caseFile.status = CaseStatus.DISPATCHED;
        caseFile.assignedUnit = null;
        caseFile.dueAt = hoursFrom(now, (await deadlinesFor(tx, caseFile.category)).handleHours);
        caseFile.acknowledgedAt = null;
        caseFile.acknowledgeDueAt = null;
        caseFile.filedAt ??= now;
        order = tx.create(PartyOrder, {
          kind: PartyOrderKind.CASE,
          caseFile: ref(caseFile),
          community: caseFile.community,
          title: caseFile.title,
          place: caseFile.address,
          routedBy: tx.getReference(User, viewer.userId, { wrapped: true }),
          hours,
        });
        return { unitId: null };
      },
    });
    return order as PartyOrder;
  }

  /** A published need no unit has claimed: PUBLISHED → IN_PROGRESS, out of the units' reach, to the party members (a transition of NEED_FLOW). */
  async routeNeed(needId: string, hours: number): Promise<PartyOrder> {
    let order: PartyOrder | undefined;
    await transition(this.em, this.me, NEED_FLOW, needId, {
      action: 'ROUTED_TO_PARTY',
      from: [NeedStatus.PUBLISHED],
      allowed: (need, { viewer }) => isSecretaryOf(viewer, need.community.id),
      apply: async (need, { tx, viewer }) => {
        if (need.claimCount > 0) throw new AppError('CONFLICT', 'order.needClaimed');
        await assertHasPartyMembers(tx, need.community.id);
        need.status = NeedStatus.IN_PROGRESS;
        order = tx.create(PartyOrder, {
          kind: PartyOrderKind.NEED,
          need: ref(need),
          community: need.community,
          title: need.title,
          place: need.location,
          routedBy: tx.getReference(User, viewer.userId, { wrapped: true }),
          hours,
        });
      },
    });
    return order as PartyOrder;
  }

  /** The open orders of the party member's community, oldest first. */
  async open(): Promise<PartyOrder[]> {
    const volunteer = await requirePartyMember(this.em, this.me);
    // A need cancelled meanwhile (or a case moved on) is no longer anyone's to take.
    const stillOpen = { $or: [{ caseFile: { status: CaseStatus.DISPATCHED } }, { need: { status: NeedStatus.IN_PROGRESS } }] };
    return this.em.find(PartyOrder, { community: volunteer.community.id, takenBy: null, ...stillOpen }, { orderBy: { routedAt: 'asc', id: 'asc' }, limit: 200 });
  }

  /** The orders the viewer took, newest first. */
  mine(): Promise<PartyOrder[]> {
    return this.em.find(PartyOrder, { takenBy: this.me.userId }, { orderBy: { takenAt: 'desc', id: 'asc' }, limit: 200 });
  }

  /** Exactly one taker: the case's row lock first (as every case step), then the conditional UPDATE decides. */
  async take(orderId: string): Promise<PartyOrder> {
    const viewer = this.me;
    const volunteer = await requirePartyMember(this.em, viewer);
    const communityId = volunteer.community.id;
    const seen = isId(orderId) ? await this.em.findOne(PartyOrder, orderId) : null;
    if (!seen || seen.community.id !== communityId) throw notFound('order');
    return this.em.transactional(async (tx) => {
      const caseFile = seen.caseFile ? await tx.findOneOrFail(CaseFile, seen.caseFile.id, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      const need = seen.need ? await tx.findOneOrFail(Need, seen.need.id, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!seen.takenBy && caseFile && caseFile.status !== CaseStatus.DISPATCHED) throw wrongCaseStatus(caseFile.status);
      if (!seen.takenBy && need && need.status !== NeedStatus.IN_PROGRESS) throw wrongNeedStatus(need.status);
      const won = await tx.execute<{ id: string }[]>(TAKE_SQL, [viewer.userId, seen.id, communityId]);
      const order = await tx.findOneOrFail(PartyOrder, seen.id, { refresh: true });
      if (!won.length) {
        if (order.takenBy?.id === viewer.userId) return order;
        throw new AppError('CONFLICT', 'order.taken');
      }
      if (caseFile) {
        // Taking the order is the party member's 签收.
        caseFile.acknowledgedAt = new Date();
        await CASE_FLOW.record(tx, viewer, { subject: caseFile, action: 'ORDER_TAKEN' });
      } else if (need) {
        await NEED_FLOW.record(tx, viewer, { subject: need, action: 'ORDER_TAKEN' });
      }
      return order;
    });
  }

  /** The taker marks a need order done with a note: the need IN_PROGRESS → DONE (a transition of NEED_FLOW), and the hours count. */
  async completeNeed(orderId: string, note: string): Promise<PartyOrder> {
    const seen = isId(orderId) ? await this.em.findOne(PartyOrder, orderId) : null;
    if (!seen || seen.kind !== PartyOrderKind.NEED || !seen.need) throw notFound('order');
    let order = null as PartyOrder | null;
    await transition(this.em, this.me, NEED_FLOW, seen.need.id, {
      action: 'DONE',
      from: [NeedStatus.IN_PROGRESS, NeedStatus.DONE],
      // The order's row after the need's, as take() locks them.
      allowed: async (_need, { tx, viewer }) => {
        order = await tx.findOne(PartyOrder, seen.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
        return order?.takenBy?.id === viewer.userId;
      },
      apply: (need) => {
        const taken = order as PartyOrder;
        if (taken.doneAt) throw new AppError('CONFLICT', 'order.done');
        if (need.status !== NeedStatus.IN_PROGRESS) throw wrongNeedStatus(need.status);
        const now = new Date();
        need.status = NeedStatus.DONE;
        need.completionReportedAt = now;
        need.closedAt = now;
        taken.doneAt = now;
        taken.doneNote = trimmed(note);
        return { note: taken.doneNote };
      },
    });
    return order as PartyOrder;
  }
}
