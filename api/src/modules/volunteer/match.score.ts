/**
 * How a volunteer's fit for a task is scored, 0 to 1. Hard filters come first: active; not signed up or
 * waiting for this task; no confirmed place on another (not cancelled) task overlapping its window; when
 * they stated any availability, free in one of the window's half-day slots; when the task asks skills,
 * holding one of them or belonging to the task's community. Then:
 *   skills       0.40 × share of the required skills they hold (0.20 when the task asks none)
 *   distance     0.20 same grid, 0.12 same community, 0 elsewhere
 *   availability 0.10 stated free in the window, 0.03 not stated
 *   fairness     0.20 × (1 − recent hours / 20, floored at 0): recent hours are the confirmed hours of
 *                service checked out in the last 30 days, counted to a tenth of an hour as the reasons show them
 *   continuity   0.10 holds a confirmed place on another task of the same need
 * Equal scores go to fewer recent hours, then the earlier registration, then the lower ID.
 */
export const MATCH_WEIGHTS = {
  skills: 0.4,
  noSkillsAsked: 0.2,
  sameGrid: 0.2,
  sameCommunity: 0.12,
  available: 0.1,
  availabilityUnstated: 0.03,
  fairness: 0.2,
  fairHours: 20,
  continuity: 0.1,
} as const;

/** Each weight in thousandths: scores are then whole numbers of points, compared exactly in SQL and here. */
const thousandths = (weight: number): number => {
  const value = Math.round(weight * 1000);
  if (Math.abs(value - weight * 1000) > 1e-6) throw new Error(`MATCH_WEIGHTS must be whole thousandths, got ${weight}`);
  return value;
};
const W = {
  skills: thousandths(MATCH_WEIGHTS.skills),
  noSkillsAsked: thousandths(MATCH_WEIGHTS.noSkillsAsked),
  sameGrid: thousandths(MATCH_WEIGHTS.sameGrid),
  sameCommunity: thousandths(MATCH_WEIGHTS.sameCommunity),
  available: thousandths(MATCH_WEIGHTS.available),
  availabilityUnstated: thousandths(MATCH_WEIGHTS.availabilityUnstated),
  fairness: thousandths(MATCH_WEIGHTS.fairness),
  continuity: thousandths(MATCH_WEIGHTS.continuity),
};
/** Recent hours are counted in tenths; at this many the fairness term is spent. */
const SPENT = 10 * MATCH_WEIGHTS.fairHours;

/**
 * Points for a task asking `asked` skills: a score × max(asked, 1) × SPENT × 1000, a whole number, since a share
 * of skills is m / asked and fairness moves by a tenth of an hour.
 */
export const pointsPerScore = (asked: number): number => Math.max(asked, 1) * SPENT * 1000;

/**
 * The fewest required skills someone outside the task's community, without continuity, needs to reach `floor`
 * points even with no recent hours; null when nobody outside can. 0 when the task asks none.
 */
export function outsiderMinimum(asked: number, floor: number | null): number | null {
  const rest = Math.max(asked, 1) * SPENT * (Math.max(W.available, W.availabilityUnstated) + W.fairness);
  if (asked === 0) return floor === null || SPENT * W.noSkillsAsked + rest >= floor ? 0 : null;
  if (floor === null) return 1;
  const fewest = Math.max(1, Math.ceil((floor - rest) / (SPENT * W.skills)));
  return fewest <= asked ? fewest : null;
}

export interface MatchTask {
  id: string;
  communityId: string;
  gridId: string | null;
  needId: string | null;
  requiredSkills: string[];
  startsAt: Date;
  endsAt: Date;
  slots: string[];
}

/** Who a query looks at: the task's community and earlier servers of its need, or everyone else holding enough of its skills. */
export type Tier = { near: true } | { near: false; minimum: number };

export interface MatchRow {
  id: string;
  created_us: string;
  same_grid: boolean;
  same_community: boolean;
  stated: boolean;
  continuity: boolean;
  tenths: number;
  points: number | string;
}

