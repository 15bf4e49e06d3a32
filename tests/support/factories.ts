import type { Role } from '../../api/src/shared/auth/role';
import { PASSWORD, type TestApp } from './app';

// Data is made through the API as the administrator, the way a user would make it.

let counter = 0;
const unique = (prefix: string) => `${prefix}${process.pid}-${++counter}`;

export function must<T>(result: { data?: T | null; errors?: unknown }, what: string): T {
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

/** A community with its secretary signed in, the way each joint-construction story starts. */
export async function communityWithSecretary(app: TestApp, name?: string) {
  const community = await makeCommunity(app, name);
  const { caller: secretary } = await actAs(app, ['COMMUNITY_SECRETARY' as Role], { communityId: community.id });
  return { community, secretary };
}

/** A partner unit with a representative signed in. */
export async function unitWithRep(app: TestApp, name?: string) {
  const unit = await makeUnit(app, name);
  const { caller: rep } = await actAs(app, ['UNIT_REP' as Role], { unitId: unit.id });
  return { unit, rep };
}

export const CREATE_NEED = 'mutation($i: CreateNeedInput!) { createNeed(input: $i) { id status maxClaimants } }';
export const PUBLISH_NEED = 'mutation($id: ID!) { publishNeed(id: $id) { id status } }';
export const CLAIM_NEED = 'mutation($id: ID!, $m: ID) { claimNeed(needId: $id, meetingId: $m) { id unit { id name } need { id status } } }';

/** A published need of the secretary's community. */
export async function publishedNeed(secretary: { gql: TestApp['admin']['gql'] }, communityId: string, title: string, maxClaimants = 1, category = 'INFRASTRUCTURE') {
  const created = await secretary.gql(CREATE_NEED, { i: { communityId, title, category, maxClaimants } });
  const id = must(created, 'createNeed').createNeed.id as string;
  must(await secretary.gql(PUBLISH_NEED, { id }), 'publishNeed');
  return id;
}

export const REPORT_CASE = 'mutation($i: ReportCaseInput!) { reportCase(input: $i) { id status reportedAt acceptDueAt } }';

/** The cast of the case workflow: a community with a grid worker, the command centre, a unit with its representative. */
export async function caseCast(app: TestApp, names: { community?: string; unit?: string } = {}) {
  const community = await makeCommunity(app, names.community);
  const { caller: gridWorker } = await actAs(app, ['GRID_WORKER' as Role], { communityId: community.id });
  const { caller: officer } = await actAs(app, ['COMMAND_CENTER' as Role]);
  const { unit, rep } = await unitWithRep(app, names.unit);
  return { community, gridWorker, officer, unit, rep };
}

export const REGISTER_VOLUNTEER = 'mutation($i: RegisterVolunteerInput!) { registerVolunteer(input: $i) { id } }';

/** A volunteer of the community who has registered their volunteer profile, signed in. */
export async function volunteerWithProfile(app: TestApp, communityId: string, skills: string[] = ['敲门']) {
  const { user, caller } = await actAs(app, ['VOLUNTEER' as Role], { communityId });
  const registered = await caller.gql<{ registerVolunteer: { id: string } }>(REGISTER_VOLUNTEER, { i: { skills, communityId } });
  return { user, caller, volunteer: must(registered, 'registerVolunteer').registerVolunteer };
}

/** A resident of the community (an account the administrator made at the counter), signed in; registerResident is told in residents.test.ts. */
export async function residentOf(app: TestApp, communityId: string) {
  const { user, caller } = await actAs(app, ['RESIDENT' as Role], { communityId });
  return { user, caller };
}
