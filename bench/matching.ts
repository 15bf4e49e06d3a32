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

// npm run bench:matching: 100,000 generated volunteers across 300 communities, then the top 10 for a
// task by volunteerMatches over real HTTP, sequentially, and the plan PostgreSQL chose.

const VOLUNTEERS = Number(process.env.BENCH_VOLUNTEERS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const SKILLS = [
  '电工',
  '水工',
  '理发',
  '护理',
  '心理疏导',
  '法律咨询',
  '驾驶',
  '厨艺',
  '书法',
  '摄影',
  '教学',
  '医疗',
  '消防',
  '计算机',
  '维修',
  '保洁',
  '搬运',
  '翻译',
  '手语',
  '育儿',
];

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongjian-bench-match-'));
  const cluster = await startEmbeddedPostgres({ dataDir });
  try {
    await ensureDatabase(cluster, 'bench');
    const orm = await openOrm(cluster.url('bench'));
    await migrate(orm);
    await ensureAdmin(orm.em.fork(), { username: 'admin', password: 'bench-admin-pw' });
    const db = orm.em.getConnection();
    const started = Date.now();
    await db.execute(
      `INSERT INTO community (id, name, subdistrict, created_at, updated_at) SELECT gen_random_uuid(), '社区' || i, '办事处' || (i % 10), now(), now() FROM generate_series(1, 300) i`,
    );
    await db.execute(`INSERT INTO grid (id, community_id, name, created_at) SELECT gen_random_uuid(), c.id, '网格' || g, now() FROM community c, generate_series(1, 5) g`);
    await db.execute(
      `INSERT INTO app_user (id, username, display_name, password_hash, roles, active, created_at, updated_at)
       SELECT gen_random_uuid(), 'vol' || i, '志愿者' || i, 'x', '{VOLUNTEER}', true, now(), now() FROM generate_series(1, ?) i`,
      [VOLUNTEERS],
    );
    await db.execute(
      `WITH g AS (SELECT id, community_id, row_number() OVER () AS n FROM grid), gc AS (SELECT count(*) AS c FROM grid)
       INSERT INTO volunteer (id, user_id, skills, community_id, grid_id, availability, party_member, active, created_at)
       SELECT gen_random_uuid(), u.id,
         ARRAY[(?::text[])[1 + (hashtext(u.id::text) & 1023) % 20], (?::text[])[1 + (hashtext(u.username) & 1023) % 20]],
         g.community_id, g.id,
         ARRAY[(ARRAY['MON','TUE','WED','THU','FRI','SAT','SUN'])[1 + (hashtext(u.username || 'd') & 1023) % 7] || '_' || (ARRAY['AM','PM','EVE'])[1 + (hashtext(u.username || 'p') & 1023) % 3]],
         (hashtext(u.username) & 1) = 1, true, now()
       FROM app_user u JOIN g ON g.n = 1 + (hashtext(u.username || 'g') & 1048575) % (SELECT c FROM gc)
       WHERE u.username LIKE 'vol%'`,
      [`{${SKILLS.join(',')}}`, `{${SKILLS.join(',')}}`],
    );
    await db.execute('ANALYZE');
    const [{ c: count }] = await db.execute<{ c: number }[]>('SELECT count(*)::int AS c FROM volunteer');
    console.log(`seeded ${count} volunteers in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const [community] = await db.execute<{ id: string; grid: string }[]>(
      `SELECT c.id, (SELECT id FROM grid WHERE community_id = c.id LIMIT 1) AS grid FROM community c WHERE name = '社区7'`,
    );
    await db.execute(
      `INSERT INTO app_user (id, username, display_name, password_hash, roles, community_id, active, created_at, updated_at) VALUES (gen_random_uuid(), 'bench.sec', '书记', ?, '{COMMUNITY_SECRETARY}', ?, true, now(), now())`,
      [await hashPassword('bench-password'), community.id],
    );
    const start = new Date(Date.now() + 7 * 86_400_000);
    const [task] = await db.execute<{ id: string }[]>(
      `INSERT INTO volunteer_task (id, title, community_id, grid_id, required_skills, starts_at, ends_at, capacity, signup_count, status, created_at)
       VALUES (gen_random_uuid(), '楼道电线检修', ?, ?, '{电工,维修}', ?, ?, 5, 0, 'OPEN', now()) RETURNING id`,
      [community.id, community.grid, start, new Date(start.getTime() + 2 * 3_600_000)],
    );

    const server = await buildServer({ orm, config: { ...loadConfig({ DATA_DIR: dataDir }), port: 0, host: '127.0.0.1' } });
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
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await post(query, token);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(1);
    console.log(`volunteerMatches top 10 of ${count} over HTTP, ${RUNS} runs: p50 ${pct(50)} ms, p95 ${pct(95)} ms, max ${times[times.length - 1].toFixed(1)} ms`);
    console.log(`best match: score ${first.data.volunteerMatches[0].score}, ${first.data.volunteerMatches[0].reasons.join(' · ')}`);
    await server.close();
    await orm.close();
  } finally {
    await cluster.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
