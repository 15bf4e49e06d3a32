import type { EntityManager } from '@mikro-orm/postgresql';
import { PER_CASE } from '../../api/src/modules/case/case-rates.sql';

// The dashboard's and the case statistics' scans as they were before the rollups: the reference the
// rollup answers must equal, and the recount the rollup tables must equal.

const n = (v: unknown) => Number(v ?? 0);

export async function oldTotals(em: EntityManager, communityId: string | null) {
  const [row] = await em.execute(
    communityId
      ? `SELECT
           (SELECT count(*) FROM agreement WHERE status = 'ACTIVE' AND community_id = ?) AS agreements,
           (SELECT count(*) FROM resource r WHERE r.withdrawn_at IS NULL AND EXISTS
              (SELECT 1 FROM agreement a WHERE a.unit_id = r.unit_id AND a.community_id = ? AND a.status = 'ACTIVE')) AS resources,
           (SELECT count(*) FROM need WHERE community_id = ? AND status NOT IN ('DRAFT', 'CANCELLED')) AS published,
           (SELECT count(*) FROM need WHERE community_id = ? AND claim_count > 0) AS claimed`
      : `SELECT
           (SELECT count(*) FROM agreement WHERE status = 'ACTIVE') AS agreements,
           (SELECT count(*) FROM resource WHERE withdrawn_at IS NULL) AS resources,
           (SELECT count(*) FROM need WHERE status NOT IN ('DRAFT', 'CANCELLED')) AS published,
           (SELECT count(*) FROM need WHERE claim_count > 0) AS claimed`,
    communityId ? [communityId, communityId, communityId, communityId] : [],
  );
  return { agreements: n(row.agreements), resources: n(row.resources), publishedNeeds: n(row.published), claimedNeeds: n(row.claimed) };
}

export async function oldByCommunity(em: EntityManager) {
  const rows = await em.execute(`
    SELECT c.id,
      (SELECT count(*) FROM agreement a WHERE a.community_id = c.id AND a.status = 'ACTIVE') AS agreements,
      (SELECT count(*) FROM resource r WHERE r.withdrawn_at IS NULL AND EXISTS
         (SELECT 1 FROM agreement a WHERE a.unit_id = r.unit_id AND a.community_id = c.id AND a.status = 'ACTIVE')) AS resources,
      (SELECT count(*) FROM need x WHERE x.community_id = c.id AND x.status NOT IN ('DRAFT', 'CANCELLED')) AS published,
      (SELECT count(*) FROM need x WHERE x.community_id = c.id AND x.claim_count > 0) AS claimed
    FROM community c`);
  return rows.map((r) => ({ id: r.id, agreements: n(r.agreements), resources: n(r.resources), publishedNeeds: n(r.published), claimedNeeds: n(r.claimed) }));
}

export async function oldByUnit(em: EntityManager) {
  const rows = await em.execute(`
    SELECT u.id,
      (SELECT count(*) FROM agreement a WHERE a.unit_id = u.id AND a.status = 'ACTIVE') AS agreements,
      (SELECT count(*) FROM resource r WHERE r.unit_id = u.id AND r.withdrawn_at IS NULL) AS resources,
      (SELECT count(*) FROM need_claim c WHERE c.unit_id = u.id AND c.active_unit_id IS NOT NULL) AS claims
    FROM partner_unit u WHERE u.active`);
  return rows.map((r) => ({ id: r.id, agreements: n(r.agreements), resources: n(r.resources), claims: n(r.claims) }));
}

