import { Role } from '../../api/src/shared/auth/role';
import { ADMIN, codeOf, LOGIN, PASSWORD, post, startTestApp, type TestApp } from '../support/app';
import { actAs, makeCommunity, makeUnit, makeUser } from '../support/factories';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const ME = '{ me { id username displayName roles community { name } unit { name } } }';

describe('signing in', () => {
  it('the administrator signs in and `me` says who they are', async () => {
    const r = await app.admin.gql(ME);
    expect(r.data?.me).toMatchObject({ username: 'admin', roles: ['ADMIN'] });
  });

  it('`me` is null without a token or with a made-up one, and everything else is UNAUTHENTICATED', async () => {
    expect((await app.anonymous.gql(ME)).data?.me).toBeNull();
    const forged = await post(app.url, { query: ME }, { authorization: 'Bearer gj_made-up-token' });
    expect(forged.data?.me).toBeNull();
    const r = await app.anonymous.gql('{ communities { id } }');
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.errors?.[0].message).toBe('请先登录。');
  });

  it('a wrong username and a wrong password get the same answer', async () => {
    const noUser = await post(app.url, { query: LOGIN, variables: { u: 'nobody-here', p: 'whatever-1' } });
    const badPassword = await post(app.url, { query: LOGIN, variables: { u: ADMIN.username, p: 'wrong-password' } });
    expect(codeOf(noUser)).toBe('UNAUTHENTICATED');
    expect(codeOf(badPassword)).toBe('UNAUTHENTICATED');
    expect(noUser.errors?.[0].message).toBe(badPassword.errors?.[0].message);
  });

  it('the username is not case-sensitive', async () => {
    const r = await post(app.url, { query: LOGIN, variables: { u: ' ADMIN ', p: ADMIN.password } });
    expect(r.data?.login.token).toMatch(/^gj_/);
  });

  it('after five failures from one address the account waits there a little, even with the right password', async () => {
    const user = await makeUser(app, [Role.VOLUNTEER]);
    for (let i = 0; i < 5; i++) {
      expect(codeOf(await post(app.url, { query: LOGIN, variables: { u: user.username, p: `guess-${i}-xx` } }))).toBe('UNAUTHENTICATED');
    }
    const slowed = await post(app.url, { query: LOGIN, variables: { u: user.username, p: PASSWORD } });
    expect(codeOf(slowed)).toBe('TOO_MANY_REQUESTS');
    expect(slowed.errors?.[0].extensions).toMatchObject({ retryAfter: 2 });
    expect(slowed.errors?.[0].message).toBe('登录失败次数过多，请 2 秒后再试。');
  });

  it('logout ends the session: the same token is then UNAUTHENTICATED', async () => {
    const user = await makeUser(app, [Role.CITY_LEADER]);
    const leader = await app.signIn(user.username);
    expect((await leader.gql('mutation { logout }')).data?.logout).toBe(true);
    expect(codeOf(await leader.gql('{ communities { id } }'))).toBe('UNAUTHENTICATED');
  });

  it('a user changes their password; the old one stops working', async () => {
    const user = await makeUser(app, [Role.VOLUNTEER]);
    const me = await app.signIn(user.username);
    const weak = await me.gql('mutation { changePassword(currentPassword: "password-123", newPassword: "short") }');
    expect(codeOf(weak)).toBe('BAD_USER_INPUT');
    const wrong = await me.gql('mutation { changePassword(currentPassword: "not-mine-123", newPassword: "a-new-password") }');
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect((await me.gql('mutation { changePassword(currentPassword: "password-123", newPassword: "a-new-password") }')).data?.changePassword).toBe(true);
    await expect(app.signIn(user.username)).rejects.toThrow();
    await expect(app.signIn(user.username, 'a-new-password')).resolves.toBeTruthy();
  });
});

