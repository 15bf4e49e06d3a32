import type { Client } from 'pg';
import { SKILLS, SLOTS } from './vocabulary';

// The city the benchmark runs on, from a seed number and a scale factor. Every ID and every random
// choice is a hash of the seed, so one seed and scale always give the same rows (times are relative
// to the day of generation). Rows go in with INSERT ... SELECT generate_series, in chunks that each
// commit with a marker row, so an interrupted generation resumes where it stopped.

export interface Sizes {
  communities: number;
  gridsPerCommunity: number;
  units: number;
  volunteers: number;
  needs: number;
  cases: number;
  agreements: number;
  resources: number;
  taskDays: number;
}

export function sizesFor(scale: number): Sizes {
  const of = (n: number, min: number) => Math.max(min, Math.round(n * scale));
  return {
    communities: of(200, 3),
    gridsPerCommunity: 5,
    units: of(5_000, 12),
    volunteers: of(100_000, 200),
    needs: of(1_000_000, 500),
    cases: of(1_000_000, 500),
    agreements: of(20_000, 20),
    resources: of(15_000, 20),
    taskDays: 60,
  };
}

/** The storm's own needs: one set for the API, one for the raw baseline, reset before each storm. */
export const STORM_NEEDS = 100;
export const STORM_MAX_CLAIMANTS = 2;

/** A bearer token the generator gives a user a session for (sessions store only its hash). */
export const tokenOf = (seed: number, username: string) => `gj_bench-${seed}-${username}`;

type Progress = (label: string, done: number, total: number) => void;

