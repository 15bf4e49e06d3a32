import { type Caller, codeOf, type GqlResult, post, type TestApp } from '../support/app';
import { DedicatedCluster, startAppOn } from '../support/dedicated-cluster';
import { liveClient } from '../support/live';

// Database trouble is a clear answer: while PostgreSQL is frozen (SIGSTOP) or stopped, GraphQL and
// /healthz say 503 SERVICE_UNAVAILABLE within about two seconds, and recover by themselves.

let cluster: DedicatedCluster;
let app: TestApp;
beforeAll(async () => {
  cluster = await DedicatedCluster.start();
  app = await startAppOn(cluster.url);
}, 120_000);
afterAll(async () => {
  cluster?.thaw(); // a failed test may leave it frozen, and closing would wait for it
  await app?.close();
  await cluster?.close();
});

const COMMUNITIES = '{ communities { id name } }';

async function timed<T>(what: string, work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await work();
  const ms = Date.now() - started;
  console.log(`${what}: ${ms} ms`);
  return { value, ms };
}

async function health(): Promise<{ status: number; body: { status: string; listener: string } }> {
  const response = await fetch(`${app.url}/healthz`);
  return { status: response.status, body: (await response.json()) as never };
}

/** Polls until `check` passes, or fails after `ms`. */
async function eventually(check: () => Promise<boolean>, ms: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not within ${ms} ms`);
}

const answersAgain = (caller: Caller) => async () => {
  const healthz = await health();
  return (await caller.gql(COMMUNITIES)).status === 200 && healthz.status === 200 && healthz.body.listener === 'listening';
};

function expectUnavailable(result: GqlResult) {
  expect(result.status).toBe(503);
  expect(codeOf(result)).toBe('SERVICE_UNAVAILABLE');
  expect(result.data ?? null).toBeNull();
}

describe('a hung or stopped database', () => {
  it('frozen by SIGSTOP (postmaster and backends): GraphQL and /healthz answer 503 SERVICE_UNAVAILABLE within seconds; SIGCONT brings 200 back', async () => {
    expect((await app.admin.gql(COMMUNITIES)).status).toBe(200);
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', listener: 'listening' } });

    const frozen = cluster.freeze();
    expect(frozen.length).toBeGreaterThan(1);
    try {
      const first = await timed('SIGSTOP: first GraphQL query answered', () => app.admin.gql(COMMUNITIES));
      expectUnavailable(first.value);
      expect(first.value.errors?.[0]?.message).toMatch(/服务暂时不可用/);
      expect(first.ms).toBeLessThan(5_000);

      const next = await timed('SIGSTOP: next GraphQL query answered', () => app.admin.gql(COMMUNITIES, {}, { lang: 'en' }));
      expectUnavailable(next.value);
      expect(next.value.errors?.[0]?.message).toMatch(/unavailable/);
      expect(next.ms).toBeLessThan(5_000);

      const signIn = await timed('SIGSTOP: a sign-in answered', () => post(app.url, { query: 'mutation { login(username: "admin", password: "x") { token } }' }));
      expectUnavailable(signIn.value);
      expect(signIn.ms).toBeLessThan(5_000);

      const healthz = await timed('SIGSTOP: /healthz answered', health);
      expect(healthz.value.status).toBe(503);
      expect(healthz.value.body.status).toBe('database unavailable');
      expect(healthz.ms).toBeLessThan(5_000);
    } finally {
      cluster.thaw();
    }
    const back = await eventually(answersAgain(app.admin), 15_000);
    console.log(`SIGCONT: GraphQL and /healthz answer 200 again after ${back} ms`);
    expect((await app.admin.gql(COMMUNITIES)).data?.communities).toEqual(expect.any(Array));
  }, 60_000);

  it('stopped: GraphQL answers 503 SERVICE_UNAVAILABLE at once, a new WebSocket is told to try again later (1013), and all is back after the start', async () => {
    await cluster.stop();
    try {
      const query = await timed('stopped: GraphQL query answered', () => app.admin.gql(COMMUNITIES));
      expectUnavailable(query.value);
      expect(query.ms).toBeLessThan(5_000);
      const healthz = await timed('stopped: /healthz answered', health);
      expect(healthz.value).toEqual({ status: 503, body: { status: 'database unavailable', listener: 'reconnecting' } });
      const download = await fetch(`${app.url}/api/exports/joint-totals.xlsx`, { headers: { authorization: `Bearer ${app.admin.token}`, 'accept-language': 'en' } });
      expect(download.status).toBe(503);
      expect(await download.json()).toEqual({ error: { code: 'SERVICE_UNAVAILABLE', message: expect.stringMatching(/unavailable/) } });

      // Not 4500, which graphql-ws clients never retry: the web client would stay without live updates.
      const closed = await new Promise<number>((resolve) => {
        const client = liveClient(app.url, app.admin.token, { on: { closed: (event) => resolve((event as { code: number }).code) } });
        client.subscribe({ query: 'subscription { caseUpdates { action } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      });
      expect(closed).toBe(1013);
    } finally {
      await cluster.startAgain();
    }
    const back = await eventually(answersAgain(app.admin), 15_000);
    console.log(`started again: GraphQL and /healthz answer 200 after ${back} ms`);
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', listener: 'listening' } });
  }, 60_000);
});
