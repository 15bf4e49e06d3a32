import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { addressDelay, pairWait } from '../../api/src/modules/org/login-throttle';
import { Role } from '../../api/src/shared/auth/role';
import { codeOf, type GqlResult, LOGIN, PASSWORD, post, startTestApp, type TestApp } from '../support/app';
import { actAs, makeUser, must } from '../support/factories';

// Each simulated client has its own address: the test server trusts X-Forwarded-For (TRUST_PROXY=1).

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ TRUST_PROXY: '1' });
});
afterAll(() => app.close());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function signInFrom(address: string, username: string, password: string, lang = 'zh-CN'): Promise<GqlResult> {
  return post(app.url, { query: LOGIN, variables: { u: username, p: password } }, { 'x-forwarded-for': address, 'accept-language': lang });
}

const retryAfterOf = (r: GqlResult) => (r.errors?.[0]?.extensions as { retryAfter?: number } | undefined)?.retryAfter;

async function failuresRecorded(username: string, address: string): Promise<number> {
  const [row] = await app.orm.em.fork().execute<{ n: number }[]>('SELECT count(*)::int AS n FROM login_failure WHERE username = ? AND ip = ?', [username, address]);
  return row.n;
}

describe('someone guesses the city leader’s password', () => {
  it('six wrong passwords from one address slow that address; the real leader signs in from another at once', async () => {
    const made = await app.admin.gql('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
      i: { username: 'leader', displayName: '盛文军', password: PASSWORD, roles: ['CITY_LEADER'] },
    });
    must(made, 'createUser');
    const guesser = '203.0.113.66';
    const office = '198.51.100.10';

    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await signInFrom(guesser, 'leader', `shengwenjun${i}`, 'en'));
    expect(answers.slice(0, 5).map(codeOf)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codeOf(answers[5])).toBe('TOO_MANY_REQUESTS');
    expect(retryAfterOf(answers[5])).toBe(2);
    expect(answers[5].errors?.[0].message).toBe('Too many failed sign-ins. Try again in 2 seconds.');
    // The guesser's address waits even with the right password…
    expect(codeOf(await signInFrom(guesser, 'leader', PASSWORD))).toBe('TOO_MANY_REQUESTS');

    // …while the leader at the office signs in at once, and that does not forgive the guesser.
    const leader = await signInFrom(office, 'leader', PASSWORD);
    expect(leader.data?.login.token).toMatch(/^gj_/);
    expect(await failuresRecorded('leader', guesser)).toBe(5);

    // The wait grows: after it, one more guess is checked, and the next wait is twice as long.
    await pause(2000);
    expect(codeOf(await signInFrom(guesser, 'leader', 'shengwenjun7'))).toBe('UNAUTHENTICATED');
    const longer = await signInFrom(guesser, 'leader', 'shengwenjun8');
    expect(codeOf(longer)).toBe('TOO_MANY_REQUESTS');
    expect(retryAfterOf(longer)).toBe(4);
    expect(await failuresRecorded('leader', guesser)).toBe(6);
  });

  it('a successful sign-in clears that address’s count for the account', async () => {
    const user = await makeUser(app, [Role.VOLUNTEER]);
    const home = '192.0.2.44';
    for (let i = 0; i < 4; i++) expect(codeOf(await signInFrom(home, user.username, `typo-${i}-xx`))).toBe('UNAUTHENTICATED');
    expect((await signInFrom(home, user.username, PASSWORD)).data?.login.token).toBeTruthy();
    expect(await failuresRecorded(user.username, home)).toBe(0);
    for (let i = 0; i < 5; i++) expect(codeOf(await signInFrom(home, user.username, `typo-again-${i}`))).toBe('UNAUTHENTICATED');
  });
});

describe('the documented schedule', () => {
  it('an account waits 2, 4, 8 … seconds from one address after its fifth failure there, at most 15 minutes', () => {
    expect([4, 5, 6, 7, 13, 14, 40].map(pairWait)).toEqual([0, 2, 4, 8, 512, 900, 900]);
  });

  it('an address waits 2 to 30 seconds after its latest failure once it has 100 within 15 minutes', () => {
    expect([99, 100, 109, 110, 120, 130, 140, 500].map((n) => addressDelay(n, 0))).toEqual([0, 2, 2, 4, 8, 16, 30, 30]);
    expect(addressDelay(100, 1.5)).toBe(1);
    expect(addressDelay(100, 2)).toBe(0);
  });
});

