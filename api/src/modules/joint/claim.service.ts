import { type EntityManager, LockMode, ref } from '@mikro-orm/postgresql';
import { requireUnit } from '../../shared/auth/scope';
import { notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import { Community } from '../org/community.entity';
import { PartnerUnit } from '../org/partner-unit.entity';
import { NeedStatus, OPEN_NEED_STATUSES } from './joint.enums';
import { alreadyClaimed, claimCapReached, claimFull, claimNotOpen, meetingElsewhere, noActiveClaim, wrongNeedStatus } from './joint.errors';
import { JointMeeting } from './meeting.entity';
import { Need } from './need.entity';
import { NeedClaim } from './need-claim.entity';
import { recordNeedEvent } from './need-events';

/**
 * Claiming, race-free: the need's row is locked for the length of one short transaction, so
 * concurrent claimers queue on it and each sees the count the previous one left. The unique
 * (need, active unit) constraint and the claim_count check stand behind that in the database.
 */
export class ClaimService extends RequestService {
  /** One short transaction holding the need's row; a draft is not found (units never see drafts). */
  private onLockedNeed<T>(needId: string, work: (tx: EntityManager, need: Need) => Promise<T>): Promise<T> {
    if (!isId(needId)) throw notFound('need');
    return this.em.transactional(async (tx) => {
      const need = await tx.findOne(Need, needId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!need || need.status === NeedStatus.DRAFT) throw notFound('need');
      return work(tx, need);
    });
  }

  async claim(needId: string, meetingId?: string | null): Promise<NeedClaim> {
    const viewer = this.me;
    const unitId = requireUnit(viewer);
    return this.onLockedNeed(needId, async (tx, need) => {
      const holders = await tx.find(NeedClaim, { need: need.id, activeUnitId: { $ne: null } }, { populate: ['unit'], orderBy: { claimedAt: 'asc' } });
      if (holders.some((c) => c.unit.id === unitId)) throw alreadyClaimed();
      if (need.status === NeedStatus.CLAIMED || (need.status === NeedStatus.PUBLISHED && need.claimCount >= need.maxClaimants)) {
        throw claimFull(holders.map((c) => c.unit.getEntity().name).join('、'));
      }
      if (need.status !== NeedStatus.PUBLISHED) throw claimNotOpen(need.status);

      let meeting: JointMeeting | null = null;
      if (meetingId) {
        meeting = isId(meetingId) ? await tx.findOne(JointMeeting, meetingId) : null;
        if (!meeting) throw notFound('meeting');
        if (meeting.community.id !== need.community.id) throw meetingElsewhere();
      }
      await this.checkCap(tx, unitId, need.community.id);

      const claim = tx.create(NeedClaim, {
        need: ref(need),
        unit: tx.getReference(PartnerUnit, unitId, { wrapped: true }),
        activeUnitId: unitId,
        meeting: meeting ? ref(meeting) : null,
      });
      need.claimCount += 1;
      if (need.claimCount >= need.maxClaimants) need.status = NeedStatus.CLAIMED;
      await recordNeedEvent(tx, need, viewer, 'CLAIMED', { unitId, meetingId: meeting?.id ?? null });
      return claim;
    });
  }

  /** The unit gives its claim back with a reason; the need reopens for others. */
  async release(needId: string, reason: string): Promise<Need> {
    const viewer = this.me;
    const unitId = requireUnit(viewer);
    return this.onLockedNeed(needId, async (tx, need) => {
      if (!OPEN_NEED_STATUSES.includes(need.status)) throw wrongNeedStatus(need.status);
      const claim = await tx.findOne(NeedClaim, { need: need.id, activeUnitId: unitId });
      if (!claim) throw noActiveClaim();
      claim.activeUnitId = null;
      claim.releasedAt = new Date();
      claim.releaseReason = trimmed(reason);
      need.claimCount -= 1;
      if (need.status === NeedStatus.CLAIMED || (need.status === NeedStatus.IN_PROGRESS && need.claimCount === 0)) need.status = NeedStatus.PUBLISHED;
      await recordNeedEvent(tx, need, viewer, 'RELEASED', { unitId, note: claim.releaseReason, meetingId: claim.meeting?.id ?? null });
      return need;
    });
  }

  /** The claiming unit reports progress (CLAIMED → IN_PROGRESS) or, with `complete`, that the work is done. */
  async report(needId: string, note: string, complete: boolean): Promise<Need> {
    const viewer = this.me;
    const unitId = requireUnit(viewer);
    return this.onLockedNeed(needId, async (tx, need) => {
      if (!(await tx.count(NeedClaim, { need: need.id, activeUnitId: unitId }))) throw noActiveClaim();
      if (!OPEN_NEED_STATUSES.includes(need.status)) throw wrongNeedStatus(need.status);
      need.status = NeedStatus.IN_PROGRESS;
      if (complete) need.completionReportedAt = new Date();
      await recordNeedEvent(tx, need, viewer, complete ? 'COMPLETION_REPORTED' : 'PROGRESS', { unitId, note: trimmed(note) });
      return need;
    });
  }

  // The cap is per unit and community; an advisory lock on that pair serialises the count and the insert.
  private async checkCap(tx: EntityManager, unitId: string, communityId: string): Promise<void> {
    const community = await tx.findOneOrFail(Community, communityId);
    const cap = community.maxOpenClaimsPerUnit;
    if (cap === null || cap === undefined) return;
    await tx.execute('SELECT pg_advisory_xact_lock(hashtext(?))', [`claim-cap:${unitId}:${communityId}`]);
    const open = await tx.count(NeedClaim, { activeUnitId: unitId, need: { community: communityId, status: { $in: OPEN_NEED_STATUSES } } });
    if (open >= cap) throw claimCapReached(cap);
  }
}