export async function generate(db: Client, seed: number, scale: number, progress: Progress): Promise<Sizes> {
  const z = sizesFor(scale);
  await db.query('CREATE TABLE IF NOT EXISTS bench_marker (step text PRIMARY KEY, done_at timestamptz NOT NULL DEFAULT now())');
  const done = new Set((await db.query<{ step: string }>('SELECT step FROM bench_marker')).rows.map((r) => r.step));
  // uuid and [0,1) number from the seed and a text key, so reruns give the same rows.
  const id = (kind: string, key: string) => `md5('${seed}:${kind}:' || ${key})::uuid`;
  const r = (key: string) => `((hashtext('${seed}:' || ${key}) & 1048575) / 1048576.0)`;

  const step = async (name: string, sql: string, params?: unknown[]) => {
    if (done.has(name)) return;
    await db.query('BEGIN');
    // Without parameters the simple protocol runs several statements in one go.
    await (params ? db.query(sql, params) : db.query(sql));
    await db.query('INSERT INTO bench_marker (step) VALUES ($1)', [name]);
    await db.query('COMMIT');
  };
  const chunked = async (label: string, total: number, chunk: number, sql: string) => {
    for (let from = 1; from <= total; from += chunk) {
      const to = Math.min(total, from + chunk - 1);
      await step(`${label}:${from}`, sql, [from, to]);
      progress(label, to, total);
    }
  };
  await step('anchor', `CREATE TABLE bench_anchor AS SELECT date_trunc('day', now()) AS day, $1::int AS seed, $2::float8 AS scale`, [seed, scale]);

  await step(
    'org',
    `INSERT INTO community (id, name, subdistrict, created_at, updated_at)
       SELECT ${id('community', 'i')}, '压测社区' || i, '办事处' || (i % 12), now(), now() FROM generate_series(1, ${z.communities}) i;
     INSERT INTO grid (id, community_id, name, created_at)
       SELECT ${id('grid', "c || ':' || g")}, ${id('community', 'c')}, '网格' || g, now() FROM generate_series(1, ${z.communities}) c, generate_series(1, ${z.gridsPerCommunity}) g;
     INSERT INTO partner_unit (id, name, kind, active, created_at)
       SELECT ${id('unit', 'u')}, '压测单位' || u, (enum_range(NULL::unit_kind))[1 + u % 6], true, now() FROM generate_series(1, ${z.units}) u;
     INSERT INTO app_user (id, username, display_name, password_hash, roles, community_id, unit_id, active, created_at, updated_at)
       SELECT ${id('rep', 'u')}, 'rep' || u, '联络员' || u, 'x', '{UNIT_REP}'::text[], NULL::uuid, ${id('unit', 'u')}, true, now(), now() FROM generate_series(1, ${z.units}) u
       UNION ALL SELECT ${id('gw', "c || ':' || g")}, 'gw' || c || '_' || g, '网格员' || c || '_' || g, 'x', '{GRID_WORKER}'::text[], ${id('community', 'c')}, NULL, true, now(), now()
         FROM generate_series(1, ${z.communities}) c, generate_series(1, ${z.gridsPerCommunity}) g
       UNION ALL SELECT ${id('sec', 'c')}, 'sec' || c, '书记' || c, 'x', '{COMMUNITY_SECRETARY}'::text[], ${id('community', 'c')}, NULL, true, now(), now() FROM generate_series(1, ${z.communities}) c
       UNION ALL SELECT ${id('user', "'leader'")}, 'leader', '市领导', 'x', '{CITY_LEADER}', NULL, NULL, true, now(), now()
       UNION ALL SELECT ${id('user', "'command'")}, 'command', '指挥中心', 'x', '{COMMAND_CENTER}', NULL, NULL, true, now(), now();
     INSERT INTO agreement (id, community_id, unit_id, signed_at, status, active_unit_id, valid_from, valid_until, created_at)
       SELECT DISTINCT ON (c, u) ${id('agreement', 'a')}, ${id('community', 'c')}, ${id('unit', 'u')}, now() - a % 700 * interval '1 day',
         'ACTIVE', ${id('unit', 'u')}, now() - a % 700 * interval '1 day', NULL, now()
       FROM generate_series(1, ${z.agreements}) a, LATERAL (SELECT 1 + a % ${z.communities} AS c, 1 + (a * 7919) % ${z.units} AS u) p;
     INSERT INTO resource (id, unit_id, title, category, quantity, created_at)
       SELECT ${id('resource', 'i')}, ${id('unit', `1 + i % ${z.units}`)}, '资源' || i, (enum_range(NULL::resource_category))[1 + i % 6], 1 + i % 20, now()
       FROM generate_series(1, ${z.resources}) i`,
  );

  // Needs over the last two years; a need's claims are held by consecutive units from a hashed start.
  const needCommunity = `1 + floor(${z.communities} * ${r("'nc' || i")})::int`;
  await chunked(
    'needs',
    z.needs,
    100_000,
    `WITH n AS (
       SELECT i, ${needCommunity} AS c, 1 + floor(3 * ${r("'nm' || i")})::int AS m, ${r("'ns' || i")} AS s, ${r("'nk' || i")} AS k,
         now() - floor(730 * ${r("'nt' || i")}) * interval '1 day' - floor(86400 * ${r("'nh' || i")}) * interval '1 second' AS t
       FROM generate_series($1::int, $2::int) i),
     x AS (SELECT *, CASE WHEN s < 0.05 THEN 0 WHEN s < 0.08 THEN 0 ELSE least(m, floor(k * (m + 1))::int) END AS cc FROM n)
     INSERT INTO need (id, community_id, grid_id, title, category, status, max_claimants, claim_count, published_at, created_at, updated_at)
     SELECT ${id('need', 'i')}, ${id('community', 'c')}, ${id('grid', `c || ':' || (1 + i % ${z.gridsPerCommunity})`)}, '需求' || i,
       (enum_range(NULL::need_category))[1 + i % 9],
       (CASE WHEN s < 0.05 THEN 'DRAFT' WHEN s < 0.08 THEN 'CANCELLED' WHEN cc = m THEN (CASE WHEN k > 0.97 THEN 'DONE' WHEN k > 0.9 THEN 'IN_PROGRESS' ELSE 'CLAIMED' END)
             WHEN cc > 0 AND k > 0.45 THEN 'IN_PROGRESS' ELSE 'PUBLISHED' END)::need_status,
       m, cc, CASE WHEN s >= 0.05 THEN t + interval '1 hour' END, t, t
     FROM x`,
  );
  await chunked(
    'claims',
    z.needs,
    100_000,
    `INSERT INTO need_claim (id, need_id, unit_id, active_unit_id, claimed_at)
     SELECT ${id('claim', "n.i || ':' || j")}, ${id('need', 'n.i')}, ${id('unit', 'n.u')}, ${id('unit', 'n.u')}, x.published_at + j * interval '1 hour'
     FROM (SELECT i, 1 + (floor(${z.units} * ${r("'nu' || i")})::int + j - 1) % ${z.units} AS u, j FROM generate_series($1::int, $2::int) i, generate_series(1, 3) j) n
     JOIN need x ON x.id = ${id('need', 'n.i')} AND n.j <= x.claim_count`,
  );
  // The storm's needs: 2 × STORM_NEEDS in the first community, open, nothing claimed yet.
  await step(
    'storm',
    `INSERT INTO need (id, community_id, title, category, status, max_claimants, claim_count, published_at, created_at, updated_at)
     SELECT ${id('storm', "side || ':' || i")}, ${id('community', '1')}, '抢单' || side || i, 'OTHER', 'PUBLISHED', ${STORM_MAX_CLAIMANTS}, 0, now(), now() - interval '800 days', now() - interval '800 days'
     FROM unnest(ARRAY['api', 'raw']) side, generate_series(1, ${STORM_NEEDS}) i`,
  );

  // Cases over the last year, most of them closed; each has the events of the stages it went through.
  await chunked(
    'cases',
    z.cases,
    100_000,
    `WITH b AS (
       SELECT i, 1 + floor(${z.communities} * ${r("'cc' || i")})::int AS c, ${r("'cs' || i")} AS s,
         now() - floor(365 * ${r("'cd' || i")}) * interval '1 day' - floor(86400 * ${r("'ch' || i")}) * interval '1 second' AS t,
         (1 + floor(48 * ${r("'ca' || i")})) * interval '1 hour' AS h
       FROM generate_series($1::int, $2::int) i),
     x AS (SELECT *, CASE WHEN s < 0.03 THEN 'REPORTED' WHEN s < 0.06 THEN 'REJECTED' WHEN s < 0.08 THEN 'ACCEPTED' WHEN s < 0.13 THEN 'DISPATCHED'
                          WHEN s < 0.17 THEN 'HANDLED' WHEN s < 0.20 THEN 'VERIFIED' ELSE 'CLOSED' END AS st FROM b)
     INSERT INTO case_file (id, title, category, status, address, community_id, reported_at, reporter_id, idempotency_key, assigned_unit_id,
       due_at, accept_due_at, verify_due_at, filed_at, handled_at, closed_at)
     SELECT ${id('case', 'i')}, '案件' || i, (enum_range(NULL::case_category))[1 + i % 8], st::case_status, '路' || (i % 500) || '号', ${id('community', 'c')}, t,
       ${id('gw', `c || ':' || (1 + i % ${z.gridsPerCommunity})`)}, 'gen-' || i,
       CASE WHEN st IN ('DISPATCHED', 'HANDLED', 'VERIFIED', 'CLOSED') THEN ${id('unit', `1 + i % ${Math.max(1, Math.round(z.units / 25))}`)} END,
       CASE WHEN st IN ('DISPATCHED', 'HANDLED', 'VERIFIED', 'CLOSED') THEN t + 4 * h END, t + interval '24 hours',
       CASE WHEN st IN ('HANDLED', 'VERIFIED', 'CLOSED') THEN t + 6 * h END,
       CASE WHEN st IN ('DISPATCHED', 'HANDLED', 'VERIFIED', 'CLOSED') THEN t + 2 * h END,
       CASE WHEN st IN ('HANDLED', 'VERIFIED', 'CLOSED') THEN t + (3 + 2 * ${r("'cl' || i")}) * h END,
       CASE WHEN st = 'CLOSED' THEN t + 8 * h END
     FROM x`,
  );
  await chunked(
    'case-events',
    z.cases,
    50_000,
    `INSERT INTO case_event (case_id, action, actor_id, unit_id, at)
     SELECT c.id, e.action, ${id('user', "'command'")}, CASE WHEN e.n >= 3 THEN c.assigned_unit_id END,
       CASE e.action WHEN 'REPORTED' THEN c.reported_at WHEN 'DISPATCHED' THEN c.filed_at WHEN 'HANDLED' THEN c.handled_at
         WHEN 'VERIFIED' THEN c.handled_at + coalesce(c.closed_at - c.handled_at, interval '2 hours') / 2 WHEN 'CLOSED' THEN c.closed_at
         ELSE c.reported_at + (coalesce(c.filed_at, c.reported_at + interval '2 hours') - c.reported_at) / 2 END
     FROM generate_series($1::int, $2::int) g JOIN case_file c ON c.id = ${id('case', 'g')}
     JOIN (VALUES (1, 'REPORTED'), (2, 'ACCEPTED'), (3, 'DISPATCHED'), (4, 'HANDLED'), (5, 'VERIFIED'), (6, 'CLOSED')) e(n, action)
       ON e.n <= CASE c.status WHEN 'REPORTED' THEN 1 WHEN 'ACCEPTED' THEN 2 WHEN 'DISPATCHED' THEN 3 WHEN 'HANDLED' THEN 4 WHEN 'VERIFIED' THEN 5 WHEN 'CLOSED' THEN 6 ELSE 1 END
     UNION ALL
     SELECT c.id, 'REJECTED', ${id('user', "'command'")}, NULL, c.reported_at + interval '1 hour'
     FROM generate_series($1::int, $2::int) g JOIN case_file c ON c.id = ${id('case', 'g')} WHERE c.status = 'REJECTED'`,
  );

  // 签收 and 回访 (issue #15): dispatched cases signed for within 0–3 hours of a 2-hour deadline; seven in ten
  // closed cases followed up a day after closing, answers spread over the three grades.
  await chunked(
    'case-sign-for',
    z.cases,
    100_000,
    `UPDATE case_file c SET acknowledge_due_at = c.filed_at + interval '2 hours', acknowledged_at = c.filed_at + floor(10800 * ${r("'ak' || g")}) * interval '1 second'
     FROM generate_series($1::int, $2::int) g WHERE c.id = ${id('case', 'g')} AND c.filed_at IS NOT NULL`,
  );
  await chunked(
    'case-follow-ups',
    z.cases,
    100_000,
    `INSERT INTO case_follow_up (id, case_id, closed_at, unit_id, solved, satisfaction, source, recorded_by_id, recorded_at, reworked)
     SELECT ${id('follow', 'g')}, c.id, date_trunc('milliseconds', c.closed_at), c.assigned_unit_id,
       (enum_range(NULL::follow_up_solved))[1 + floor(3 * ${r("'fs' || g")} ^ 3)::int], (enum_range(NULL::follow_up_satisfaction))[1 + floor(3 * ${r("'ff' || g")} ^ 3)::int],
       'COMMAND_CENTER', ${id('user', "'command'")}, c.closed_at + interval '1 day', false
     FROM generate_series($1::int, $2::int) g JOIN case_file c ON c.id = ${id('case', 'g')}
     WHERE c.status = 'CLOSED' AND ${r("'fu' || g")} < 0.7 AND c.closed_at < now() - interval '1 day'`,
  );

  await volunteers(step, chunked, z, id, r);
  await step('sessions', sessionsSql(seed));
  if (!done.has('vacuum')) {
    // Outside a transaction (VACUUM refuses one): the visibility map lets counts read indexes only, as on a live, autovacuumed database.
    await db.query('VACUUM ANALYZE');
    await db.query('INSERT INTO bench_marker (step) VALUES ($1)', ['vacuum']);
  }
  return z;
}

