import { type Client } from 'graphql-ws';
import type { TestApp } from '../support/app';
import { DedicatedCluster, startAppOn } from '../support/dedicated-cluster';
import { CLAIM_NEED, caseCast, communityWithSecretary, publishedNeed, unitWithRep, volunteerWithProfile } from '../support/factories';
import { liveClient } from '../support/live';

// Live updates that survive the database: PostgreSQL restarts under a running server, and the
// meeting-room board, the case queue and a volunteer's news keep working (on a cluster of this file's own).

let cluster: DedicatedCluster;
let app: TestApp;
const sockets: Client[] = [];
beforeAll(async () => {
  cluster = await DedicatedCluster.start();
  app = await startAppOn(cluster.url);
}, 120_000);
afterAll(async () => {
  for (const socket of sockets) await socket.dispose();
  await app?.close();
  await cluster?.close();
});

function connect(token: string | null): Client {
  const client = liveClient(app.url, token);
  sockets.push(client);
  return client;
}

/** What a subscription hears, and a way to wait for the first event that matches. */
function hear(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const events: any[] = [];
  const waiting: { match: (e: any) => boolean; resolve: (e: any) => void }[] = [];
  let failure: unknown = null;
  client.subscribe(
    { query, variables },
    {
      next: (message) => {
        if (message.errors) failure = message.errors;
        const event = Object.values(message.data ?? {})[0];
        events.push(event);
        for (const w of waiting.filter((w) => w.match(event))) {
          waiting.splice(waiting.indexOf(w), 1);
          w.resolve(event);
        }
      },
      error: (error) => {
        failure = error;
      },
      complete: () => undefined,
    },
  );
  return {
    events,
    next(match: (e: any) => boolean, ms: number): Promise<any> {
      const seen = events.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        waiting.push({ match, resolve });
        setTimeout(() => reject(new Error(`nothing matching within ${ms} ms; heard ${JSON.stringify(events)}, failure ${JSON.stringify(failure)}`)), ms);
      });
    },
  };
}

const BOARD = 'subscription($c: ID!) { needBoard(communityId: $c) { action at need { title status } unit { name } } }';
const CASES = 'subscription { caseUpdates { action case { title } } }';
const NEWS = 'subscription { volunteerUpdates { action task { title } } }';
const listeners = () => cluster.activity(`application_name = 'gongjian-listener'`);
const settle = () => new Promise((r) => setTimeout(r, 300));

describe('live updates when PostgreSQL restarts under a running server', () => {
  it('the Hongqiqiao board hears RESYNC after the restart, then the next claim, on its old subscription and on a new one', async () => {
    const { community, secretary } = await communityWithSecretary(app, '红旗桥社区');
    const first = await publishedNeed(secretary, community.id, '路灯安装');
    const second = await publishedNeed(secretary, community.id, '道路硬化');
    const { rep } = await unitWithRep(app, '国网赤壁市供电公司');
    const cast = await caseCast(app);
    const volunteer = await volunteerWithProfile(app, community.id);

    const board = hear(connect(secretary.token), BOARD, { c: community.id });
    const queue = hear(connect(cast.officer.token), CASES);
    const news = hear(connect(volunteer.caller.token), NEWS);
    await settle();
    await rep.gql(CLAIM_NEED, { id: first });
    expect(await board.next((e) => e.action === 'CLAIMED', 3_000)).toMatchObject({ need: { title: '路灯安装' } });
    expect(await listeners()).toBe(1);

    const stopped = Date.now();
    await cluster.stop();
    await cluster.startAgain();
    const restarted = Date.now();

    const resync = await board.next((e) => e.action === 'RESYNC', 15_000);
    const heardAfter = Date.now();
    console.log(`PostgreSQL stopped and started again in ${restarted - stopped} ms; the board heard RESYNC ${heardAfter - restarted} ms after the start`);
    expect(resync).toMatchObject({ action: 'RESYNC', need: null, unit: null });
    expect(new Date(resync.at).getTime()).toBeGreaterThanOrEqual(stopped);
    expect(await queue.next((e) => e.action === 'RESYNC', 3_000)).toEqual({ action: 'RESYNC', case: null });
    expect(await news.next((e) => e.action === 'RESYNC', 3_000)).toEqual({ action: 'RESYNC', task: null });
    expect(await listeners()).toBe(1);

    const fresh = hear(connect(secretary.token), BOARD, { c: community.id });
    await settle();
    const claimed = await rep.gql(CLAIM_NEED, { id: second });
    expect(claimed.errors).toBeUndefined();
    const onOld = await board.next((e) => e.action === 'CLAIMED' && e.need?.title === '道路硬化', 3_000);
    const onNew = await fresh.next((e) => e.action === 'CLAIMED', 3_000);
    expect(onOld).toMatchObject({ need: { title: '道路硬化', status: 'CLAIMED' }, unit: { name: '国网赤壁市供电公司' } });
    expect(onNew).toMatchObject({ need: { title: '道路硬化', status: 'CLAIMED' } });

    const reported = await cast.gridWorker.gql('mutation($i: ReportCaseInput!) { reportCase(input: $i) { id } }', { i: { title: '重启后的新案件' } });
    expect(reported.errors).toBeUndefined();
    expect(await queue.next((e) => e.action === 'REPORTED', 3_000)).toMatchObject({ case: { title: '重启后的新案件' } });
  }, 90_000);

  it('a LISTEN connection ended by the server (pg_terminate_backend) comes back by itself and says RESYNC', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const needId = await publishedNeed(secretary, community.id, '楼道照明');
    const { rep } = await unitWithRep(app);
    const board = hear(connect(secretary.token), BOARD, { c: community.id });
    await settle();
    expect(await listeners()).toBe(1);

    expect(await cluster.terminate(`application_name = 'gongjian-listener'`)).toBe(1);
    await board.next((e) => e.action === 'RESYNC', 10_000);
    expect(await listeners()).toBe(1);
    await rep.gql(CLAIM_NEED, { id: needId });
    expect(await board.next((e) => e.action === 'CLAIMED', 3_000)).toMatchObject({ need: { title: '楼道照明' } });
  }, 30_000);

  it('a sign-in ended while the listener was away is not missed: after the RESYNC its socket closes', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const client = connect(secretary.token);
    const closed = new Promise<{ code: number; reason: string }>((resolve) => client.on('closed', (event) => resolve(event as never)));
    const board = hear(client, BOARD, { c: community.id });
    await settle();
    // Revoked straight in the database: no NOTIFY is ever sent, as if it had been sent while nobody listened.
    const sql = app.orm.em.fork().getConnection();
    expect(await cluster.terminate(`application_name = 'gongjian-listener'`)).toBe(1);
    await sql.execute('UPDATE session SET revoked_at = now() WHERE revoked_at IS NULL AND user_id IN (SELECT id FROM app_user WHERE community_id = ?)', [community.id]);
    await board.next((e) => e.action === 'RESYNC', 10_000);
    expect(await Promise.race([closed, new Promise((resolve) => setTimeout(() => resolve('still open'), 3_000))])).toMatchObject({ code: 4401, reason: 'session ended' });
  }, 30_000);

  it('/healthz says the listener is listening', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', listener: 'listening' });
  });
});