/** The tie rule, for merging tiers: more points, fewer recent hours, earlier registration, lower ID. */
export function byRank(a: MatchRow, b: MatchRow): number {
  const points = Number(b.points) - Number(a.points);
  if (points) return points;
  if (a.tenths !== b.tenths) return a.tenths - b.tenths;
  const registered = BigInt(a.created_us) - BigInt(b.created_us);
  if (registered) return registered < 0n ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The `limit` best of one tier, exactly, in one statement. Every candidate's score without fairness is
 * cheap (the volunteer's row and two small sets); recent hours are read from an index only for
 * candidates that could still reach the bar: the k-th exact score of the k best-placed candidates, or
 * `floor` (another tier's k-th) when higher. Nobody below the bar can be in the top k.
 */
export function tierQuery(task: MatchTask, tier: Tier, floor: number | null, limit: number, now: Date): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return '?';
  };
  const asked = task.requiredSkills.length;
  const per = Math.max(asked, 1);
  const from = new Date(now.getTime() - 30 * 86_400_000);
  // Skills are bound one by one: they are free text, never spliced into a text[] literal.
  const required = () => `ARRAY[${task.requiredSkills.map(p).join(', ')}]::text[]`;
  const matched = () => (asked ? task.requiredSkills.map((skill) => `(v.skills @> ARRAY[${p(skill)}]::text[])::int`).join(' + ') : '0');
  const recent = (id: string) =>
    `SELECT COALESCE(round(sum(x.confirmed_hours::numeric) * 10), 0)::int AS tenths FROM task_signup x
     WHERE x.volunteer_id = ${id} AND x.confirmed_hours IS NOT NULL AND x.checked_out_at BETWEEN ${p(from)} AND ${p(now)}`;
  const fairness = `${per * W.fairness}::bigint * least(h.tenths, ${SPENT})`;
  // Slots are A–Z and _ only: safe as a text[] literal.
  const slots = `{${task.slots.join(',')}}`;

  const sql = `WITH busy AS (
      SELECT s.volunteer_id FROM task_signup s JOIN volunteer_task o ON o.id = s.task_id
      WHERE s.status = 'CONFIRMED' AND o.status <> 'CANCELLED' AND o.starts_at < ${p(task.endsAt)} AND o.ends_at > ${p(task.startsAt)}),
    served AS (
      SELECT x.volunteer_id FROM task_signup x JOIN volunteer_task o ON o.id = x.task_id
      WHERE x.status = 'CONFIRMED' AND o.need_id = ${p(task.needId)} AND o.id <> ${p(task.id)}),
    cand AS MATERIALIZED (
      SELECT v.id, v.created_at, f.same_grid, f.same_community, f.stated, f.continuity,
        ${asked ? `${SPENT * W.skills}::bigint * f.matched` : `${SPENT * W.noSkillsAsked}::bigint`}
        + ${per * SPENT}::bigint * ((CASE WHEN f.same_grid THEN ${W.sameGrid} WHEN f.same_community THEN ${W.sameCommunity} ELSE 0 END)
          + (CASE WHEN f.stated THEN ${W.available} ELSE ${W.availabilityUnstated} END)
          + (CASE WHEN f.continuity THEN ${W.continuity} ELSE 0 END) + ${W.fairness}) AS base
      FROM volunteer v CROSS JOIN LATERAL (SELECT ${matched()} AS matched,
        coalesce(v.grid_id = ${p(task.gridId)}, false) AS same_grid, coalesce(v.community_id = ${p(task.communityId)}, false) AS same_community,
        cardinality(v.availability) > 0 AS stated, v.id IN (SELECT volunteer_id FROM served) AS continuity) f
      WHERE ${
        tier.near
          ? `v.id = ANY (ARRAY(SELECT id FROM volunteer WHERE community_id = ${p(task.communityId)} UNION SELECT volunteer_id FROM served))
             ${asked ? `AND (v.skills && ${required()} OR v.community_id = ${p(task.communityId)})` : ''}`
          : `v.community_id IS DISTINCT FROM ${p(task.communityId)} AND v.id NOT IN (SELECT volunteer_id FROM served)
             ${asked ? `AND v.skills ${tier.minimum >= asked ? '@>' : '&&'} ${required()}` : ''}
             ${asked && tier.minimum > 1 && tier.minimum < asked ? `AND f.matched >= ${p(tier.minimum)}` : ''}`
      }
        AND v.active AND (cardinality(v.availability) = 0 OR v.availability && ${p(slots)}::text[])
        AND v.id NOT IN (SELECT volunteer_id FROM busy)
        AND NOT EXISTS (SELECT 1 FROM task_signup s WHERE s.task_id = ${p(task.id)} AND s.active_volunteer_id = v.id)),
    seeds AS (
      SELECT c.base - ${fairness} AS points
      FROM (SELECT id, base FROM cand ORDER BY base DESC LIMIT ${p(limit)}) c CROSS JOIN LATERAL (${recent('c.id')}) h),
    bar AS (SELECT greatest(${p(floor)}::bigint, CASE WHEN count(*) = ${p(limit)} THEN min(points) END) AS floor FROM seeds)
    SELECT c.id, (extract(epoch FROM c.created_at) * 1000000)::bigint AS created_us, c.same_grid, c.same_community, c.stated, c.continuity,
      h.tenths, c.base - ${fairness} AS points
    FROM cand c CROSS JOIN bar CROSS JOIN LATERAL (${recent('c.id')}) h
    WHERE bar.floor IS NULL OR c.base >= bar.floor
    ORDER BY points DESC, h.tenths, c.created_at, c.id LIMIT ${p(limit)}`;
  return { sql, params };
}