describe('accounts, kept by the administrator', () => {
  const CREATE = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id username roles community { name } unit { name } } }';

  it('creates a secretary for 和尚岭社区 and a unit representative for 水利和湖泊局', async () => {
    const community = await makeCommunity(app, '和尚岭社区');
    const unit = await makeUnit(app, '水利和湖泊局');
    const secretary = await app.admin.gql(CREATE, {
      i: { username: 'hsl.sec', displayName: '和尚岭书记', password: PASSWORD, roles: ['COMMUNITY_SECRETARY'], communityId: community.id },
    });
    expect(secretary.data?.createUser).toMatchObject({ username: 'hsl.sec', community: { name: '和尚岭社区' }, unit: null });
    const rep = await app.admin.gql(CREATE, { i: { username: 'slj.rep', displayName: '联络员', password: PASSWORD, roles: ['UNIT_REP'], unitId: unit.id } });
    expect(rep.data?.createUser).toMatchObject({ unit: { name: '水利和湖泊局' } });
    const signedIn = await app.signIn('hsl.sec');
    expect((await signedIn.gql(ME)).data?.me.community.name).toBe('和尚岭社区');
  });

  it("refuses bad input with BAD_USER_INPUT and a message per rule, in the caller's language", async () => {
    const r = await app.admin.gql(CREATE, { i: { username: 'x', displayName: '  ', password: 'short', roles: ['VOLUNTEER'] } }, { lang: 'en' });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.problems).toEqual(
      expect.arrayContaining([expect.stringContaining('username'), expect.stringContaining('display name'), expect.stringContaining('password')]),
    );
    const zh = await app.admin.gql(CREATE, { i: { username: 'ok.name', displayName: '名字', password: PASSWORD, roles: ['GRID_WORKER'] } });
    expect(codeOf(zh)).toBe('BAD_USER_INPUT');
    expect(zh.errors?.[0].message).toContain('社区');
    const noRoles = await app.admin.gql(CREATE, { i: { username: 'ok.name', displayName: '名字', password: PASSWORD, roles: [] } });
    expect(codeOf(noRoles)).toBe('BAD_USER_INPUT');
  });

  it('a taken username is a CONFLICT, whatever its case', async () => {
    await makeUser(app, [Role.VOLUNTEER]).then(async (u) => {
      const r = await app.admin.gql(CREATE, { i: { username: u.username.toUpperCase(), displayName: '重名', password: PASSWORD, roles: ['VOLUNTEER'] } });
      expect(codeOf(r)).toBe('CONFLICT');
    });
  });

  it('only an administrator manages accounts', async () => {
    const { caller } = await actAs(app, [Role.CITY_LEADER]);
    const r = await caller.gql(CREATE, { i: { username: 'sneaky', displayName: '越权', password: PASSWORD, roles: ['ADMIN'] } });
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(codeOf(await caller.gql('{ users { totalCount } }'))).toBe('FORBIDDEN');
  });

  it('deactivating a user ends their sessions and stops their sign-in; reactivating lets them back', async () => {
    const { user, caller } = await actAs(app, [Role.VOLUNTEER]);
    const off = await app.admin.gql('mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }', { id: user.id });
    expect(off.data?.setUserActive.active).toBe(false);
    expect(codeOf(await caller.gql('{ communities { id } }'))).toBe('UNAUTHENTICATED');
    await expect(app.signIn(user.username)).rejects.toThrow();
    await app.admin.gql('mutation($id: ID!) { setUserActive(id: $id, active: true) { active } }', { id: user.id });
    await expect(app.signIn(user.username)).resolves.toBeTruthy();
  });

  it('a password reset ends the old sessions and the new password works', async () => {
    const { user, caller } = await actAs(app, [Role.VOLUNTEER]);
    const r = await app.admin.gql('mutation($id: ID!) { resetPassword(id: $id, newPassword: "reset-pass-99") { id } }', { id: user.id });
    expect(r.errors).toBeUndefined();
    expect(codeOf(await caller.gql('{ communities { id } }'))).toBe('UNAUTHENTICATED');
    await expect(app.signIn(user.username, 'reset-pass-99')).resolves.toBeTruthy();
  });

  it('the last active administrator can be neither deactivated nor demoted', async () => {
    const me = (await app.admin.gql('{ me { id } }')).data?.me.id;
    const off = await app.admin.gql('mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }', { id: me });
    expect(codeOf(off)).toBe('CONFLICT');
    const demote = await app.admin.gql('mutation($id: ID!) { updateUser(id: $id, input: { roles: [CITY_LEADER] }) { roles } }', { id: me });
    expect(codeOf(demote)).toBe('CONFLICT');
  });

  it('edits a user: new roles and community, and detaching the community', async () => {
    const community = await makeCommunity(app);
    const user = await makeUser(app, [Role.VOLUNTEER]);
    const r = await app.admin.gql(
      'mutation($id: ID!, $c: ID) { updateUser(id: $id, input: { displayName: "新名字", roles: [GRID_WORKER, VOLUNTEER], communityId: $c }) { displayName roles community { id } } }',
      { id: user.id, c: community.id },
    );
    expect(r.data?.updateUser).toEqual({ displayName: '新名字', roles: ['GRID_WORKER', 'VOLUNTEER'], community: { id: community.id } });
    const detach = await app.admin.gql('mutation($id: ID!) { updateUser(id: $id, input: { communityId: null }) { id } }', { id: user.id });
    expect(codeOf(detach)).toBe('BAD_USER_INPUT');
  });

  it('a malformed or unknown ID in a mutation is NOT_FOUND; in a query, null', async () => {
    expect(codeOf(await app.admin.gql('mutation { setUserActive(id: "not-an-id", active: true) { id } }'))).toBe('NOT_FOUND');
    expect(codeOf(await app.admin.gql('mutation { setUserActive(id: "00000000-0000-4000-8000-000000000000", active: true) { id } }'))).toBe('NOT_FOUND');
    expect((await app.admin.gql('{ user(id: "nope") { id } }')).data?.user).toBeNull();
  });

  it('lists users by search and role, a page at a time, with no overlap', async () => {
    for (let i = 0; i < 7; i++) await makeUser(app, [Role.GRID_WORKER], { communityId: (await makeCommunity(app)).id });
    const Q =
      'query($f: UserFilter, $first: Int, $after: String) { users(filter: $f, first: $first, after: $after) { totalCount edges { cursor node { username roles } } pageInfo { hasNextPage endCursor } } }';
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = (await app.admin.gql(Q, { f: { role: 'GRID_WORKER' }, first: 3, after })).data?.users;
      total = page.totalCount;
      seen.push(...page.edges.map((e: any) => e.node.username));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBeGreaterThanOrEqual(7);
    expect(new Set(seen).size).toBe(total);
    expect([...seen].sort()).toEqual(seen);
    const search = await app.admin.gql(Q, { f: { search: 'ADMIN' } });
    expect(search.data?.users.edges.map((e: any) => e.node.username)).toContain('admin');
    expect(codeOf(await app.admin.gql(Q, { first: 100000 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.admin.gql(Q, { first: 0 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.admin.gql(Q, { after: 'garbage!' }))).toBe('BAD_USER_INPUT');
  });
});

describe('guessing from one address', () => {
  it('after 100 failures from one address within 15 minutes, every sign-in from it is slowed by seconds', async () => {
    const fresh = await startTestApp();
    try {
      for (let i = 0; i < 100; i++) {
        const r = await post(fresh.url, { query: LOGIN, variables: { u: `someone-${i}`, p: 'guess-guess' } });
        expect(codeOf(r)).toBe('UNAUTHENTICATED');
      }
      const blocked = await post(fresh.url, { query: LOGIN, variables: { u: ADMIN.username, p: ADMIN.password } });
      expect(codeOf(blocked)).toBe('TOO_MANY_REQUESTS');
      expect(blocked.errors?.[0].extensions).toMatchObject({ retryAfter: 2 });
    } finally {
      await fresh.close();
    }
  });
});

describe('behind a reverse proxy', () => {
  it("with TRUST_PROXY the throttle counts the forwarded client address, not the proxy's", async () => {
    const proxied = await startTestApp({ TRUST_PROXY: '1' });
    try {
      for (let i = 0; i < 5; i++) await post(proxied.url, { query: LOGIN, variables: { u: ADMIN.username, p: `nope-nope-${i}` } }, { 'x-forwarded-for': '203.0.113.7' });
      const blocked = await post(proxied.url, { query: LOGIN, variables: { u: ADMIN.username, p: ADMIN.password } }, { 'x-forwarded-for': '203.0.113.7' });
      expect(codeOf(blocked)).toBe('TOO_MANY_REQUESTS');
      const other = await post(proxied.url, { query: LOGIN, variables: { u: ADMIN.username, p: ADMIN.password } }, { 'x-forwarded-for': '198.51.100.9' });
      expect(other.data?.login.token).toBeTruthy();
    } finally {
      await proxied.close();
    }
  });
});
