// The baseline's hand-written SQL, one statement per piece of each page (see raw.ts).

const COUNTS = `count(*) AS reported, count(filed_at) AS filed, count(*) FILTER (WHERE status = 'CLOSED') AS closed`;
const WINDOW = `reported_at >= $1 AND reported_at < $2`;

export const RAW_SQL = {
  session: `SELECT u.id, u.unit_id FROM session s JOIN app_user u ON u.id = s.user_id
            WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
  needCount: `SELECT count(*) AS n FROM need WHERE status IN ('PUBLISHED', 'CLAIMED')`,
  needPage: `SELECT n.id, n.title, n.category, n.status, n."max_claimants" AS "maxClaimants", n.claim_count AS "claimCount", n.created_at AS "createdAt", n.location,
               json_build_object('id', c.id, 'name', c.name) AS community
             FROM need n JOIN community c ON c.id = n.community_id
             WHERE n.status IN ('PUBLISHED', 'CLAIMED') ORDER BY n.created_at DESC, n.id DESC LIMIT $1`,
  needClaims: `SELECT nc.need_id, nc.id, u.id AS unit_id, u.name AS unit_name FROM need_claim nc JOIN partner_unit u ON u.id = nc.unit_id
               WHERE nc.need_id = ANY($1::uuid[]) AND nc.active_unit_id IS NOT NULL ORDER BY nc.claimed_at`,
  // One conditional statement takes a place; the unique (need, active unit) index refuses a second claim by one unit.
  claimNeed: `UPDATE need SET claim_count = claim_count + 1, updated_at = now(),
                status = CASE WHEN claim_count + 1 >= max_claimants THEN 'CLAIMED'::need_status ELSE status END
              WHERE id = $1 AND status = 'PUBLISHED' AND claim_count < max_claimants RETURNING id`,
  claimInsert: `INSERT INTO need_claim (id, need_id, unit_id, active_unit_id, claimed_at) VALUES (gen_random_uuid(), $1, $2, $2, now())
                ON CONFLICT (need_id, active_unit_id) DO NOTHING RETURNING id`,
  needEvent: `INSERT INTO need_event (need_id, action, actor_id, unit_id, at) VALUES ($1, 'CLAIMED', $2, $3, now())`,
  report: `WITH c AS (
             INSERT INTO case_file (id, title, category, status, reported_at, reporter_id, idempotency_key, accept_due_at, community_id)
             SELECT gen_random_uuid(), $2, $3::case_category, 'REPORTED', now(), $1, $4, now() + interval '24 hours', u.community_id FROM app_user u WHERE u.id = $1
             ON CONFLICT (reporter_id, idempotency_key) DO NOTHING RETURNING id, reported_at),
           e AS (INSERT INTO case_event (case_id, action, actor_id, at) SELECT id, 'REPORTED', $1, reported_at FROM c)
           SELECT id FROM c UNION ALL SELECT id FROM case_file WHERE reporter_id = $1 AND idempotency_key = $4 LIMIT 1`,
  totals: `SELECT (SELECT count(*) FROM agreement WHERE status = 'ACTIVE') AS agreements, (SELECT count(*) FROM resource WHERE withdrawn_at IS NULL) AS resources,
             count(*) FILTER (WHERE status NOT IN ('DRAFT', 'CANCELLED')) AS "publishedNeeds", count(*) FILTER (WHERE claim_count > 0) AS "claimedNeeds" FROM need`,
  totalsByCommunity: `WITH n AS (SELECT community_id, count(*) FILTER (WHERE status NOT IN ('DRAFT', 'CANCELLED')) AS p, count(*) FILTER (WHERE claim_count > 0) AS c FROM need GROUP BY community_id),
                        a AS (SELECT community_id, count(*) AS a FROM agreement WHERE status = 'ACTIVE' GROUP BY community_id),
                        r AS (SELECT a.community_id, count(*) AS r FROM resource x JOIN agreement a ON a.unit_id = x.unit_id AND a.status = 'ACTIVE' WHERE x.withdrawn_at IS NULL GROUP BY a.community_id)
                      SELECT json_build_object('id', c.id, 'name', c.name) AS community, coalesce(a.a, 0) AS agreements, coalesce(r.r, 0) AS resources,
                        coalesce(n.p, 0) AS "publishedNeeds", coalesce(n.c, 0) AS "claimedNeeds"
                      FROM community c LEFT JOIN n ON n.community_id = c.id LEFT JOIN a ON a.community_id = c.id LEFT JOIN r ON r.community_id = c.id`,
  totalsByUnit: `WITH a AS (SELECT unit_id, count(*) AS a FROM agreement WHERE status = 'ACTIVE' GROUP BY unit_id),
                   r AS (SELECT unit_id, count(*) AS r FROM resource WHERE withdrawn_at IS NULL GROUP BY unit_id),
                   k AS (SELECT unit_id, count(*) AS k FROM need_claim WHERE active_unit_id IS NOT NULL GROUP BY unit_id)
                 SELECT json_build_object('id', u.id, 'name', u.name) AS unit, coalesce(a.a, 0) AS agreements, coalesce(r.r, 0) AS resources, coalesce(k.k, 0) AS claims
                 FROM partner_unit u LEFT JOIN a ON a.unit_id = u.id LEFT JOIN r ON r.unit_id = u.id LEFT JOIN k ON k.unit_id = u.id WHERE u.active
                 ORDER BY agreements DESC, claims DESC, resources DESC, u.name, u.id LIMIT 50`,
  totalsByMonth: `WITH m AS (SELECT to_char(d, 'YYYY-MM') AS month FROM generate_series(date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') - interval '11 months',
                                 date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai'), interval '1 month') d),
                    since AS (SELECT (date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') - interval '11 months') AT TIME ZONE 'Asia/Shanghai' AS t),
                    a AS (SELECT to_char(signed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, count(*) AS n FROM agreement, since WHERE signed_at >= since.t GROUP BY 1),
                    p AS (SELECT to_char(published_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, count(*) AS n FROM need, since WHERE published_at >= since.t GROUP BY 1),
                    c AS (SELECT to_char(claimed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, count(*) AS n FROM need_claim, since WHERE claimed_at >= since.t GROUP BY 1)
                  SELECT m.month, coalesce(a.n, 0) AS "agreementsSigned", coalesce(p.n, 0) AS "needsPublished", coalesce(c.n, 0) AS "claimsMade"
                  FROM m LEFT JOIN a USING (month) LEFT JOIN p USING (month) LEFT JOIN c USING (month) ORDER BY m.month`,
  caseStats: `SELECT ${COUNTS} FROM case_file WHERE ${WINDOW}`,
  caseByCategory: `SELECT category, ${COUNTS} FROM case_file WHERE ${WINDOW} GROUP BY category ORDER BY count(*) DESC`,
  caseByCommunity: `SELECT json_build_object('id', c.id, 'name', c.name) AS community, x.reported, x.filed, x.closed
                    FROM (SELECT community_id, ${COUNTS} FROM case_file WHERE ${WINDOW} GROUP BY community_id) x LEFT JOIN community c ON c.id = x.community_id ORDER BY x.reported DESC`,
  caseHours: `WITH c AS (SELECT id, reported_at, filed_at, handled_at, closed_at FROM case_file WHERE ${WINDOW}),
              f AS (SELECT e.case_id, min(e.at) FILTER (WHERE e.action IN ('ACCEPTED', 'REJECTED')) AS decided_at, min(e.at) FILTER (WHERE e.action = 'ACCEPTED') AS accepted_at,
                      max(e.at) FILTER (WHERE e.action = 'VERIFIED') AS verified_at, max(e.at) FILTER (WHERE e.action = 'HANDLED') AS last_handled_at
                    FROM case_event e JOIN c ON c.id = e.case_id GROUP BY e.case_id)
              SELECT avg(extract(epoch FROM f.decided_at - c.reported_at)) / 3600 AS accept, avg(extract(epoch FROM c.filed_at - f.accepted_at)) / 3600 AS dispatch,
                avg(extract(epoch FROM c.handled_at - c.filed_at)) / 3600 AS handle, avg(extract(epoch FROM f.verified_at - f.last_handled_at)) / 3600 AS verify,
                avg(extract(epoch FROM c.closed_at - c.reported_at)) / 3600 AS total
              FROM c LEFT JOIN f ON f.case_id = c.id`,
  // The three rates the plain way: the window's filed cases, each with its latest follow-up and its reworks;
  // weights and credits from their one row (the defaults when never set).
  unitRanking: `WITH c AS (SELECT * FROM case_file WHERE ${WINDOW} AND filed_at IS NOT NULL AND assigned_unit_id IS NOT NULL),
                  f AS (SELECT DISTINCT ON (y.case_id) y.case_id, y.closed_at, y.solved, y.satisfaction FROM case_follow_up y JOIN c ON c.id = y.case_id
                        ORDER BY y.case_id, y.recorded_at DESC, y.id DESC),
                  rw AS (SELECT y.case_id, count(*) AS n FROM case_follow_up y JOIN c ON c.id = y.case_id WHERE y.reworked GROUP BY y.case_id),
                  p AS (SELECT c.assigned_unit_id, c.status, c.handled_at, c.due_at, coalesce(rw.n, 0) AS reworks, f.solved, f.satisfaction,
                          (c.acknowledged_at IS NOT NULL AND (c.acknowledge_due_at IS NULL OR c.acknowledged_at <= c.acknowledge_due_at)) AS responded,
                          (c.status = 'CLOSED' AND (f.closed_at IS NULL OR f.closed_at <> date_trunc('milliseconds', c.closed_at))) AS pending,
                          (f.closed_at IS NOT NULL AND NOT (c.status = 'CLOSED' AND f.closed_at <> date_trunc('milliseconds', c.closed_at))) AS followed
                        FROM c LEFT JOIN f ON f.case_id = c.id LEFT JOIN rw ON rw.case_id = c.id),
                  x AS (SELECT assigned_unit_id, count(*) AS dispatched, count(*) FILTER (WHERE status = 'CLOSED') AS closed,
                          count(*) FILTER (WHERE handled_at IS NOT NULL AND (due_at IS NULL OR handled_at <= due_at)) AS "onTime",
                          count(*) FILTER (WHERE (handled_at IS NOT NULL AND handled_at > due_at) OR (handled_at IS NULL AND status = 'DISPATCHED' AND due_at < now())) AS late,
                          count(*) FILTER (WHERE responded) AS "respondedOnTime", count(*) FILTER (WHERE followed) AS "followedUp", count(*) FILTER (WHERE pending) AS "pendingFollowUp",
                          count(*) FILTER (WHERE followed AND solved = 'SOLVED') AS solved, count(*) FILTER (WHERE followed AND solved = 'PARTLY_SOLVED') AS "partlySolved",
                          count(*) FILTER (WHERE followed AND satisfaction = 'SATISFIED') AS satisfied,
                          count(*) FILTER (WHERE followed AND satisfaction = 'BASICALLY_SATISFIED') AS "basicallySatisfied", sum(reworks) AS reworked
                        FROM p GROUP BY assigned_unit_id),
                  wt AS (SELECT coalesce(max(response), 30) AS response, coalesce(max(resolution), 35) AS resolution, coalesce(max(satisfaction), 35) AS satisfaction,
                           coalesce(max(partly_solved_credit), 0.5) AS ps, coalesce(max(basically_satisfied_credit), 0.5) AS bs FROM case_rate_weights),
                  r AS (SELECT x.*, x."respondedOnTime"::float8 / x.dispatched AS "responseRate",
                          CASE WHEN x."followedUp" > 0 THEN (x.solved + x."partlySolved" * wt.ps) / x."followedUp" ELSE 0 END AS "resolutionRate",
                          CASE WHEN x."followedUp" > 0 THEN (x.satisfied + x."basicallySatisfied" * wt.bs) / x."followedUp" ELSE 0 END AS "satisfactionRate", wt.response AS wr,
                          wt.resolution AS wv, wt.satisfaction AS ws FROM x, wt),
                  s AS (SELECT r.*, round((r.wr * r."responseRate" + r.wv * r."resolutionRate" + r.ws * r."satisfactionRate")::numeric, 2) AS score FROM r)
                SELECT json_build_object('id', u.id, 'name', u.name) AS unit, rank() OVER (ORDER BY s.closed::float8 / s.dispatched DESC) AS rank,
                  rank() OVER (ORDER BY s.score DESC) AS "scoreRank", s.*
                FROM s JOIN partner_unit u ON u.id = s.assigned_unit_id ORDER BY rank, s.dispatched DESC, u.name`,
  casePrevious: 'SELECT max(reported_at) AS "previousReportedAt" FROM case_file WHERE reported_at < $1 AND $2::timestamptz IS NOT NULL',
};
