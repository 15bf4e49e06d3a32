import { type EntityManager, LockMode, ref } from '@mikro-orm/postgresql';
import { assertSecretaryOf } from '../../shared/auth/scope';
import type { Viewer } from '../../shared/auth/viewer';
import { AppError, forbidden, notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import { CaseFile } from '../case/case.entity';
import { CaseStatus } from '../case/case.enums';
import { recordCaseEvent } from '../case/case-events';
import { deadlinesFor, hoursFrom } from '../case/routing.service';
import { NeedStatus } from '../joint/joint.enums';
import { wrongNeedStatus } from '../joint/joint.errors';
import { Need } from '../joint/need.entity';
import { recordNeedEvent } from '../joint/need-events';
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
  /** ACCEPTED → DISPATCHED to no unit: the community's party members, with the category's handling deadline. */
  async routeCase(caseId: string, hours: number): Promise<PartyOrder> {
    const viewer = this.me;
    if (!isId(caseId)) throw notFound('case');
    return this.em.transactional(async (tx) => {
      const caseFile = await tx.findOne(CaseFile, caseId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!caseFile) throw notFound('case');
      if (caseFile.status !== CaseStatus.ACCEPTED) throw wrongCaseStatus(caseFile.status);
      if (!caseFile.community) throw new AppError('CONFLICT', 'order.noCommunity');
      await assertHasPartyMembers(tx, caseFile.community.id);
      const now = new Date();
      caseFile.status = CaseStatus.DISPATCHED;
      caseFile.assignedUnit = null;
      caseFile.dueAt = hoursFrom(now, (await deadlinesFor(tx, caseFile.category)).handleHours);
      caseFile.acknowledgedAt = null;
      caseFile.acknowledgeDueAt = null;
      caseFile.filedAt ??= now;
      const order = tx.create(PartyOrder, {
        kind: PartyOrderKind.CASE,
        caseFile: ref(caseFile),
        community: caseFile.community,
        title: caseFile.title,
        place: caseFile.address,
        routedBy: tx.getReference(User, viewer.userId, { wrapped: true }),
        hours,
      });
      await recordCaseEvent(tx, caseFile, viewer, 'ROUTED_TO_PARTY', null, null);
      return order;
    });
  }

  /** A published need no unit has claimed: PUBLISHED → IN_PROGRESS, out of the units' reach, to the party members. */
  async routeNeed(needId: string, hours: number): Promise<PartyOrder> {
    const viewer = this.me;
    if (!isId(needId)) throw notFound('need');
    return this.em.transactional(async (tx) => {
      const need = await tx.findOne(Need, needId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!need) throw notFound('need');
      assertSecretaryOf(viewer, need.community.id);
      if (need.status !== NeedStatus.PUBLISHED) throw wrongNeedStatus(need.status);
      if (need.claimCount > 0) throw new AppError('CONFLICT', 'order.needClaimed');
      await assertHasPartyMembers(tx, need.community.id);
      need.status = NeedStatus.IN_PROGRESS;
      const order = tx.create(PartyOrder, {
        kind: PartyOrderKind.NEED,
        need: ref(need),
        community: need.community,
        title: need.title,
        place: need.location,
        routedBy: tx.getReference(User, viewer.userId, { wrapped: true }),
        hours,
      });
      await recordNeedEvent(tx, need, viewer, 'ROUTED_TO_PARTY');
      return order;
    });
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
        await recordCaseEvent(tx, caseFile, viewer, 'ORDER_TAKEN', null, null);
      } else if (need) {
        await recordNeedEvent(tx, need, viewer, 'ORDER_TAKEN');
      }
      return order;
    });
  }

  /** The taker marks a need order done with a note: the need IN_PROGRESS → DONE, and the hours count. */
  async completeNeed(orderId: string, note: string): Promise<PartyOrder> {
    const viewer = this.me;
    if (!isId(orderId)) throw notFound('order');
    return this.em.transactional(async (tx) => {
      const order = await tx.findOne(PartyOrder, orderId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!order || order.kind !== PartyOrderKind.NEED || !order.need) throw notFound('order');
      if (order.takenBy?.id !== viewer.userId) throw forbidden();
      if (order.doneAt) throw new AppError('CONFLICT', 'order.done');
      const need = await tx.findOneOrFail(Need, order.need.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (need.status !== NeedStatus.IN_PROGRESS) throw wrongNeedStatus(need.status);
      const now = new Date();
      need.status = NeedStatus.DONE;
      need.completionReportedAt = now;
      need.closedAt = now;
      order.doneAt = now;
      order.doneNote = trimmed(note);
      await recordNeedEvent(tx, need, viewer, 'DONE', { note: order.doneNote });
      return order;
    });
  }
}
