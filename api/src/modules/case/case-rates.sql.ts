// The definition of the three rates (响应率, 解决率, 满意率), case by case: which cases reported in [from, to)
// and dispatched to a unit count how. The listing of the cases behind a rate reads it directly; the ranking
// sums the same per-case shares from the rollup rollup_case_rates (migration "rollups_rates"), and the
// rollups' property test holds the two equal.

/** A follow-up keeps its closure to the millisecond (a JavaScript Date); closures written by SQL may carry microseconds. */
export const ms = (column: string) => `date_trunc('milliseconds', ${column})`;

/**
 * One row per case: its unit, whether it was signed for in time, and its latest follow-up. A case counts as
 * followed up by its latest answer, unless it was closed again since (then it waits: pending).
 * Parameters: from, to.
 */
export const PER_CASE = `per_case AS (
  SELECT c.id, c.reported_at, c.assigned_unit_id AS unit_id, c.status,
    (c.acknowledged_at IS NOT NULL AND (c.acknowledge_due_at IS NULL OR c.acknowledged_at <= c.acknowledge_due_at)) AS responded,
    (c.status = 'CLOSED' AND (f.closed_at IS NULL OR f.closed_at <> ${ms('c.closed_at')})) AS pending,
    (f.closed_at IS NOT NULL AND NOT (c.status = 'CLOSED' AND f.closed_at <> ${ms('c.closed_at')})) AS followed,
    f.solved, f.satisfaction, f.reworks
  FROM case_file c
  LEFT JOIN LATERAL (
    SELECT (array_agg(x.closed_at ORDER BY x.recorded_at DESC, x.id DESC))[1] AS closed_at, (array_agg(x.solved::text ORDER BY x.recorded_at DESC, x.id DESC))[1] AS solved,
      (array_agg(x.satisfaction::text ORDER BY x.recorded_at DESC, x.id DESC))[1] AS satisfaction, count(*) FILTER (WHERE x.reworked) AS reworks
    FROM case_follow_up x WHERE x.case_id = c.id) f ON true
  WHERE c.reported_at >= ?::timestamptz AND c.reported_at < ?::timestamptz AND c.filed_at IS NOT NULL AND c.assigned_unit_id IS NOT NULL)`;

/** Which cases stand behind a rate, as a condition on per_case (aliased p). */
export const RATE_CASE_CONDITIONS = {
  LATE_SIGN_FOR: 'NOT p.responded',
  NOT_SOLVED: "p.followed AND p.solved = 'NOT_SOLVED'",
  PARTLY_SOLVED: "p.followed AND p.solved = 'PARTLY_SOLVED'",
  NOT_SATISFIED: "p.followed AND p.satisfaction = 'NOT_SATISFIED'",
  BASICALLY_SATISFIED: "p.followed AND p.satisfaction = 'BASICALLY_SATISFIED'",
  REWORKED: 'p.reworks > 0',
  PENDING_FOLLOW_UP: 'p.pending',
  NOT_CLOSED: "p.status <> 'CLOSED'",
} as const;
