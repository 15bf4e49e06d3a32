import { hashToken } from '../../api/src/modules/org/auth.service';
import { Session } from '../../api/src/modules/org/session.entity';
import { User } from '../../api/src/modules/org/user.entity';
import { Role } from '../../api/src/shared/auth/role';
import { codeOf, startTestApp, type TestApp } from '../support/app';
import { actAs } from '../support/factories';

// Every request looks its bearer token up again: these are the rules that lookup enforces on its own,
// whatever ended (or did not end) the session.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const ME = '{ me { id } }';

describe('the session behind every request', () => {
  it('a session past its expiry is signed out: `me` is null and everything else UNAUTHENTICATED', async () => {
    const { user, caller } = await actAs(app, [Role.VOLUNTEER]);
    expect((await caller.gql(ME)).data?.me.id).toBe(user.id);
    await app.orm.em.fork().nativeUpdate(Session, { tokenHash: hashToken(caller.token as string) }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await caller.gql(ME)).data?.me).toBeNull();
    expect(codeOf(await caller.gql('{ communities { id } }'))).toBe('UNAUTHENTICATED');
  });

  it('an account found inactive is signed out even while its session was never ended', async () => {
    const { user, caller } = await actAs(app, [Role.VOLUNTEER]);
    await app.orm.em.fork().nativeUpdate(User, { id: user.id }, { active: false });
    expect((await caller.gql(ME)).data?.me).toBeNull();
    expect(codeOf(await caller.gql('{ communities { id } }'))).toBe('UNAUTHENTICATED');
  });

  it('the roles are read from the account on each request, not from when the session began', async () => {
    const { user, caller } = await actAs(app, [Role.VOLUNTEER]);
    expect(codeOf(await caller.gql('{ users(first: 1) { totalCount } }'))).toBe('FORBIDDEN');
    await app.orm.em.fork().nativeUpdate(User, { id: user.id }, { roles: [Role.VOLUNTEER, Role.ADMIN] });
    const result = await caller.gql('{ users(first: 1) { totalCount } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.users.totalCount).toBeGreaterThan(0);
  });

  it('no GraphQL answer may be stored by a browser or proxy cache', async () => {
    const { caller } = await actAs(app, [Role.VOLUNTEER]);
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${caller.token}` },
      body: JSON.stringify({ query: ME }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