type Step = (name: string, sql: string, params?: unknown[]) => Promise<void>;
type Chunked = (label: string, total: number, chunk: number, sql: string) => Promise<void>;

/** Volunteers with skills and free half-days, and two months of past tasks whose sign-ups carry confirmed hours (bench/matching.ts's city, smaller history). */
async function volunteers(step: Step, chunked: Chunked, z: Sizes, id: (k: string, key: string) => string, r: (key: string) => string) {
  const skills = `'{${SKILLS.join(',')}}'::text[]`;
  const slots = `'{${SLOTS.join(',')}}'::text[]`;
  await chunked(
    'volunteers',
    z.volunteers,
    50_000,
    `WITH v AS (SELECT i, 1 + floor(${z.communities} * ${r("'vc' || i")})::int AS c FROM generate_series($1::int, $2::int) i),
     u AS (INSERT INTO app_user (id, username, display_name, password_hash, roles, community_id, active, created_at, updated_at)
           SELECT ${id('vu', 'i')}, 'vol' || i, '志愿者' || i, 'x', '{VOLUNTEER}', ${id('community', 'c')}, true, now(), now() FROM v RETURNING id)
     INSERT INTO volunteer (id, user_id, skills, community_id, grid_id, availability, party_member, active, created_at)
     SELECT ${id('vol', 'i')}, ${id('vu', 'i')},
       ARRAY(SELECT DISTINCT (${skills})[1 + floor(20 * ${r("'vs' || i || ':' || k")})::int] FROM generate_series(1, 1 + floor(3 * ${r("'vn' || i")})::int) k),
       ${id('community', 'c')}, ${id('grid', `c || ':' || (1 + i % ${z.gridsPerCommunity})`)},
       CASE WHEN ${r("'va' || i")} < 0.25 THEN '{}'::text[]
         ELSE ARRAY(SELECT DISTINCT (${slots})[1 + floor(21 * ${r("'va' || i || ':' || k")})::int] FROM generate_series(1, 2 + floor(6 * ${r("'vm' || i")})::int) k) END,
       ${r("'vp' || i")} < 0.3, true, now() - floor(1095 * ${r("'vr' || i")}) * interval '1 day'
     FROM v WHERE (SELECT count(*) FROM u) >= 0`,
  );
  await step(
    'tasks',
    `INSERT INTO volunteer_task (id, title, community_id, grid_id, required_skills, starts_at, ends_at, capacity, signup_count, status, created_at)
     SELECT ${id('task', "c || ':' || d")}, '历史任务', ${id('community', 'c')}, ${id('grid', `c || ':' || (1 + d % ${z.gridsPerCommunity})`)},
       ARRAY[(${skills})[1 + floor(20 * ${r("'tk' || c || ':' || d")})::int]],
       date_trunc('day', now()) - d * interval '1 day' + interval '1 hour', date_trunc('day', now()) - d * interval '1 day' + interval '3 hours', 8, 0, 'CLOSED', now()
     FROM generate_series(1, ${z.communities}) c, generate_series(1, ${z.taskDays}) d;
     WITH cv AS (SELECT id, community_id, row_number() OVER (PARTITION BY community_id ORDER BY id) AS n, count(*) OVER (PARTITION BY community_id) AS c FROM volunteer),
          cc AS (SELECT DISTINCT community_id, c FROM cv),
          picks AS (SELECT DISTINCT t.id AS task_id, t.community_id, t.starts_at, t.ends_at, 1 + floor(cc.c * power(${r('t.id::text || j')}, 2))::int AS n
                    FROM volunteer_task t JOIN cc ON cc.community_id = t.community_id, generate_series(1, 3 + floor(6 * ${r('t.id::text')})::int) j)
     INSERT INTO task_signup (id, task_id, volunteer_id, active_volunteer_id, status, signed_up_at, checked_in_at, checked_out_at, confirmed_hours, confirmed_at)
     SELECT md5(p.task_id::text || cv.id::text)::uuid, p.task_id, cv.id, cv.id, 'CONFIRMED', p.starts_at - interval '3 days', p.starts_at, p.ends_at,
       CASE WHEN ${r('p.task_id::text || cv.id::text')} < 0.9 THEN 1 + floor(6 * ${r('cv.id::text || p.task_id::text')}) / 2 END,
       CASE WHEN ${r('p.task_id::text || cv.id::text')} < 0.9 THEN p.ends_at + interval '1 day' END
     FROM picks p JOIN cv ON cv.community_id = p.community_id AND cv.n = p.n;
     UPDATE volunteer_task t SET signup_count = s.c FROM (SELECT task_id, count(*) AS c FROM task_signup GROUP BY task_id) s WHERE s.task_id = t.id`,
  );
}

/** A month-long session for every generated account that acts in a scenario; the token is tokenOf(seed, username). */
function sessionsSql(seed: number): string {
  return `INSERT INTO session (id, token_hash, user_id, created_at, expires_at)
    SELECT gen_random_uuid(), encode(sha256(convert_to('gj_bench-${seed}-' || username, 'UTF8')), 'hex'), id, now(), now() + interval '3650 days'
    FROM app_user WHERE username NOT LIKE 'vol%'`;
}
