import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ref } from '@mikro-orm/postgresql';
import { loadConfig } from '../api/src/config';
import { NeedCategory, NeedStatus } from '../api/src/modules/joint/joint.enums';
import { Need } from '../api/src/modules/joint/need.entity';
import { NeedClaim } from '../api/src/modules/joint/need-claim.entity';
import { ensureAdmin } from '../api/src/modules/org/bootstrap';
import { Community } from '../api/src/modules/org/community.entity';
import { Grid } from '../api/src/modules/org/grid.entity';
import { PartnerUnit, UnitKind } from '../api/src/modules/org/partner-unit.entity';
import { hashPassword } from '../api/src/modules/org/password';
import { User } from '../api/src/modules/org/user.entity';
import { migrate, openOrm } from '../api/src/orm';
import { buildServer } from '../api/src/server';
import { Role } from '../api/src/shared/auth/role';
import { ensureDatabase, startEmbeddedPostgres } from '../api/src/shared/db/embedded-postgres';

// npm run bench: the real server on a throw-away embedded PostgreSQL, loaded with a city's worth
// of organisation data, hit over loopback HTTP by a bounded number of concurrent clients.
// Prints latency percentiles, throughput and memory per scenario.

const COMMUNITIES = Number(process.env.BENCH_COMMUNITIES ?? 300);
const GRIDS_PER_COMMUNITY = 6;
const USERS = Number(process.env.BENCH_USERS ?? 20_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const NEEDS = Number(process.env.BENCH_NEEDS ?? 20_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

interface Scenario {
  name: string;
  body: () => unknown;
  auth: boolean;
  /** Distinct request bodies to cycle through (state-changing scenarios need one per request). */
  distinct?: number;
  token?: string;
}

async function seed(orm: Awaited<ReturnType<typeof openOrm>>): Promise<void> {
  const em = orm.em.fork();
  const communities: Community[] = [];
  for (let c = 0; c < COMMUNITIES; c++) {
    const community = em.create(Community, { name: `压测社区${c}`, subdistrict: `办事处${c % 12}` });
    communities.push(community);
    for (let g = 0; g < GRIDS_PER_COMMUNITY; g++) em.create(Grid, { community, name: `网格${g}` });
  }
  await em.flush();
  const passwordHash = await hashPassword('bench-password');
  const unit = em.create(PartnerUnit, { name: '压测单位', kind: UnitKind.GOVERNMENT });
  em.create(User, { username: 'bench.rep', displayName: '压测联络员', passwordHash, roles: [Role.UNIT_REP], unit: ref(unit) });
  const others = Array.from({ length: 3 }, (_, i) => em.create(PartnerUnit, { name: `认领单位${i}`, kind: UnitKind.ENTERPRISE }));
  await em.flush();
  for (let start = 0; start < NEEDS; start += 2_000) {
    const batch = orm.em.fork();
    for (let i = start; i < Math.min(NEEDS, start + 2_000); i++) {
      const community = batch.getReference(Community, communities[i % communities.length].id);
      const claimed = i % 4 === 0;
      const need = batch.create(Need, {
        community: ref(community),
        title: `压测需求${i}`,
        category: NeedCategory.INFRASTRUCTURE,
        maxClaimants: 3,
        status: NeedStatus.PUBLISHED,
        publishedAt: new Date(),
        claimCount: claimed ? 2 : 0,
      });
      if (claimed)
        for (const other of others.slice(0, 2)) batch.create(NeedClaim, { need: ref(need), unit: ref(batch.getReference(PartnerUnit, other.id)), activeUnitId: other.id });
    }
    await batch.flush();
  }
  for (let start = 0; start < USERS; start += 2_000) {
    const batch = orm.em.fork();
    for (let u = start; u < Math.min(USERS, start + 2_000); u++) {
      const community = communities[u % communities.length];
      batch.create(User, {
        username: `user${u}`,
        displayName: `用户${u}`,
        passwordHash,
        roles: [u % 3 ? Role.VOLUNTEER : Role.GRID_WORKER],
        phone: `139${String(u).padStart(8, '0')}`,
        community: ref(batch.getReference(Community, community.id)),
      });
    }
    await batch.flush();
  }
}

// The load comes from worker threads, so the clients' own work does not queue behind the
// server's event loop (both still share the machine's two cores).
const CLIENT = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { url, token, bodies, auth, clients, until } = workerData;
  const latencies = [];
  let errors = 0;
  let n = workerData.offset;
  const one = async () => {
    while (Date.now() < until) {
      const started = performance.now();
      const response = await fetch(url + '/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: 'Bearer ' + token } : {}) },
        body: bodies[n++ % bodies.length],
      });
      const json = await response.json();
      latencies.push(performance.now() - started);
      if (json.errors) errors++;
    }
  };
  await Promise.all(Array.from({ length: clients }, one));
  parentPort.postMessage({ latencies, errors });
})();
`;
const THREADS = 2;

async function measure(url: string, token: string, scenario: Scenario): Promise<void> {
  const bodies = Array.from({ length: scenario.distinct ?? 500 }, () => JSON.stringify(scenario.body()));
  const until = Date.now() + SECONDS * 1000;
  const results = await Promise.all(
    Array.from(
      { length: THREADS },
      (_, i) =>
        new Promise<{ latencies: number[]; errors: number }>((resolve, reject) => {
          const worker = new Worker(CLIENT, {
            eval: true,
            workerData: {
              url,
              token: scenario.token ?? token,
              bodies,
              auth: scenario.auth,
              clients: CONCURRENCY / THREADS,
              until,
              offset: i * Math.floor(bodies.length / THREADS),
            },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const errors = results.reduce((sum, r) => sum + r.errors, 0);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
  const rss = (process.memoryUsage().rss / 1024 / 1024).toFixed(0);
  console.log(
    `${scenario.name.padEnd(34)} ${String(latencies.length).padStart(6)} req  ${(latencies.length / SECONDS).toFixed(0).padStart(5)} req/s  p50 ${pct(50).padStart(6)} ms  p95 ${pct(95).padStart(6)} ms  p99 ${pct(99).padStart(6)} ms  errors ${errors}  server rss ${rss} MB`,
  );
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongjian-bench-'));
  const cluster = await startEmbeddedPostgres({ dataDir });
  try {
    await ensureDatabase(cluster, 'bench');
    const orm = await openOrm(cluster.url('bench'));
    await migrate(orm);
    await ensureAdmin(orm.em.fork(), { username: 'admin', password: 'bench-admin-pw' });
    const seeding = Date.now();
    await seed(orm);
    console.log(`seeded ${COMMUNITIES} communities × ${GRIDS_PER_COMMUNITY} grids, ${USERS} users and ${NEEDS} needs in ${((Date.now() - seeding) / 1000).toFixed(1)} s`);
    const server = await buildServer({ orm, config: { ...loadConfig({}), port: 0, host: '127.0.0.1' } });
    await server.listen({ port: 0, host: '127.0.0.1' });
    const address = server.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const login = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(username: "admin", password: "bench-admin-pw") { token } }' }),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    console.log(`${CONCURRENCY} concurrent clients, ${SECONDS} s per scenario, node ${process.version}`);

    const repLogin = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(username: "bench.rep", password: "bench-password") { token } }' }),
    });
    const repToken = ((await repLogin.json()) as { data: { login: { token: string } } }).data.login.token;
    const needIds = (await orm.em.fork().find(Need, { claimCount: 0 }, { fields: ['id'], limit: NEEDS })).map((need) => need.id);
    let n = 0;
    let c = 0;
    const scenarios: Scenario[] = [
      { name: 'me (session lookup)', auth: true, body: () => ({ query: '{ me { id username roles } }' }) },
      {
        name: `communities + grids (${COMMUNITIES}×${GRIDS_PER_COMMUNITY})`,
        auth: true,
        body: () => ({ query: '{ communities { id name grids { id name } committee { id } } }' }),
      },
      {
        name: 'users page of 50, by role',
        auth: true,
        body: () => ({ query: '{ users(first: 50, filter: { role: GRID_WORKER }) { totalCount edges { node { id username community { name } } } } }' }),
      },
      {
        // Each full read of another person's phone is one audit row: 50 rows written per request.
        name: 'users page of 50 with phones (audited)',
        auth: true,
        body: () => ({ query: '{ users(first: 50, filter: { role: GRID_WORKER }) { edges { node { id phone } } } }' }),
      },
      { name: 'users search "用户12" (ILIKE)', auth: true, body: () => ({ query: '{ users(first: 20, filter: { search: "用户12" }) { totalCount edges { node { id } } } }' }) },
      {
        name: 'needs page of 50 + claims, units',
        auth: true,
        body: () => ({
          query: '{ needs(first: 50, filter: { status: [PUBLISHED, CLAIMED] }) { totalCount edges { node { id title community { name } claims { claimedAt unit { name } } } } } }',
        }),
      },
      {
        name: 'claimNeed (row lock, event, NOTIFY)',
        auth: true,
        token: repToken,
        distinct: needIds.length,
        body: () => ({ query: `mutation { claimNeed(needId: "${needIds[c++ % needIds.length]}") { id } }` }),
      },
      { name: 'login (argon2id verify)', auth: false, body: () => ({ query: `mutation { login(username: "user${n++ % USERS}", password: "bench-password") { token } }` }) },
    ];
    for (const scenario of scenarios) await measure(url, token, scenario);
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
