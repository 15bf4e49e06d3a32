import { randomUUID } from 'node:crypto';
import { type EntityManager, ref, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { requireUnit } from '../../shared/auth/scope';
import { type AppError, notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { CHANNEL } from '../../shared/pubsub';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import { transition } from '../../shared/workflow/transition';
import { NEED_CLAIMED_SQL, needClaimedParams } from '../notify/notify';
import { Community } from '../org/community.entity';
import { PartnerUnit } from '../org/partner-unit.entity';
import { NeedStatus, OPEN_NEED_STATUSES } from './joint.enums';
import { alreadyClaimed, claimCapReached, claimFull, claimNotOpen, meetingElsewhere, noActiveClaim } from './joint.errors';
import { JointMeeting } from './meeting.entity';
import { Need } from './need.entity';
import { NeedClaim } from './need-claim.entity';
import { BOARD_TOPIC, type BoardPayload } from './need-events';
import { NEED_FLOW } from './need-flow';

// Why a claim would be refused, as of the reading statement's snapshot (d_ columns).
const DIAGNOSIS = `SELECT x.status AS d_status, x.claim_count AS d_claim_count, x.max_claimants AS d_max_claimants, x.community_id AS d_community_id,
  EXISTS (SELECT 1 FROM need_claim y WHERE y.need_id = x.id AND y.active_unit_id = ?) AS d_mine,
  (SELECT string_agg(u.name, '、' ORDER BY y.claimed_at) FROM need_claim y JOIN partner_unit u ON u.id = y.unit_id
    WHERE y.need_id = x.id AND y.active_unit_id IS NOT NULL) AS d_holders,
  (SELECT m.community_id FROM joint_meeting m WHERE m.id = ?::uuid) AS d_meeting_community
FROM need x WHERE x.id = ?`;

// The common claim in one statement: the conditional UPDATE takes a place under the need's row
// lock (a waiter re-checks the count on the row it waited for), the claim and its event go in
// with it, and the board is told by a NOTIFY that PostgreSQL delivers when the statement commits.
// It declines whenever a rule might refuse (a cap is always left to the locked path), answering
// the diagnosis instead; the unique (need, active unit) index refuses a second claim by one unit
// that races past the NOT EXISTS.
const CLAIM_SQL = `WITH n AS (
  UPDATE need SET claim_count = claim_count + 1, updated_at = ?::timestamptz,
    status = CASE WHEN claim_count + 1 >= max_claimants THEN 'CLAIMED'::need_status ELSE status END
  WHERE id = ? AND status = 'PUBLISHED' AND claim_count < max_claimants
    AND NOT EXISTS (SELECT 1 FROM need_claim x WHERE x.need_id = need.id AND x.active_unit_id = ?)
    AND (SELECT k.max_open_claims_per_unit FROM community k WHERE k.id = need.community_id) IS NULL
    AND (?::uuid IS NULL OR EXISTS (SELECT 1 FROM joint_meeting m WHERE m.id = ?::uuid AND m.community_id = need.community_id))
  RETURNING *),
c AS (INSERT INTO need_claim (id, need_id, unit_id, active_unit_id, meeting_id, claimed_at) SELECT ?, n.id, ?, ?, ?::uuid, ?::timestamptz FROM n),
e AS (INSERT INTO need_event (need_id, action, actor_id, unit_id, meeting_id, at) SELECT n.id, 'CLAIMED', ?, ?, ?::uuid, ?::timestamptz FROM n)
SELECT n.*, CASE WHEN n.id IS NOT NULL THEN pg_notify(?, jsonb_set(?::jsonb, '{payload,communityId}', to_jsonb(n.community_id))::text) IS NULL END AS notified,
  CASE WHEN n.id IS NOT NULL THEN ${NEED_CLAIMED_SQL} END AS told, d.*
FROM (SELECT 1) AS one LEFT JOIN n ON true LEFT JOIN LATERAL (${DIAGNOSIS}) d ON n.id IS NULL`;

// Giving a claim back in one statement: the need's row is locked first (as the locked path does,
// so a cancel or confirm cannot interleave), then the claim is released, the count and status
// follow, and the event and NOTIFY go with them. No row: a rule refuses, and the locked path says which.
const RELEASE_SQL = `WITH locked AS (SELECT id FROM need WHERE id = ? AND status IN ('PUBLISHED', 'CLAIMED', 'IN_PROGRESS') FOR UPDATE),
c AS (UPDATE need_claim SET active_unit_id = NULL, released_at = ?::timestamptz, release_reason = ?
  WHERE need_id = (SELECT id FROM locked) AND active_unit_id = ? RETURNING need_id, meeting_id),
n AS (UPDATE need SET claim_count = claim_count - 1, updated_at = ?::timestamptz,
    status = CASE WHEN status = 'CLAIMED' OR (status = 'IN_PROGRESS' AND claim_count = 1) THEN 'PUBLISHED'::need_status ELSE status END
  WHERE id = (SELECT need_id FROM c) RETURNING *),
e AS (INSERT INTO need_event (need_id, action, actor_id, unit_id, meeting_id, at, note) SELECT n.id, 'RELEASED', ?, ?, c.meeting_id, ?::timestamptz, ? FROM n, c)
SELECT n.*, pg_notify(?, jsonb_set(jsonb_set(?::jsonb, '{payload,communityId}', to_jsonb(n.community_id)), '{payload,meetingId}', coalesce(to_jsonb(c.meeting_id), 'null'::jsonb))::text) IS NULL AS notified
FROM n, c`;

interface Diagnosis {
  d_status: NeedStatus | null;
  d_claim_count: number;
  d_max_claimants: number;
  d_community_id: string;
  d_mine: boolean;
  d_holders: string | null;
  d_meeting_community: string | null;
}

/** The refusal a diagnosis explains, in the locked path's order; null when it sees the need open. */
function refusal(d: Diagnosis, meetingId: string | null | undefined): AppError | null {
  if (!d.d_status || d.d_status === NeedStatus.DRAFT) return notFound('need');
  if (d.d_mine) return alreadyClaimed();
  if (d.d_status === NeedStatus.CLAIMED || (d.d_status === NeedStatus.PUBLISHED && d.d_claim_count >= d.d_max_claimants)) return claimFull(d.d_holders ?? '');
  if (d.d_status !== NeedStatus.PUBLISHED) return claimNotOpen(d.d_status);
  if (meetingId && !d.d_meeting_community) return notFound('meeting');
  if (meetingId && d.d_meeting_community !== d.d_community_id) return meetingElsewhere();
  return null;
}

/**
 * Claiming, race-free: a claim or a release is one statement in the common case (above); the rest
 * runs in one short transaction holding the need's row, so concurrent claimers queue on it and each
 * sees the count the previous one left. The unique (need, active unit) constraint and the
 * claim_count check stand behind both in the database.
 */
export class ClaimService extends RequestService {
  async claim(needId: string, meetingId?: string | null): Promise<NeedClaim> {
    const unitId = requireUnit(this.me);
    if (!isId(needId)) throw notFound('need');
    const meeting = meetingId && isId(meetingId) ? meetingId : null;
    if (!meetingId || meeting) {
      const outcome = await this.fastClaim(needId, unitId, meeting);
      if (outcome instanceof NeedClaim) return outcome;
      const error = outcome && refusal(outcome, meetingId);
      if (error) throw error;
    }
    // The statement's snapshot saw the need open (a claim raced ours, or there is a cap): read again.
    const fresh = (await this.em.execute<Diagnosis[]>(DIAGNOSIS, [unitId, meeting, needId]))[0] ?? ({ d_status: null } as Diagnosis);
    const error = refusal(fresh, meetingId);
    if (error) throw error;
    return this.lockedClaim(needId, meetingId);
  }

  /** The one-statement claim, or the diagnosis of its snapshot when it declined (null after a unique violation). */
  private async fastClaim(needId: string, unitId: string, meetingId: string | null): Promise<NeedClaim | Diagnosis | null> {
    const viewer = this.me;
    const at = new Date();
    const claimId = randomUUID();
    const payload: BoardPayload = { action: 'CLAIMED', needId, communityId: '', draft: false, meetingId, unitId, at: at.toISOString() };
    let row: Record<string, unknown>;
    try {
      [row] = await this.em.execute<Record<string, unknown>[]>(CLAIM_SQL, [
        at,
        needId,
        unitId,
        meetingId,
        meetingId,
        claimId,
        unitId,
        unitId,
        meetingId,
        at,
        viewer.userId,
        unitId,
        meetingId,
        at,
        CHANNEL,
        JSON.stringify({ topic: BOARD_TOPIC, payload }),
        ...needClaimedParams(unitId),
        unitId,
        meetingId,
        needId,
      ]);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) return null;
      throw error;
    }
    if (!row.id) return row as unknown as Diagnosis;
    const needRow = Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'notified' && key !== 'told' && !key.startsWith('d_')));
    this.em.map(Need, needRow);
    const claimRow = { id: claimId, need_id: needId, unit_id: unitId, active_unit_id: unitId, meeting_id: meetingId, claimed_at: at, released_at: null, release_reason: null };
    return this.em.map(NeedClaim, claimRow);
  }

  /** The claim under the need's row lock, rule by rule, for what the one statement leaves open: a transition of NEED_FLOW. */
  private lockedClaim(needId: string, meetingId?: string | null): Promise<NeedClaim> {
    const unitId = requireUnit(this.me);
    let claim: NeedClaim | undefined;
    return transition(this.em, this.me, NEED_FLOW, needId, {
      action: 'CLAIMED',
      // Every status a unit sees: the refusals come in the order units are told (already yours, full, not open).
      from: [NeedStatus.PUBLISHED, NeedStatus.CLAIMED, NeedStatus.IN_PROGRESS, NeedStatus.DONE, NeedStatus.CANCELLED],
      apply: async (need, { tx }) => {
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
        claim = tx.create(NeedClaim, {
          need: ref(need),
          unit: tx.getReference(PartnerUnit, unitId, { wrapped: true }),
          activeUnitId: unitId,
          meeting: meeting ? ref(meeting) : null,
        });
        need.claimCount += 1;
        if (need.claimCount >= need.maxClaimants) need.status = NeedStatus.CLAIMED;
        return { unitId, meetingId: meeting?.id ?? null };
      },
    }).then(() => claim as NeedClaim);
  }

  /** The unit gives its claim back with a reason; the need reopens for others. */
  async release(needId: string, reason: string): Promise<Need> {
    const viewer = this.me;
    const unitId = requireUnit(viewer);
    if (!isId(needId)) throw notFound('need');
    const at = new Date();
    const note = trimmed(reason);
    const payload: BoardPayload = { action: 'RELEASED', needId, communityId: '', draft: false, meetingId: null, unitId, at: at.toISOString() };
    const rows = await this.em.execute<Record<string, unknown>[]>(RELEASE_SQL, [
      needId,
      at,
      note,
      unitId,
      at,
      viewer.userId,
      unitId,
      at,
      note,
      CHANNEL,
      JSON.stringify({ topic: BOARD_TOPIC, payload }),
    ]);
    if (!rows.length) return this.lockedRelease(needId, reason);
    const { notified: _, ...needRow } = rows[0];
    return this.em.map(Need, needRow);
  }

  /** The release under the need's row lock, rule by rule: what answers a refused one. */
  private lockedRelease(needId: string, reason: string): Promise<Need> {
    const unitId = requireUnit(this.me);
    return transition(this.em, this.me, NEED_FLOW, needId, {
      action: 'RELEASED',
      from: OPEN_NEED_STATUSES,
      apply: async (need, { tx }) => {
        const claim = await tx.findOne(NeedClaim, { need: need.id, activeUnitId: unitId });
        if (!claim) throw noActiveClaim();
        claim.activeUnitId = null;
        claim.releasedAt = new Date();
        claim.releaseReason = trimmed(reason);
        need.claimCount -= 1;
        if (need.status === NeedStatus.CLAIMED || (need.status === NeedStatus.IN_PROGRESS && need.claimCount === 0)) need.status = NeedStatus.PUBLISHED;
        return { unitId, note: claim.releaseReason, meetingId: claim.meeting?.id ?? null };
      },
    });
  }

  /** The claiming unit reports progress (CLAIMED → IN_PROGRESS) or, with `complete`, that the work is done. */
  report(needId: string, note: string, complete: boolean): Promise<Need> {
    const unitId = requireUnit(this.me);
    return transition(this.em, this.me, NEED_FLOW, needId, {
      action: complete ? 'COMPLETION_REPORTED' : 'PROGRESS',
      from: OPEN_NEED_STATUSES,
      note,
      apply: async (need, { tx }) => {
        if (!(await tx.count(NeedClaim, { need: need.id, activeUnitId: unitId }))) throw noActiveClaim();
        need.status = NeedStatus.IN_PROGRESS;
        if (complete) need.completionReportedAt = new Date();
        return { unitId };
      },
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