export async function oldByMonth(em: EntityManager, months: number, scope: string | null) {
  const rows = await em.execute(
    `WITH m AS (
       SELECT to_char(d, 'YYYY-MM') AS month FROM generate_series(date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') - (? - 1) * interval '1 month', date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai'), interval '1 month') d
     )
     SELECT m.month,
       (SELECT count(*) FROM agreement a WHERE to_char(a.signed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') = m.month AND (?::uuid IS NULL OR a.community_id = ?::uuid)) AS agreements,
       (SELECT count(*) FROM need x WHERE to_char(x.published_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') = m.month AND (?::uuid IS NULL OR x.community_id = ?::uuid)) AS published,
       (SELECT count(*) FROM need_claim c JOIN need x ON x.id = c.need_id WHERE to_char(c.claimed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') = m.month AND (?::uuid IS NULL OR x.community_id = ?::uuid)) AS claims
     FROM m ORDER BY m.month`,
    [months, scope, scope, scope, scope, scope, scope],
  );
  return rows.map((r) => ({ month: r.month, agreementsSigned: n(r.agreements), needsPublished: n(r.published), claimsMade: n(r.claims) }));
}

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
// + 0: a tiny negative average rounds to -0 here, and JSON has no -0.
const hours = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100 + 0);

/** The case statistics page's figures by the old scans; ties of the old ORDER BY count(*) put in key order. */
export async function oldCaseReport(em: EntityManager, from: Date, to: Date, now: Date) {
  const [s] = await em.execute(
    `SELECT count(*) AS reported, count(filed_at) AS filed, count(*) FILTER (WHERE status = 'CLOSED') AS closed FROM case_file WHERE reported_at >= ? AND reported_at < ?`,
    [from, to],
  );
  const counts = (r: Record<string, unknown>) => ({ reported: n(r.reported), filed: n(r.filed), closed: n(r.closed) });
  const byKey = (a: { reported: number; key: string }, b: { reported: number; key: string }) => b.reported - a.reported || (a.key < b.key ? -1 : 1);
  const byCategory = (
    await em.execute(
      `SELECT category, count(*) AS reported, count(filed_at) AS filed, count(*) FILTER (WHERE status = 'CLOSED') AS closed
       FROM case_file WHERE reported_at >= ? AND reported_at < ? GROUP BY category ORDER BY count(*) DESC`,
      [from, to],
    )
  )
    .map((r) => ({ key: r.category as string, ...counts(r) }))
    .sort(byKey);
  const byCommunity = (
    await em.execute(
      `SELECT community_id, count(*) AS reported, count(filed_at) AS filed, count(*) FILTER (WHERE status = 'CLOSED') AS closed
       FROM case_file WHERE reported_at >= ? AND reported_at < ? GROUP BY community_id ORDER BY count(*) DESC`,
      [from, to],
    )
  )
    .map((r) => ({ key: (r.community_id as string | null) ?? '00000000-0000-0000-0000-000000000000', ...counts(r) }))
    .sort(byKey);
  const [avg] = await em.execute(
    `WITH c AS (SELECT id, reported_at, filed_at, handled_at, closed_at FROM case_file WHERE reported_at >= ? AND reported_at < ?),
     firsts AS (
       SELECT e.case_id,
         min(e.at) FILTER (WHERE e.action IN ('ACCEPTED', 'REJECTED')) AS decided_at,
         min(e.at) FILTER (WHERE e.action = 'ACCEPTED') AS accepted_at,
         max(e.at) FILTER (WHERE e.action = 'VERIFIED') AS verified_at,
         max(e.at) FILTER (WHERE e.action = 'HANDLED') AS last_handled_at
       FROM case_event e JOIN c ON c.id = e.case_id GROUP BY e.case_id)
     SELECT
       avg(extract(epoch FROM f.decided_at - c.reported_at)) / 3600 AS accept,
       avg(extract(epoch FROM c.filed_at - f.accepted_at)) / 3600 AS dispatch,
       avg(extract(epoch FROM c.handled_at - c.filed_at)) / 3600 AS handle,
       avg(extract(epoch FROM f.verified_at - f.last_handled_at)) / 3600 AS verify,
       avg(extract(epoch FROM c.closed_at - c.reported_at)) / 3600 AS total
     FROM c LEFT JOIN firsts f ON f.case_id = c.id`,
    [from, to],
  );
  const ranking = await em.execute(
    `SELECT assigned_unit_id AS unit_id,
       count(*) AS dispatched,
       count(*) FILTER (WHERE status = 'CLOSED') AS closed,
       count(*) FILTER (WHERE handled_at IS NOT NULL AND (due_at IS NULL OR handled_at <= due_at)) AS on_time,
       count(*) FILTER (WHERE (handled_at IS NOT NULL AND handled_at > due_at) OR (handled_at IS NULL AND status = 'DISPATCHED' AND due_at < ?)) AS late
     FROM case_file
     WHERE reported_at >= ? AND reported_at < ? AND filed_at IS NOT NULL AND assigned_unit_id IS NOT NULL
     GROUP BY assigned_unit_id`,
    [now, from, to],
  );
  // The three rates by their per-case definition (the scan the ranking ran before its rollup columns).
  const rates = new Map(
    (
      await em.execute(
        `WITH ${PER_CASE}
         SELECT unit_id, count(*) FILTER (WHERE responded) AS responded, count(*) FILTER (WHERE followed) AS followed_up, count(*) FILTER (WHERE pending) AS pending,
           count(*) FILTER (WHERE followed AND solved = 'SOLVED') AS solved, count(*) FILTER (WHERE followed AND solved = 'PARTLY_SOLVED') AS partly_solved,
           count(*) FILTER (WHERE followed AND satisfaction = 'SATISFIED') AS satisfied,
           count(*) FILTER (WHERE followed AND satisfaction = 'BASICALLY_SATISFIED') AS basically_satisfied, coalesce(sum(reworks), 0) AS reworked
         FROM per_case GROUP BY unit_id`,
        [from, to],
      )
    ).map((r) => [r.unit_id as string, r]),
  );
  const bySource = (
    await em.execute(
      `SELECT source, count(*) AS reported, count(filed_at) AS filed, count(*) FILTER (WHERE status = 'CLOSED') AS closed
       FROM case_file WHERE reported_at >= ? AND reported_at < ? GROUP BY source`,
      [from, to],
    )
  )
    .map((r) => ({ key: r.source as string, ...counts(r) }))
    .sort(byKey);
  const stats = counts(s);
  return {
    bySource,
    stats: { ...stats, disposalRate: rate(stats.closed, stats.filed) },
    byCategory,
    byCommunity,
    averageHours: { accept: hours(avg.accept), dispatch: hours(avg.dispatch), handle: hours(avg.handle), verify: hours(avg.verify), total: hours(avg.total) },
    ranking: ranking
      .map((r) => {
        const [dispatched, closed, onTime, late] = [n(r.dispatched), n(r.closed), n(r.on_time), n(r.late)];
        const x = rates.get(r.unit_id) ?? {};
        return {
          unit: r.unit_id as string,
          dispatched,
          closed,
          disposalRate: rate(closed, dispatched),
          onTime,
          late,
          onTimeRate: rate(onTime, onTime + late),
          respondedOnTime: n(x.responded),
          followedUp: n(x.followed_up),
          pendingFollowUp: n(x.pending),
          solved: n(x.solved),
          partlySolved: n(x.partly_solved),
          satisfied: n(x.satisfied),
          basicallySatisfied: n(x.basically_satisfied),
          reworked: n(x.reworked),
        };
      })
      .sort((a, b) => (a.unit < b.unit ? -1 : 1)),
  };
}