describe('an office behind one NAT address', () => {
  it('60 failures over 30 accounts leave a 31st account signing in; at 100 the address waits seconds, not 15 minutes', async () => {
    const nat = '100.64.0.1';
    const staff: { id: string; username: string }[] = [];
    for (let i = 0; i < 31; i += 4) staff.push(...(await Promise.all(Array.from({ length: Math.min(4, 31 - i) }, () => makeUser(app, [Role.VOLUNTEER])))));
    const [latecomer, ...typists] = staff;
    // Colleagues mistype at the same moment, all behind the office's one address.
    const mistype = async (who: typeof typists, round: number) => {
      const answers = await Promise.all(who.map(({ username }) => signInFrom(nat, username, `wrong-${round}-pw`)));
      expect(answers.map(codeOf)).toEqual(Array(who.length).fill('UNAUTHENTICATED'));
    };

    for (const round of [1, 2]) await mistype(typists, round);
    const signedIn = await signInFrom(nat, latecomer.username, PASSWORD);
    expect(signedIn.data?.login.token).toMatch(/^gj_/);

    // 40 more failures make 100 within 15 minutes: the address is slowed for every account, briefly.
    for (const round of [3, 4]) await mistype(typists.slice(0, 20), round);
    const slowed = await signInFrom(nat, latecomer.username, PASSWORD);
    expect(codeOf(slowed)).toBe('TOO_MANY_REQUESTS');
    expect(retryAfterOf(slowed)).toBe(2);
    await pause(2000);
    expect((await signInFrom(nat, latecomer.username, PASSWORD)).data?.login.token).toMatch(/^gj_/);
    // Another address is not slowed by the office's failures.
    expect((await signInFrom('198.51.100.200', typists[0].username, PASSWORD)).data?.login.token).toMatch(/^gj_/);
  });
});

describe('guesses that arrive together', () => {
  it('thirty parallel guesses for one account from one address: exactly five are checked', async () => {
    const user = await makeUser(app, [Role.CITY_LEADER]);
    const address = '203.0.113.30';
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => signInFrom(address, user.username, `parallel-${i}-pw`)));
    const codes = answers.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(25);
    expect(await failuresRecorded(user.username, address)).toBe(5);
  });

  it('ten aliased sign-ins in one operation are each one attempt: wrong guesses never get past the count', async () => {
    const user = await makeUser(app, [Role.VOLUNTEER]);
    const address = '203.0.113.31';
    const fields = Array.from({ length: 10 }, (_, i) => `g${i}: login(username: "${user.username}", password: "alias-guess-${i}") { token }`).join(' ');
    const codes: (string | undefined)[] = [];
    for (let op = 0; op < 6; op++) {
      const r = await post(app.url, { query: `mutation { ${fields} }` }, { 'x-forwarded-for': address });
      expect(r.data ?? null).toBeNull();
      expect(r.errors).toHaveLength(1);
      codes.push(codeOf(r));
      if (op === 0) expect(await failuresRecorded(user.username, address)).toBe(1);
    }
    // Mutation fields run one after another and a failed sign-in ends the operation: one guess per operation.
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'TOO_MANY_REQUESTS']);
    expect(await failuresRecorded(user.username, address)).toBe(5);

    // Ten aliases that all succeed are ten admitted attempts (each clears the count after itself).
    const other = await makeUser(app, [Role.VOLUNTEER]);
    const rights = Array.from({ length: 10 }, (_, i) => `s${i}: login(username: "${other.username}", password: "${PASSWORD}") { token }`).join(' ');
    const ok = await post(app.url, { query: `mutation { ${rights} }` }, { 'x-forwarded-for': address });
    expect(Object.keys(ok.data ?? {})).toHaveLength(10);
  });

  it('a batch of sign-ins in one request is refused before any is tried', async () => {
    const user = await makeUser(app, [Role.VOLUNTEER]);
    const address = '203.0.113.32';
    const batch = Array.from({ length: 10 }, (_, i) => ({ query: LOGIN, variables: { u: user.username, p: `batch-${i}-pw` } }));
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify(batch),
    });
    expect(response.status).toBe(400);
    expect(await failuresRecorded(user.username, address)).toBe(0);
  });

  it('twelve guesses multiplexed over one WebSocket: exactly five are checked', async () => {
    const target = await makeUser(app, [Role.COMMAND_CENTER]);
    const { caller: insider } = await actAs(app, [Role.VOLUNTEER]);
    const address = '203.0.113.33';
    class ForwardedSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { 'x-forwarded-for': address } });
      }
    }
    const client = createClient({
      url: `${app.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: ForwardedSocket,
      connectionParams: { authorization: `Bearer ${insider.token}` },
      retryAttempts: 0,
    });
    try {
      const once = (i: number) =>
        new Promise<string | undefined>((resolve) => {
          let code: string | undefined;
          client.subscribe(
            { query: LOGIN, variables: { u: target.username, p: `socket-${i}-pw` } },
            {
              next: (result) => {
                code = (result.errors?.[0]?.extensions as { code?: string } | undefined)?.code;
              },
              error: () => resolve('SOCKET_ERROR'),
              complete: () => resolve(code),
            },
          );
        });
      const codes = await Promise.all(Array.from({ length: 12 }, (_, i) => once(i)));
      expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
      expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(7);
      expect(await failuresRecorded(target.username, address)).toBe(5);
    } finally {
      await client.dispose();
    }
  });
});
