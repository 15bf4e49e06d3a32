import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../api/src/config';
import { ensureAdmin } from '../api/src/modules/org/bootstrap';
import { hashPassword } from '../api/src/modules/org/password';
import { migrate, openOrm } from '../api/src/orm';
import { buildServer } from '../api/src/server';
import { ensureDatabase, startEmbeddedPostgres } from '../api/src/shared/db/embedded-postgres';
import { HAND_WRITTEN } from './match.sql';
import { SKILLS, SLOTS } from './vocabulary';

// npm run bench:matching: 100,000 generated volunteers across 300 communities, with half a year of
// tasks, sign-ups and confirmed hours behind them, then the top 10 for a task by volunteerMatches
// over real HTTP, sequentially; and the same question as one hand-written SQL statement, for scale.

const VOLUNTEERS = Number(process.env.BENCH_VOLUNTEERS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const HISTORY_DAYS = Number(process.env.BENCH_HISTORY_DAYS ?? 180);

type Db = ReturnType<Awaited<ReturnType<typeof openOrm>>['em']['getConnection']>;

/** A pseudo-random number in [0, 1) from a text seed, so the data is the same on every run. */
const rnd = (seed: string) => `((hashtext(${seed}) & 1048575) / 1048576.0)`;

/**
 * A city: 300 communities of 5 grids; volunteers with 1–3 skills, a quarter stating no availability and
 * the rest 2–7 half-days, registered over three years; ten needs per community; one task a day per
 * community for half a year (two in five for a need), each filled by 3–8 of its volunteers — the busy
 * ones far more often than the rest — who checked in and out and, nine times in ten, had hours confirmed.
 */
export async function seedCity(db: Db, volunteers: number): Promise<void> {
  const skills = `{${SKILLS.join(',')}}`;
  const slots = `{${SLOTS.join(',')}}`;
  await db.execute(
    `INSERT INTO community (id, name, subdistrict, created_at, updated_at) SELECT gen_random_uuid(), '社区' || i, '办事处' || (i % 10), now(), now() FROM generate_series(1, 300) i`,
  );
  await db.execute(`INSERT INTO grid (id, community_id, name, created_at) SELECT gen_random_uuid(), c.id, '网格' || g, now() FROM community c, generate_series(1, 5) g`);
  await db.execute(
    `INSERT INTO app_user (id, username, display_name, password_hash, roles, active, created_at, updated_at)
     SELECT gen_random_uuid(), 'vol' || i, '志愿者' || i, 'x', '{VOLUNTEER}', true, now(), now() FROM generate_series(1, ?) i`,
    [volunteers],
  );
  await db.execute(
    `WITH g AS (SELECT id, community_id, row_number() OVER (ORDER BY id) AS n FROM grid), gc AS (SELECT count(*) AS c FROM grid)
     INSERT INTO volunteer (id, user_id, skills, community_id, grid_id, availability, party_member, active, created_at)
     SELECT gen_random_uuid(), u.id,
       ARRAY(SELECT DISTINCT (?::text[])[1 + floor(20 * ${rnd("u.username || 's' || k")})::int] FROM generate_series(1, 1 + floor(3 * ${rnd("u.username || 'n'")})::int) k),
       g.community_id, g.id,
       CASE WHEN ${rnd("u.username || 'a'")} < 0.25 THEN '{}'::text[]
         ELSE ARRAY(SELECT DISTINCT (?::text[])[1 + floor(21 * ${rnd("u.username || 'a' || k")})::int] FROM generate_series(1, 2 + floor(6 * ${rnd("u.username || 'm'")})::int) k) END,
       ${rnd("u.username || 'p'")} < 0.3, true, now() - floor(1095 * ${rnd("u.username || 'c'")}) * interval '1 day'
     FROM app_user u JOIN g ON g.n = 1 + floor((SELECT c FROM gc) * ${rnd("u.username || 'g'")})::int
     WHERE u.username LIKE 'vol%'`,
    [skills, slots],
  );
  await db.execute(
    `INSERT INTO need (id, community_id, title, category, status, max_claimants, claim_count, created_at, updated_at)
     SELECT gen_random_uuid(), c.id, '需求' || n, 'ELDERLY_CARE', 'PUBLISHED', 1, 0, now(), now() FROM community c, generate_series(1, 10) n`,
  );
  // Past tasks, 09:00–11:00 China time; a task's need, skills and grid come from its own seed.
  await db.execute(
    `INSERT INTO volunteer_task (id, title, community_id, grid_id, need_id, required_skills, starts_at, ends_at, capacity, signup_count, status, created_at)
     SELECT gen_random_uuid(), '历史任务', c.id,
       (SELECT id FROM grid WHERE community_id = c.id ORDER BY id OFFSET floor(5 * ${rnd("c.id::text || d || 'g'")})::int LIMIT 1),
       CASE WHEN ${rnd("c.id::text || d || 'n'")} < 0.4 THEN (SELECT id FROM need WHERE community_id = c.id ORDER BY id OFFSET floor(10 * ${rnd("c.id::text || d || 'w'")})::int LIMIT 1) END,
       ARRAY[(?::text[])[1 + floor(20 * ${rnd("c.id::text || d || 'k'")})::int]],
       date_trunc('day', now()) - d * interval '1 day' + interval '1 hour', date_trunc('day', now()) - d * interval '1 day' + interval '3 hours', 8, 0, 'CLOSED', now()
     FROM community c, generate_series(1, ?) d`,
    [skills, HISTORY_DAYS],
  );
  // Sign-ups: pick^2 skews toward each community's first volunteers, a few busy people and many rarely seen.
  await db.execute(
    `WITH cv AS (SELECT id, community_id, row_number() OVER (PARTITION BY community_id ORDER BY id) AS n, count(*) OVER (PARTITION BY community_id) AS c FROM volunteer),
          cc AS (SELECT DISTINCT community_id, c FROM cv),
          picks AS (
            SELECT DISTINCT t.id AS task_id, t.community_id, t.starts_at, t.ends_at, 1 + floor(cc.c * power(${rnd('t.id::text || j')}, 2))::int AS n
            FROM volunteer_task t JOIN cc ON cc.community_id = t.community_id, generate_series(1, 3 + floor(6 * ${rnd('t.id::text')})::int) j)
     INSERT INTO task_signup (id, task_id, volunteer_id, active_volunteer_id, status, signed_up_at, checked_in_at, checked_out_at, confirmed_hours, confirmed_at)
     SELECT gen_random_uuid(), p.task_id, cv.id, cv.id, 'CONFIRMED', p.starts_at - interval '3 days', p.starts_at, p.ends_at,
       CASE WHEN ${rnd('p.task_id::text || cv.id::text')} < 0.9 THEN 1 + floor(6 * ${rnd('cv.id::text || p.task_id::text')}) / 2 END,
       CASE WHEN ${rnd('p.task_id::text || cv.id::text')} < 0.9 THEN p.ends_at + interval '1 day' END
     FROM picks p JOIN cv ON cv.community_id = p.community_id AND cv.n = p.n`,
  );
  await db.execute(`UPDATE volunteer_task t SET signup_count = s.c FROM (SELECT task_id, count(*) AS c FROM task_signup GROUP BY task_id) s WHERE s.task_id = t.id`);
}

function percentiles(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1);
  return `p50 ${pct(50)} ms, p95 ${pct(95)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongjian-bench-match-'));
  const cluster = await startEmbeddedPostgres({ dataDir });
  try {
    await ensureDatabase(cluster, 'bench');
    const orm = await openOrm(cluster.url('bench'), { timeouts: { statementMs: 600_000, idleInTransactionMs: 600_000, connectMs: 5_000, healthMs: 5_000 } });
    await migrate(orm);
    await ensureAdmin(orm.em.fork(), { username: 'admin', password: 'bench-admin-pw' });
    const db = orm.em.getConnection();
    const started = Date.now();
    await seedCity(db, VOLUNTEERS);
    await db.execute('VACUUM ANALYZE');
    const [counts] = await db.execute<{ v: number; s: number; h: number }[]>(
      `SELECT (SELECT count(*)::int FROM volunteer) AS v, (SELECT count(*)::int FROM task_signup) AS s,
         (SELECT count(*)::int FROM task_signup WHERE confirmed_hours IS NOT NULL AND checked_out_at > now() - interval '30 days') AS h`,
    );
    console.log(
      `seeded ${counts.v} volunteers, ${counts.s} past sign-ups (${counts.h} with hours confirmed in the last 30 days) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    const [community] = await db.execute<{ id: string; grid: string; need: string }[]>(
      `SELECT c.id, (SELECT id FROM grid WHERE community_id = c.id ORDER BY id LIMIT 1) AS grid,
         (SELECT need_id FROM volunteer_task WHERE community_id = c.id AND need_id IS NOT NULL GROUP BY need_id ORDER BY count(*) DESC, need_id LIMIT 1) AS need
       FROM community c WHERE name = '社区7'`,
    );
    await db.execute(
      `INSERT INTO app_user (id, username, display_name, password_hash, roles, community_id, active, created_at, updated_at) VALUES (gen_random_uuid(), 'bench.sec', '书记', ?, '{COMMUNITY_SECRETARY}', ?, true, now(), now())`,
      [await hashPassword('bench-password'), community.id],
    );
    // Next week's Saturday, 09:00–11:00 China time, for the need the community has served most.
    const start = new Date(Date.now() + 7 * 86_400_000);
    start.setUTCDate(start.getUTCDate() + ((6 - start.getUTCDay() + 7) % 7));
    start.setUTCHours(1, 0, 0, 0);
    const newTask = async (title: string, skills: string) =>
      (
        await db.execute<{ id: string }[]>(
          `INSERT INTO volunteer_task (id, title, community_id, grid_id, need_id, required_skills, starts_at, ends_at, capacity, signup_count, status, created_at)
           VALUES (gen_random_uuid(), ?, ?, ?, ?, ?::text[], ?, ?, 5, 0, 'OPEN', now()) RETURNING id`,
          [title, community.id, community.grid, community.need, skills, start, new Date(start.getTime() + 2 * 3_600_000)],
        )
      )[0];
    const task = await newTask('楼道电线检修', '{电工,维修}');
    // The widest case: no skills asked, so everyone free that morning anywhere in the city passes the filters.
    const open = await newTask('敲门关爱', '{}');

    const server = await buildServer({ orm, config: { ...loadConfig({ DATA_DIR: dataDir, JOB_QUEUE: '0', OUTBOX_WORKER: '0' }), port: 0, host: '127.0.0.1' } });
    await server.listen({ port: 0, host: '127.0.0.1' });
    const address = server.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const post = async (body: unknown, token?: string) =>
      (
        await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(body),
        })
      ).json() as Promise<any>;
    const token = (await post({ query: 'mutation { login(username: "bench.sec", password: "bench-password") { token } }' })).data.login.token;
    const query = { query: `{ volunteerMatches(taskId: "${task.id}", first: 10) { score reasons volunteer { id } } }` };
    const first = await post(query, token);
    if (first.errors) throw new Error(JSON.stringify(first.errors));
    const timed = async (body: unknown) => {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        await post(body, token);
        times.push(performance.now() - t0);
      }
      return times;
    };
    const api = await timed(query);
    const openApi = await timed({ query: `{ volunteerMatches(taskId: "${open.id}", first: 10) { score volunteer { id } } }` });

    const pg = db.getKnex().client;
    const raw = await pg.acquireConnection();
    try {
      const slots = ['{SAT_AM}'];
      const eligible = (await raw.query(`SELECT count(*)::int AS n FROM (${HAND_WRITTEN}) e`, [task.id, ...slots])).rows[0].n;
      const eligibleOpen = (await raw.query(`SELECT count(*)::int AS n FROM (${HAND_WRITTEN}) e`, [open.id, ...slots])).rows[0].n;
      console.log(`volunteerMatches top 10 of ${counts.v} (${eligible} pass the hard filters) over HTTP, ${RUNS} runs: ${percentiles(api)}`);
      console.log(`  the same for a task asking no skills (${eligibleOpen} pass the hard filters): ${percentiles(openApi)}`);
      const sql: number[] = [];
      let ids: string[] = [];
      for (let i = 0; i <= RUNS; i++) {
        const t0 = performance.now();
        ids = (await raw.query(`${HAND_WRITTEN} LIMIT 10`, [task.id, ...slots])).rows.map((r: { id: string }) => r.id);
        if (i > 0) sql.push(performance.now() - t0);
      }
      console.log(`hand-written SQL, one pass over every eligible volunteer, same database connection pool, ${RUNS} runs: ${percentiles(sql)}`);
      const same = JSON.stringify(ids) === JSON.stringify(first.data.volunteerMatches.map((m: { volunteer: { id: string } }) => m.volunteer.id));
      console.log(`the API and the hand-written SQL ${same ? 'agree on all ten, in order' : 'DISAGREE'}`);
      if (!same) process.exitCode = 1;
    } finally {
      await pg.releaseConnection(raw);
    }
    console.log(`best match: score ${first.data.volunteerMatches[0].score}, ${first.data.volunteerMatches[0].reasons.join(' · ')}`);
    await server.close();
    await orm.close();
  } finally {
    await cluster.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
