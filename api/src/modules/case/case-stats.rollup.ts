// SQL of the case statistics over the rollup tables (migration "rollups"): whole China days of the
// window [from, to) come from the rollups, the partial days at either end from case_file itself.

import { ms } from './case-rates.sql';

/**
 * Parameters: windowParams. Days d1..td (exclusive) are read from the rollups; s1, s2 bound them as
 * instants. A partial first or last day is read from the rollups too when it holds no case outside the
 * window (probed in the same statement, so in the same snapshot): a window ending now needs no live today.
 */
const WINDOW = `w0 AS (
  SELECT f, t, fd, td, fd::timestamp AT TIME ZONE 'Asia/Shanghai' AS fs, (td + 1)::timestamp AT TIME ZONE 'Asia/Shanghai' AS te
  FROM (SELECT f, t, (f AT TIME ZONE 'Asia/Shanghai')::date AS fd, (t AT TIME ZONE 'Asia/Shanghai')::date AS td
        FROM (SELECT ?::timestamptz AS f, ?::timestamptz AS t) p) x),
w1 AS (
  SELECT f, t,
    CASE WHEN fs = f OR NOT EXISTS (SELECT 1 FROM case_file c WHERE c.reported_at >= w0.fs AND c.reported_at < w0.f) THEN fd ELSE fd + 1 END AS lo,
    CASE WHEN NOT EXISTS (SELECT 1 FROM case_file c WHERE c.reported_at >= w0.t AND c.reported_at < w0.te) THEN td + 1 ELSE td END AS hi
  FROM w0),
w AS (
  SELECT f, t, lo AS d1, hi AS td,
    CASE WHEN lo < hi THEN lo::timestamp AT TIME ZONE 'Asia/Shanghai' ELSE t END AS s1,
    CASE WHEN lo < hi THEN hi::timestamp AT TIME ZONE 'Asia/Shanghai' ELSE t END AS s2
  FROM w1)`;

/**
 * The window's cases outside the rolled-up days: [f, s1) and [s2, t), two index ranges. They are given
 * as constants too (the first within 50 hours of f, the second within 26 hours of t, China days being
 * 23 to 25 hours long at most), which changes no row and tells the planner the ranges are small.
 */
const EDGES = `edge AS (
  SELECT c.* FROM w JOIN case_file c ON c.reported_at >= ?::timestamptz AND c.reported_at < ?::timestamptz AND c.reported_at < w.s1
  UNION ALL
  SELECT c.* FROM w JOIN case_file c ON c.reported_at >= ?::timestamptz AND c.reported_at < ?::timestamptz AND c.reported_at >= w.s2)`;

const HOUR = 3_600_000;
/** The parameters of every statement below, in order; RANKING_SQL takes now after them. */
export const windowParams = (from: Date, to: Date) => [from, to, from, new Date(from.getTime() + 50 * HOUR), new Date(to.getTime() - 26 * HOUR), to];

const HEAD = `WITH ${WINDOW}, ${EDGES}`;
const DAYS = 'r.day >= w.d1 AND r.day < w.td';

/** reported, filed, closed per key; `key` is the rollup's column, `live` the same from case_file. */
function counts(table: string, key: string, live: string): string {
  return `${HEAD}
  SELECT k, sum(reported) AS reported, sum(filed) AS filed, sum(closed) AS closed FROM (
    SELECT r.${key} AS k, r.reported, r.filed, r.closed FROM w JOIN ${table} r ON ${DAYS}
    UNION ALL
    SELECT ${live}, 1, (filed_at IS NOT NULL)::int, (status = 'CLOSED')::int FROM edge) x
  GROUP BY k HAVING sum(reported) > 0`;
}

export const NO_COMMUNITY = '00000000-0000-0000-0000-000000000000';

export const STATS_SQL = `SELECT coalesce(sum(reported), 0) AS reported, coalesce(sum(filed), 0) AS filed, coalesce(sum(closed), 0) AS closed FROM (${counts('rollup_case_category', 'category', 'category::text')}) s`;
export const BY_CATEGORY_SQL = `${counts('rollup_case_category', 'category', 'category::text')} ORDER BY sum(reported) DESC, k`;
export const BY_SOURCE_SQL = `${counts('rollup_case_source', 'source', 'source::text')} ORDER BY sum(reported) DESC, k`;
export const BY_COMMUNITY_SQL = `${counts('rollup_case_community', 'community_key', `coalesce(community_id, '${NO_COMMUNITY}')`)} ORDER BY sum(reported) DESC, k`;

const RATE_COUNTS = ['responded', 'followed_up', 'pending', 'solved', 'partly_solved', 'satisfied', 'basically_satisfied', 'reworked'];

