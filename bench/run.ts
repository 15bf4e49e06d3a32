import 'reflect-metadata';
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { migrate, openOrm } from '../api/src/orm';
import { ensureDatabase, startEmbeddedPostgres } from '../api/src/shared/db/embedded-postgres';
import type { Mark } from './child';
import { generate, STORM_NEEDS } from './generate';
import type { Job, Outcome } from './load';
import { machine, percentile, printTable, type Row } from './report';
import { type Ctx, SCENARIOS, type Scenario, type Side } from './scenarios';

// npm run bench [-- --seed N --scale F --seconds S --out file.json]: generates (or reuses) the city
// for seed and scale, starts the API and the raw-SQL baseline each in a process of its own, and drives
// every scenario over HTTP from a forked load generator, API and baseline one after the other.

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : (process.env[`BENCH_${name.toUpperCase()}`] ?? fallback);
};
const SEED = Number(arg('seed', '1'));
const SCALE = Number(arg('scale', '1'));
const SECONDS = Number(arg('seconds', '10'));
/** The smoke test caps concurrency so the toy run stays short on a busy machine. */
const MAX_CLIENTS = Number(arg('max-clients', 'Infinity'));
/** --only case-stats,dashboard: just those scenarios (a quick look at one path; the JSON says which ran). */
const ONLY = arg('only', '').split(',').filter(Boolean);
const OUT = arg('out', join(__dirname, '..', '..', '..', 'bench', 'results', `${new Date().toISOString().slice(0, 16).replace(':', '-')}.json`));

function progress(label: string, done: number, total: number): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r  ${label.padEnd(12)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
}

/** A child that reports { type: 'ready', port } and answers marks. */
async function startChild(file: string, env: Record<string, string>): Promise<{ child: ChildProcess; url: string; mark: () => Promise<Mark> }> {
  // BENCH_CPU_PROF=<dir>: the API process writes a V8 CPU profile there when the run ends (open it in Chrome's DevTools).
  const execArgv = process.env.BENCH_CPU_PROF && file === 'server.js' ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = fork(join(__dirname, file), [], { env: { ...process.env, ...env }, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
    child.on('message', (m: { type: string; port: number }) => m.type === 'ready' && resolve(m.port));
  });
  const mark = () =>
    new Promise<Mark>((resolve) => {
      const on = (m: Mark & { type: string }) => {
        if (m.type !== 'mark') return;
        child.off('message', on);
        resolve(m);
      };
      child.on('message', on);
      child.send({ type: 'mark' });
    });
  return { child, url: `http://127.0.0.1:${port}`, mark };
}

function load(job: Job): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'load.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (m: Outcome) => resolve(m));
    child.once('exit', (code) => code && reject(new Error(`load generator exited with ${code}`)));
    child.send(job);
  });
}

interface Measured {
  rps: number;
  p50_ms: number;
  p99_ms: number;
  sql_per_request: number;
  cpu_ms_per_request: number;
  rss_mb: number;
  errors: number;
  outcome: Outcome;
}

async function measure(scenario: Scenario, ctx: Ctx, side: Side, server: Awaited<ReturnType<typeof startChild>>): Promise<Measured> {
  const requests = scenario.requests(ctx, side);
  const clients = Math.min(scenario.clients, MAX_CLIENTS);
  if (!scenario.once) await load({ url: server.url, concurrency: clients, durationMs: Math.min(1000, SECONDS * 300), requests });
  await scenario.prepare?.(ctx, side);
  const before = await server.mark();
  const outcome = await load({ url: server.url, concurrency: clients, durationMs: SECONDS * 1000, once: scenario.once, requests });
  const after = await server.mark();
  const sorted = [...outcome.latencies].sort((a, b) => a - b);
  const n = Math.max(1, sorted.length);
  const errors = Object.entries(outcome.outcomes).reduce((sum, [kind, count]) => (kind === 'ok' || scenario.expected?.includes(kind) ? sum : sum + count), 0);
  return {
    rps: sorted.length / (outcome.elapsedMs / 1000),
    p50_ms: percentile(sorted, 50),
    p99_ms: percentile(sorted, 99),
    sql_per_request: (after.queries - before.queries) / n,
    cpu_ms_per_request: (after.cpuMs - before.cpuMs) / n,
    rss_mb: after.rssMb,
    errors,
    outcome,
  };
}

