import { type Client } from 'graphql-ws';
import { startPeerServer, startTestApp, type TestApp } from '../support/app';
import { CLAIM_NEED, communityWithSecretary, publishedNeed, unitWithRep } from '../support/factories';
import { liveClient } from '../support/live';

let app: TestApp;
let peer: Awaited<ReturnType<typeof startPeerServer>>;
const clients: Client[] = [];
beforeAll(async () => {
  app = await startTestApp();
  peer = await startPeerServer(app);
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await peer.close();
  await app.close();
});

function connect(url: string, token: string | null): Client {
  const client = liveClient(url, token);
  clients.push(client);
  return client;
}

const BOARD = 'subscription($c: ID!) { needBoard(communityId: $c) { action meetingId unit { name } need { title status claims { unit { name } } } } }';

/** Collects what a board receives, and resolves when `count` events arrived. */
function watch(client: Client, communityId: string, count: number) {
  const events: any[] = [];
  let fail: (e: unknown) => void = () => undefined;
  const done = new Promise<any[]>((resolve, reject) => {
    fail = reject;
    client.subscribe(
      { query: BOARD, variables: { c: communityId } },
      {
        next: (message) => {
          if (message.errors) return reject(new Error(JSON.stringify(message.errors)));
          events.push(message.data?.needBoard);
          if (events.length === count) resolve(events);
        },
        error: reject,
        complete: () => undefined,
      },
    );
  });
  return { events, done, fail };
}

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`nothing within ${ms} ms`)), ms))]);

describe('the live meeting board', () => {
  it('a claim made through one API process reaches a board connected to another, within a second', async () => {
    const { community, secretary } = await communityWithSecretary(app, '红旗桥社区');
    const needId = await publishedNeed(secretary, community.id, '路灯安装');
    const { rep } = await unitWithRep(app, '国网赤壁市供电公司');
    const board = watch(connect(peer.url, secretary.token), community.id, 2);
    await new Promise((r) => setTimeout(r, 300));
    const started = Date.now();
    await rep.gql(CLAIM_NEED, { id: needId });
    // The board reads the need as it is when the event arrives: the release waits until the claim was heard.
    await withTimeout(
      (async () => {
        while (board.events.length < 1) await new Promise((r) => setTimeout(r, 10));
      })(),
      3000,
    );
    expect(Date.now() - started).toBeLessThan(1500);
    await rep.gql('mutation($id: ID!) { releaseClaim(needId: $id, reason: "改由住建局负责") { id } }', { id: needId });
    const events = await withTimeout(board.done, 3000);
    expect(events[0]).toMatchObject({
      action: 'CLAIMED',
      unit: { name: '国网赤壁市供电公司' },
      need: { title: '路灯安装', status: 'CLAIMED', claims: [{ unit: { name: '国网赤壁市供电公司' } }] },
    });
    expect(events[1]).toMatchObject({ action: 'RELEASED', need: { status: 'PUBLISHED', claims: [] } });
  });

  it('a board hears only its own community, and a failed claim sends nothing', async () => {
    const here = await communityWithSecretary(app);
    const there = await communityWithSecretary(app);
    const needHere = await publishedNeed(here.secretary, here.community.id, '这里的需求');
    const needThere = await publishedNeed(there.secretary, there.community.id, '那里的需求');
    const { rep } = await unitWithRep(app);
    const board = watch(connect(app.url, here.secretary.token), here.community.id, 1);
    await new Promise((r) => setTimeout(r, 300));
    await rep.gql(CLAIM_NEED, { id: needThere });
    await rep.gql(CLAIM_NEED, { id: needThere }); // CONFLICT: rolled back, so no event
    await rep.gql(CLAIM_NEED, { id: needHere });
    const events = await withTimeout(board.done, 3000);
    expect(events).toEqual([expect.objectContaining({ action: 'CLAIMED', need: expect.objectContaining({ title: '这里的需求' }) })]);
    await new Promise((r) => setTimeout(r, 300));
    expect(board.events).toHaveLength(1);
  });

  it('without a valid token the WebSocket is refused', async () => {
    const client = connect(app.url, 'gj_forged');
    const outcome = await withTimeout(
      new Promise<string>((resolve) => {
        client.subscribe(
          { query: BOARD, variables: { c: '00000000-0000-4000-8000-000000000000' } },
          { next: () => resolve('next'), error: (e) => resolve(`error ${(e as { code?: number }).code ?? ''}`), complete: () => resolve('complete') },
        );
      }),
      3000,
    );
    expect(outcome).toMatch(/^error/);
  });
});
