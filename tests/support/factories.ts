import type { Role } from '../../api/src/shared/auth/role';
import { PASSWORD, type TestApp } from './app';

// Data is made through the API as the administrator, the way a user would make it.

let counter = 0;
const unique = (prefix: string) => `${prefix}${process.pid}-${++counter}`;

function must<T>(result: { data?: T | null; errors?: unknown }, what: string): T {
  if (!result.data || result.errors) throw new Error(`${what} failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export async function makeCommunity(app: TestApp, name = unique('社区'), subdistrict = '蒲圻办事处'): Promise<{ id: string; name: string }> {
  const r = await app.admin.gql('mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id name } }', { i: { name, subdistrict } });
  return must(r, 'createCommunity').createCommunity;
}

export async function makeUnit(app: TestApp, name = unique('单位'), kind = 'GOVERNMENT'): Promise<{ id: string; name: string }> {
  const r = await app.admin.gql('mutation($i: CreatePartnerUnitInput!) { createPartnerUnit(input: $i) { id name } }', { i: { name, kind } });
  return must(r, 'createPartnerUnit').createPartnerUnit;
}

export async function makeUser(app: TestApp, roles: Role[], attach: { communityId?: string; unitId?: string } = {}): Promise<{ id: string; username: string }> {
  const username = unique('u').toLowerCase();
  const r = await app.admin.gql('mutation($i: CreateUserInput!) { createUser(input: $i) { id username } }', {
    i: { username, displayName: `测试用户${counter}`, password: PASSWORD, roles, ...attach },
  });
  return must(r, 'createUser').createUser;
}

/** A user with those roles, signed in. */
export async function actAs(app: TestApp, roles: Role[], attach: { communityId?: string; unitId?: string } = {}) {
  const user = await makeUser(app, roles, attach);
  return { user, caller: await app.signIn(user.username) };
}