/** Each rollup table (rows of zeros left out) against its recount from the base tables: the rows that differ, both ways. */
export const RECOUNTS: Record<string, string> = {
  rollup_community: `SELECT community_id, sum(a)::int, sum(p)::int, sum(c)::int FROM (
      SELECT community_id, 1 AS a, 0 AS p, 0 AS c FROM agreement WHERE status = 'ACTIVE'
      UNION ALL SELECT community_id, 0, (status NOT IN ('DRAFT', 'CANCELLED'))::int, (claim_count > 0)::int FROM need) x
    GROUP BY 1 HAVING sum(a) <> 0 OR sum(p) <> 0 OR sum(c) <> 0`,
  rollup_unit: `SELECT unit_id, sum(a)::int, sum(r)::int, sum(c)::int FROM (
      SELECT unit_id, 1 AS a, 0 AS r, 0 AS c FROM agreement WHERE status = 'ACTIVE'
      UNION ALL SELECT unit_id, 0, 1, 0 FROM resource WHERE withdrawn_at IS NULL
      UNION ALL SELECT unit_id, 0, 0, 1 FROM need_claim WHERE active_unit_id IS NOT NULL) x
    GROUP BY 1 HAVING sum(a) <> 0 OR sum(r) <> 0 OR sum(c) <> 0`,
  rollup_month: `SELECT month, community_id, sum(a)::int, sum(p)::int, sum(c)::int FROM (
      SELECT date_trunc('month', signed_at AT TIME ZONE 'Asia/Shanghai')::date AS month, community_id, 1 AS a, 0 AS p, 0 AS c FROM agreement
      UNION ALL SELECT date_trunc('month', published_at AT TIME ZONE 'Asia/Shanghai')::date, community_id, 0, 1, 0 FROM need WHERE published_at IS NOT NULL
      UNION ALL SELECT date_trunc('month', c.claimed_at AT TIME ZONE 'Asia/Shanghai')::date, x.community_id, 0, 0, 1 FROM need_claim c JOIN need x ON x.id = c.need_id) x
    GROUP BY 1, 2`,
  rollup_case_category: `SELECT (reported_at AT TIME ZONE 'Asia/Shanghai')::date, category::text, count(*)::int, count(filed_at)::int, (count(*) FILTER (WHERE status = 'CLOSED'))::int
    FROM case_file GROUP BY 1, 2`,
  rollup_case_community: `SELECT (reported_at AT TIME ZONE 'Asia/Shanghai')::date, coalesce(community_id, '00000000-0000-0000-0000-000000000000'), count(*)::int, count(filed_at)::int,
      (count(*) FILTER (WHERE status = 'CLOSED'))::int FROM case_file GROUP BY 1, 2`,
  // The unit's counts, and beside them the three rates' counts by their per-case definition.
  rollup_case_unit: `WITH ${PER_CASE.replace('WHERE c.reported_at >= ?::timestamptz AND c.reported_at < ?::timestamptz AND', 'WHERE')},
    base AS (SELECT (reported_at AT TIME ZONE 'Asia/Shanghai')::date AS day, assigned_unit_id AS unit_id, count(*)::int AS dispatched,
        (count(*) FILTER (WHERE status = 'CLOSED'))::int AS closed, (count(*) FILTER (WHERE handled_at IS NOT NULL AND (due_at IS NULL OR handled_at <= due_at)))::int AS on_time,
        (count(*) FILTER (WHERE handled_at > due_at))::int AS late
      FROM case_file WHERE filed_at IS NOT NULL AND assigned_unit_id IS NOT NULL GROUP BY 1, 2),
    rates AS (SELECT (reported_at AT TIME ZONE 'Asia/Shanghai')::date AS day, unit_id, count(*) FILTER (WHERE responded)::int AS responded,
        count(*) FILTER (WHERE followed)::int AS followed_up, count(*) FILTER (WHERE pending)::int AS pending, count(*) FILTER (WHERE followed AND solved = 'SOLVED')::int AS solved,
        count(*) FILTER (WHERE followed AND solved = 'PARTLY_SOLVED')::int AS partly_solved, count(*) FILTER (WHERE followed AND satisfaction = 'SATISFIED')::int AS satisfied,
        count(*) FILTER (WHERE followed AND satisfaction = 'BASICALLY_SATISFIED')::int AS basically_satisfied, coalesce(sum(reworks), 0)::int AS reworked
      FROM per_case GROUP BY 1, 2)
    SELECT b.day, b.unit_id, b.dispatched, b.closed, b.on_time, b.late, r.responded, r.followed_up, r.pending, r.solved, r.partly_solved, r.satisfied,
      r.basically_satisfied, r.reworked
    FROM base b JOIN rates r ON r.day = b.day AND r.unit_id = b.unit_id`,
  rollup_case_open: `SELECT id, reported_at, assigned_unit_id, due_at FROM case_file
    WHERE status = 'DISPATCHED' AND handled_at IS NULL AND filed_at IS NOT NULL AND assigned_unit_id IS NOT NULL`,
  rollup_case_follow: `SELECT DISTINCT ON (case_id) case_id, closed_at, solved::text, satisfaction::text,
      (SELECT count(*) FROM case_follow_up y WHERE y.case_id = x.case_id AND y.reworked)::int
    FROM case_follow_up x ORDER BY case_id, recorded_at DESC, id DESC`,
  rollup_case_source: `SELECT (reported_at AT TIME ZONE 'Asia/Shanghai')::date, source::text, count(*)::int, count(filed_at)::int, (count(*) FILTER (WHERE status = 'CLOSED'))::int
    FROM case_file GROUP BY 1, 2`,
  rollup_case_stage: `SELECT case_id, min(at) FILTER (WHERE action IN ('ACCEPTED', 'REJECTED')), min(at) FILTER (WHERE action = 'ACCEPTED'),
      max(at) FILTER (WHERE action = 'VERIFIED'), max(at) FILTER (WHERE action = 'HANDLED') FROM case_event GROUP BY case_id`,
  rollup_case_day: `SELECT day, coalesce(sum(extract(epoch FROM a)), 0), count(a)::int, coalesce(sum(extract(epoch FROM d)), 0), count(d)::int,
      coalesce(sum(extract(epoch FROM h)), 0), count(h)::int, coalesce(sum(extract(epoch FROM v)), 0), count(v)::int, coalesce(sum(extract(epoch FROM t)), 0), count(t)::int
    FROM (
      SELECT (c.reported_at AT TIME ZONE 'Asia/Shanghai')::date AS day, f.decided_at - c.reported_at AS a, c.filed_at - f.accepted_at AS d, c.handled_at - c.filed_at AS h,
        f.verified_at - f.last_handled_at AS v, c.closed_at - c.reported_at AS t
      FROM case_file c LEFT JOIN (
        SELECT case_id, min(at) FILTER (WHERE action IN ('ACCEPTED', 'REJECTED')) AS decided_at, min(at) FILTER (WHERE action = 'ACCEPTED') AS accepted_at,
          max(at) FILTER (WHERE action = 'VERIFIED') AS verified_at, max(at) FILTER (WHERE action = 'HANDLED') AS last_handled_at
        FROM case_event GROUP BY case_id) f ON f.case_id = c.id) x
    GROUP BY day HAVING count(a) + count(d) + count(h) + count(v) + count(t) > 0`,
};