/** Spawn to "ready" of the real `npm start` entry point (compiled) on the generated database. */
async function coldStart(url: string): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongjian-bench-cold-'));
  const started = performance.now();
  const child = spawn(process.execPath, [join(__dirname, '..', 'api', 'src', 'main.js')], {
    env: { ...process.env, DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1', DEMO_DATA: '0', DATA_DIR: dataDir, NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    return await new Promise<number>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('ready at')) resolve(performance.now() - started);
      });
      child.once('exit', (code) => reject(new Error(`the server exited with ${code} before it was ready:\n${out}`)));
    });
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function database(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined };
  const dataDir = process.env.BENCH_DATA_DIR ?? join(tmpdir(), 'gongjian-bench');
  mkdirSync(dataDir, { recursive: true });
  const cluster = await startEmbeddedPostgres({ dataDir });
  const name = `bench_${SEED}_${String(SCALE).replace(/\W/g, '_')}`;
  await ensureDatabase(cluster, name);
  return { url: cluster.url(name), stop: () => cluster.stop() };
}

async function main(): Promise<void> {
  const { url, stop } = await database();
  const children: ChildProcess[] = [];
  try {
    const orm = await openOrm(url, { timeouts: { statementMs: 3_600_000, idleInTransactionMs: 3_600_000, connectMs: 10_000, healthMs: 5_000 } });
    await migrate(orm);
    await orm.close();
    const db = new Client({ connectionString: url });
    // The cluster stopping ends this connection; the error that got us there is the one to show.
    db.on('error', () => undefined);
    await db.connect();
    const t0 = Date.now();
    console.log(`seed ${SEED}, scale ${SCALE}: generating what is not there yet`);
    const sizes = await generate(db, SEED, SCALE, progress);
    const counts = (
      await db.query(`SELECT (SELECT count(*) FROM need)::int AS needs, (SELECT count(*) FROM need_claim)::int AS claims, (SELECT count(*) FROM case_file)::int AS cases,
        (SELECT count(*) FROM case_event)::int AS events, (SELECT count(*) FROM volunteer)::int AS volunteers`)
    ).rows[0];
    console.log(`data ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
    const ctx = await context(db, sizes);
    const cold = await coldStart(url);

    const api = await startChild('server.js', { BENCH_DB_URL: url, BENCH_DATA_DIR: mkdtempSync(join(tmpdir(), 'gongjian-bench-api-')) });
    const raw = await startChild('raw.js', { BENCH_DB_URL: url });
    children.push(api.child, raw.child);
    const rows: Row[] = [];
    for (const scenario of SCENARIOS.filter((s) => ONLY.length === 0 || ONLY.includes(s.name))) {
      const a = await measure(scenario, ctx, 'api', api);
      const r = await measure(scenario, ctx, 'raw', raw);
      const checkA = (await scenario.verify?.(ctx, 'api', a.outcome)) ?? { fields: {}, ok: true };
      const checkR = (await scenario.verify?.(ctx, 'raw', r.outcome)) ?? { fields: {}, ok: true };
      const extra: Record<string, unknown> = { ...checkA.fields, limit_checks: checkR.fields };
      if (scenario.name === 'matching') extra.agree = await agree(scenario, ctx, api.url, raw.url);
      const { outcome, ...numbers } = a;
      const row: Row = {
        name: scenario.name,
        clients: Math.min(scenario.clients, MAX_CLIENTS),
        ...numbers,
        outcomes: outcome.outcomes,
        limit_rps: r.rps,
        limit_p50_ms: r.p50_ms,
        limit_p99_ms: r.p99_ms,
        limit_sql_per_request: r.sql_per_request,
        limit_errors: r.errors,
        ratio: a.rps / r.rps,
        target: scenario.target,
        ...extra,
        meets: false,
      };
      row.meets = scenario.meets(row) && checkA.ok && a.errors === 0 && (scenario.name !== 'matching' || extra.agree === true);
      rows.push(row);
      console.log(`  ${scenario.name} (${row.clients} clients): ${row.rps.toFixed(0)} req/s vs ${row.limit_rps.toFixed(0)} raw, p99 ${row.p99_ms.toFixed(1)} ms`);
    }
    await db.end();
    const result = {
      machine: machine(),
      scale: SCALE,
      seed: SEED,
      seconds: SECONDS,
      sizes,
      counts,
      cold_start_ms: cold,
      cold_start_meets: cold < 2000,
      scenarios: rows,
      only: ONLY.length ? ONLY : undefined,
    };
    printTable(result);
    mkdirSync(join(OUT, '..'), { recursive: true });
    // Short number lists on one line, as Biome formats JSON, so `npm run lint` passes on a new results file.
    const json = JSON.stringify(result, null, 2).replace(
      /\[\s+((?:"[^"\n]*"|[-\d.]+)(?:,\s+(?:"[^"\n]*"|[-\d.]+))*)\s+\]/g,
      (_m, inner: string) => `[${inner.split(/,\s+/).join(', ')}]`,
    );
    writeFileSync(OUT, `${json}\n`);
    console.log(`written to ${OUT}`);
  } finally {
    // Asked to stop first, so a child exits through process.exit (and writes its CPU profile when asked to).
    await Promise.all(
      children.map(
        (child) =>
          new Promise((resolve) => {
            if (child.exitCode !== null) return resolve(null);
            const timer = setTimeout(() => child.kill('SIGTERM'), 5_000);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve(null);
            });
            child.send({ type: 'stop' }, (error) => error && child.kill('SIGTERM'));
          }),
      ),
    );
    await stop();
  }
}

/** The matching task (next Saturday 09:00–11:00 China time, electrical work) and the storm's needs. */
async function context(db: Client, sizes: Ctx['sizes']): Promise<Ctx> {
  const storm = await db.query<{ side: Side; id: string }>(
    `SELECT id, CASE WHEN title LIKE '抢单api%' THEN 'api' ELSE 'raw' END AS side FROM need WHERE title LIKE '抢单%' ORDER BY title`,
  );
  const stormNeeds = { api: storm.rows.filter((r) => r.side === 'api').map((r) => r.id), raw: storm.rows.filter((r) => r.side === 'raw').map((r) => r.id) };
  if (stormNeeds.api.length !== STORM_NEEDS) throw new Error('the storm needs are missing from the generated data');
  const start = new Date(Date.now() + 7 * 86_400_000);
  start.setUTCDate(start.getUTCDate() + ((6 - start.getUTCDay() + 7) % 7));
  start.setUTCHours(1, 0, 0, 0);
  const c = Math.min(7, sizes.communities);
  const task = await db.query<{ id: string }>(
    `INSERT INTO volunteer_task (id, title, community_id, grid_id, required_skills, starts_at, ends_at, capacity, signup_count, status, created_at)
     SELECT gen_random_uuid(), '楼道电线检修', g.community_id, g.id, '{电工,维修}', $2, $3, 5, 0, 'OPEN', now()
     FROM grid g JOIN community c ON c.id = g.community_id WHERE c.name = $1 ORDER BY g.name LIMIT 1 RETURNING id`,
    [`压测社区${c}`, start, new Date(start.getTime() + 2 * 3_600_000)],
  );
  const runId = `run${Date.now().toString(36)}`;
  return { db, seed: SEED, sizes, seconds: SECONDS, runId, stormNeeds, task: { id: task.rows[0].id, slots: '{SAT_AM}', secretary: `sec${c}` } };
}

/** Whether the API and the hand-written SQL name the same ten volunteers, in order. */
async function agree(scenario: Scenario, ctx: Ctx, apiUrl: string, rawUrl: string): Promise<boolean> {
  const ids = async (url: string, side: Side) => {
    const { answers } = await load({ url, concurrency: 1, once: true, requests: scenario.requests(ctx, side) });
    return JSON.stringify((answers?.[0] as { volunteerMatches: { volunteer: { id: string } }[] } | undefined)?.volunteerMatches.map((m) => m.volunteer.id));
  };
  const [a, r] = [await ids(apiUrl, 'api'), await ids(rawUrl, 'raw')];
  return a !== undefined && a === r;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
