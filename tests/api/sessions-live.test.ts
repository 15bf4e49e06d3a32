import { type Client } from 'graphql-ws';
import { hashToken } from '../../api/src/modules/org/auth.service';
import { Session } from '../../api/src/modules/org/session.entity';
import type { Role } from '../../api/src/shared/auth/role';
import { type Caller, startPeerServer, startTestApp, type TestApp } from '../support/app';
import { actAs, makeCommunity, REPORT_CASE } from '../support/factories';
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

const CASE_UPDATES = 'subscription { caseUpdates { action case { title } } }';

const withTimeout = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms))]);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const until = (condition: () => boolean, what: string) =>
  withTimeout(
    (async () => {
      while (!condition()) await pause(50);
    })(),
    3000,
    what,
  );

interface Closed {
  code: number;
  reason: string;
}

function connect(url: string, token: string | null, options: { lazy?: boolean } = {}): { client: Client; closed: Promise<Closed>; connected: Promise<void> } {
  const client = liveClient(url, token, {
    lazy: options.lazy ?? true,
    onNonLazyError: () => undefined,
  });
  clients.push(client);
  const closed = new Promise<Closed>((resolve) => client.on('closed', (event) => resolve(event as Closed)));
  const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  return { client, closed, connected };
}

/** A live case queue on a socket of its own: what it heard, and how its socket closed. */
function liveQueue(url: string, caller: Caller) {
  const { client, closed } = connect(url, caller.token);
  const heard: string[] = [];
  let heardOne: () => void = () => undefined;
  const first = new Promise<void>((resolve) => (heardOne = resolve));
  client.subscribe<{ caseUpdates: { case: { title: string } | null } }>(
    { query: CASE_UPDATES },
    {
      next: (message) => {
        heard.push(message.data?.caseUpdates.case?.title ?? '');
        heardOne();
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return { heard, first, closed };
}

/** A community's grid worker and a command officer, both signed in. */
async function theQueue() {
  const community = await makeCommunity(app);
  const { caller: gridWorker } = await actAs(app, ['GRID_WORKER' as Role], { communityId: community.id });
  const { user, caller: officer } = await actAs(app, ['COMMAND_CENTER' as Role]);
  let reports = 0;
  const report = async () => {
    const title = `井盖缺失${++reports}`;
    const r = await gridWorker.gql(REPORT_CASE, { i: { title } });
    if (!r.data?.reportCase) throw new Error(`reportCase failed: ${JSON.stringify(r.errors)}`);
    return title;
  };
  return { officer, officerId: user.id, username: user.username, report };
}

/** Reports until every queue has heard one: their subscriptions are live (a socket's subscription starts a moment after it connects). */
async function hearReports(report: () => Promise<string>, ...queues: ReturnType<typeof liveQueue>[]) {
  const titles: string[] = [];
  for (let tries = 0; tries < 20 && queues.some((queue) => queue.heard.length === 0); tries++) {
    titles.push(await report());
    await Promise.race([Promise.all(queues.map((queue) => queue.first)), pause(150)]);
  }
  for (const queue of queues) expect(titles).toContain(queue.heard[0]);
}

/** After the session ended: the socket closed at once with that code, and no later report arrives. */
async function endedAtOnce(queue: ReturnType<typeof liveQueue>, report: () => Promise<string>, expected: Closed) {
  const started = Date.now();
  expect(await withTimeout(queue.closed, 2000, 'the socket closing')).toMatchObject(expected);
  expect(Date.now() - started).toBeLessThan(1000);
  const before = queue.heard.length;
  await report();
  await pause(300);
  expect(queue.heard).toHaveLength(before);
}

const SESSION_ENDED = { code: 4401, reason: 'session ended' };

describe('live case updates end with the session', () => {
  it('a command officer who logs out stops receiving case updates at once', async () => {
    const { officer, report } = await theQueue();
    const queue = liveQueue(app.url, officer);
    await hearReports(report, queue);
    expect((await officer.gql('mutation { logout }')).data?.logout).toBe(true);
    await endedAtOnce(queue, report, SESSION_ENDED);
  });

  it('an officer the administrator moves to a unit is no longer heard as the command centre: the socket closes to reconnect as who they are now', async () => {
    const { officer, officerId, report } = await theQueue();
    const queue = liveQueue(app.url, officer);
    await hearReports(report, queue);
    const unit = (await app.admin.gql('mutation { createPartnerUnit(input: { name: "调岗单位", kind: GOVERNMENT }) { id } }')).data?.createPartnerUnit.id;
    const moved = await app.admin.gql('mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { roles } }', {
      id: officerId,
      i: { roles: ['UNIT_REP'], unitId: unit },
    });
    expect(moved.data?.updateUser.roles).toEqual(['UNIT_REP']);
    await endedAtOnce(queue, report, { code: 4000, reason: 'access changed' });
    // The sign-in itself lives on, as a unit representative now.
    expect((await officer.gql('{ me { roles } }')).data?.me.roles).toEqual(['UNIT_REP']);
  });

  it('an officer whose account the administrator deactivates stops receiving case updates at once', async () => {
    const { officer, officerId, report } = await theQueue();
    const queue = liveQueue(app.url, officer);
    await hearReports(report, queue);
    const r = await app.admin.gql('mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }', { id: officerId });
    expect(r.data?.setUserActive.active).toBe(false);
    await endedAtOnce(queue, report, { code: 4401, reason: 'account deactivated' });
  });

  it('an officer whose password the administrator resets stops receiving case updates on every device', async () => {
    const { officer, officerId, username, report } = await theQueue();
    const desk = liveQueue(app.url, officer);
    const phone = liveQueue(app.url, await app.signIn(username));
    await hearReports(report, desk, phone);
    const r = await app.admin.gql('mutation($id: ID!, $p: String!) { resetPassword(id: $id, newPassword: $p) { id } }', { id: officerId, p: 'reset-by-admin-9' });
    expect(r.data?.resetPassword.id).toBe(officerId);
    await endedAtOnce(desk, report, SESSION_ENDED);
    expect(await withTimeout(phone.closed, 2000, 'the phone closing')).toMatchObject(SESSION_ENDED);
  });

  it('an officer who changes their password keeps this session live, and their other sessions end', async () => {
    const { officer, username, report } = await theQueue();
    const here = liveQueue(app.url, officer);
    const elsewhere = liveQueue(app.url, await app.signIn(username));
    await hearReports(report, here, elsewhere);
    const r = await officer.gql('mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }', { c: 'password-123', n: 'changed-by-me-7' });
    expect(r.data?.changePassword).toBe(true);
    await endedAtOnce(elsewhere, report, SESSION_ENDED);
    const title = await report();
    await until(() => here.heard.includes(title), 'this session hearing a report after the change');
    expect((await officer.gql('{ me { username } }')).data?.me.username).toBe(username);
  });

  it("logging out one session leaves the officer's other session live", async () => {
    const { officer, username, report } = await theQueue();
    const desk = liveQueue(app.url, officer);
    const phone = liveQueue(app.url, await app.signIn(username));
    await hearReports(report, desk, phone);
    let phoneClosed = false;
    void phone.closed.then(() => (phoneClosed = true));
    await officer.gql('mutation { logout }');
    await endedAtOnce(desk, report, SESSION_ENDED);
    const title = await report();
    await until(() => phone.heard.includes(title), 'the phone hearing a report after the logout');
    expect(phoneClosed).toBe(false);
  });

  it('a logout on one API process closes the socket held by another', async () => {
    const { officer, report } = await theQueue();
    const queue = liveQueue(peer.url, officer);
    await hearReports(report, queue);
    await officer.gql('mutation { logout }');
    await endedAtOnce(queue, report, SESSION_ENDED);
  });

  it('a socket whose session ended unnoticed (before the socket was tracked) is closed at its next subscription', async () => {
    const { officer } = await theQueue();
    const { client, closed, connected } = connect(app.url, officer.token, { lazy: false });
    await withTimeout(connected, 3000, 'the socket connecting');
    // Revoked in the database with no notice sent: as if the notice came while the socket was connecting.
    await app.orm.em.fork().nativeUpdate(Session, { tokenHash: hashToken(officer.token as string) }, { revokedAt: new Date() });
    const outcome = new Promise<unknown>((resolve) => client.subscribe({ query: CASE_UPDATES }, { next: resolve, error: resolve, complete: () => resolve('complete') }));
    expect(await withTimeout(closed, 2000, 'the socket closing')).toMatchObject(SESSION_ENDED);
    await withTimeout(outcome, 2000, 'the subscription ending');
  });
});

/** One operation over the WebSocket, as the caller: what came back, errors or data. */
async function overSocket(target: TestApp, query: string): Promise<{ data?: unknown; errors?: { message: string }[] }> {
  const { client } = connect(target.url, target.admin.token);
  return withTimeout(
    new Promise((resolve) => {
      client.subscribe(
        { query },
        {
          next: (result) => resolve(result as { data?: unknown; errors?: { message: string }[] }),
          error: (errors) => resolve({ errors: Array.isArray(errors) ? errors : [{ message: String((errors as Closed).reason ?? errors) }] }),
          complete: () => resolve({}),
        },
      );
    }),
    3000,
    query,
  );
}

describe('over WebSocket in production', () => {
  let production: TestApp;
  beforeAll(async () => {
    production = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => production.close());

  it('introspection is refused, as a query and as a subscription', async () => {
    const asQuery = await overSocket(production, '{ __schema { types { name } } }');
    expect(asQuery.data).toBeUndefined();
    expect(asQuery.errors?.[0].message).toMatch(/introspection has been disabled/);
    const asSubscription = await overSocket(production, 'subscription { __schema { types { name } } }');
    expect(asSubscription.data).toBeUndefined();
    expect(asSubscription.errors?.length).toBeGreaterThan(0);
    const typeQuery = await overSocket(production, '{ __type(name: "CaseFile") { fields { name } } }');
    expect(typeQuery.errors?.[0].message).toMatch(/introspection has been disabled/);
  });

  it('a misspelled field gets no suggestion', async () => {
    const typo = await overSocket(production, 'subscription { caseUpdate { action } }');
    expect(typo.errors?.[0].message).toMatch(/Cannot query field "caseUpdate"/);
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('in development both are open, so the checks above can fail', async () => {
    const intro = await overSocket(app, '{ __schema { queryType { name } } }');
    expect(intro).toMatchObject({ data: { __schema: { queryType: { name: 'Query' } } } });
    const typo = await overSocket(app, 'subscription { caseUpdate { action } }');
    expect(typo.errors?.[0].message).toMatch(/Did you mean "caseUpdates"\?/);
  });
});