/**
 * Parameters: windowParams, now. Per unit: dispatched, closed, on time, late, and the counts the three rates
 * are made of. Late = handled after the deadline (rolled up) + still DISPATCHED past it (rollup_case_open,
 * against now). Whole days from rollup_case_unit; the edges by case-rates.sql.ts's per-case definition, each
 * live case probing its latest follow-up row.
 */
export const RANKING_SQL = `${HEAD}, live AS (
  SELECT e.assigned_unit_id AS unit_id, (e.status = 'CLOSED')::int AS closed,
    (e.handled_at IS NOT NULL AND (e.due_at IS NULL OR e.handled_at <= e.due_at))::int AS on_time, coalesce(e.handled_at > e.due_at, false)::int AS late,
    (e.acknowledged_at IS NOT NULL AND (e.acknowledge_due_at IS NULL OR e.acknowledged_at <= e.acknowledge_due_at)) AS responded,
    (e.status = 'CLOSED' AND (f.closed_at IS NULL OR f.closed_at <> ${ms('e.closed_at')})) AS pending,
    (f.closed_at IS NOT NULL AND NOT (e.status = 'CLOSED' AND f.closed_at <> ${ms('e.closed_at')})) AS followed,
    f.solved, f.satisfaction, coalesce(f.reworks, 0) AS reworks
  FROM edge e LEFT JOIN LATERAL (SELECT * FROM rollup_case_follow x WHERE x.case_id = e.id LIMIT 1) f ON true
  WHERE e.filed_at IS NOT NULL AND e.assigned_unit_id IS NOT NULL)
  SELECT unit_id, sum(dispatched) AS dispatched, sum(closed) AS closed, sum(on_time) AS on_time, sum(late) AS late,
    ${RATE_COUNTS.map((c) => `sum(${c}) AS ${c}`).join(', ')} FROM (
    SELECT r.unit_id, r.dispatched, r.closed, r.on_time, r.late, ${RATE_COUNTS.map((c) => `r.${c}`).join(', ')} FROM w JOIN rollup_case_unit r ON ${DAYS}
    UNION ALL
    SELECT unit_id, 1, closed, on_time, late, responded::int, followed::int, pending::int, (followed AND solved = 'SOLVED')::int, (followed AND solved = 'PARTLY_SOLVED')::int,
      (followed AND satisfaction = 'SATISFIED')::int, (followed AND satisfaction = 'BASICALLY_SATISFIED')::int, reworks
    FROM live
    UNION ALL
    SELECT o.unit_id, 0, 0, 0, 1, ${RATE_COUNTS.map(() => '0').join(', ')} FROM w JOIN rollup_case_open o ON o.reported_at >= w.f AND o.reported_at < w.t WHERE o.due_at < ?::timestamptz) x
  GROUP BY unit_id HAVING sum(dispatched) > 0`;

const spans = (alias: string) => `
  extract(epoch FROM st.decided_at - ${alias}.reported_at), extract(epoch FROM ${alias}.filed_at - st.accepted_at), extract(epoch FROM ${alias}.handled_at - ${alias}.filed_at),
  extract(epoch FROM st.verified_at - st.last_handled_at), extract(epoch FROM ${alias}.closed_at - ${alias}.reported_at)`;
const avg = (stage: string) => `(sum(${stage}_sum) / nullif(sum(${stage}_n), 0)::numeric) / 3600 AS ${stage}`;

/**
 * Parameters: windowParams. Exactly avg(seconds) / 3600 of the scan: summed seconds over summed counts, in
 * numeric. The live cases probe their stage row one by one (LIMIT 1 keeps the planner from a merge over all).
 */
export const AVERAGE_HOURS_SQL = `${HEAD}, live AS (SELECT ${spans('e')} FROM edge e LEFT JOIN LATERAL (SELECT * FROM rollup_case_stage s WHERE s.case_id = e.id LIMIT 1) st ON true)
  SELECT ${['accept', 'dispatch', 'handle', 'verify', 'total'].map(avg).join(', ')} FROM (
    SELECT r.accept_sum, r.accept_n, r.dispatch_sum, r.dispatch_n, r.handle_sum, r.handle_n, r.verify_sum, r.verify_n, r.total_sum, r.total_n
    FROM w JOIN rollup_case_day r ON ${DAYS}
    UNION ALL
    SELECT l.a, (l.a IS NOT NULL)::int, l.d, (l.d IS NOT NULL)::int, l.h, (l.h IS NOT NULL)::int, l.v, (l.v IS NOT NULL)::int, l.t, (l.t IS NOT NULL)::int
    FROM live l(a, d, h, v, t)) x`;