/** Rows where all counters are zero mean nothing; the recounts have none. */
const NONZERO: Record<string, string> = {
  rollup_community: 'agreements <> 0 OR needs_published <> 0 OR needs_claimed <> 0',
  rollup_unit: 'agreements <> 0 OR resources <> 0 OR claims <> 0',
  rollup_month: 'agreements_signed <> 0 OR needs_published <> 0 OR claims_made <> 0',
  rollup_case_category: 'reported <> 0 OR filed <> 0 OR closed <> 0',
  rollup_case_community: 'reported <> 0 OR filed <> 0 OR closed <> 0',
  rollup_case_unit:
    'dispatched <> 0 OR closed <> 0 OR on_time <> 0 OR late <> 0 OR responded <> 0 OR followed_up <> 0 OR pending <> 0 OR solved <> 0 OR partly_solved <> 0 OR satisfied <> 0 OR basically_satisfied <> 0 OR reworked <> 0',
  rollup_case_stage: 'true',
  rollup_case_follow: 'true',
  rollup_case_source: 'reported <> 0 OR filed <> 0 OR closed <> 0',
  rollup_case_open: 'true',
  rollup_case_day:
    'accept_n <> 0 OR dispatch_n <> 0 OR handle_n <> 0 OR verify_n <> 0 OR total_n <> 0 OR accept_sum <> 0 OR dispatch_sum <> 0 OR handle_sum <> 0 OR verify_sum <> 0 OR total_sum <> 0',
};

export async function rollupDifferences(em: EntityManager): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [table, recount] of Object.entries(RECOUNTS)) {
    const stored = `SELECT * FROM ${table} WHERE ${NONZERO[table]}`;
    const counted = `SELECT * FROM (${recount}) recount`;
    const rows = await em.execute(`(${stored} EXCEPT ALL ${counted}) UNION ALL (${counted} EXCEPT ALL ${stored})`);
    if (rows.length) out[table] = rows;
  }
  return out;
}
