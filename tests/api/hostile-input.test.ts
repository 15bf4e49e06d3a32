import { Role } from '../../api/src/shared/auth/role';
import { type Caller, codeOf, type GqlResult, LOGIN, post, startTestApp, type TestApp } from '../support/app';
import { actAs, CREATE_NEED, communityWithSecretary, must, REPORT_CASE } from '../support/factories';

// What people really paste and send — a NUL from a broken phone keyboard, half an emoji from a
// mangled document, 30 February from a date field typed by hand, a title nested in another input,
// a query or body far too large — gets a clear answer with a contract code, and nothing is stored.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const problemsOf = (r: GqlResult) => r.errors?.[0]?.extensions?.problems ?? [];
const caseCount = async () => (await app.admin.gql('{ cases(first: 100) { totalCount } }')).data?.cases.totalCount as number;

async function raw(path: string, init: RequestInit = {}) {
  const response = await fetch(`${app.url}${path}`, init);
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe('text that cannot be stored is refused with a clear message', () => {
  it('a grid worker pastes a title with a NUL from a broken phone keyboard: they get a clear message, nothing is stored', async () => {
    const { community } = await communityWithSecretary(app);
    const { caller: gridWorker } = await actAs(app, [Role.GRID_WORKER], { communityId: community.id });
    const before = await caseCount();
    const zh = await gridWorker.gql(REPORT_CASE, { i: { title: '井盖\u0000缺失', address: '六米桥' } });
    expect(codeOf(zh)).toBe('BAD_USER_INPUT');
    expect(zh.errors?.[0].message).toContain('标题含有无法保存的字符');
    const en = await gridWorker.gql(REPORT_CASE, { i: { title: 'Missing cover', description: 'by the gate\u0000' } }, { lang: 'en' });
    expect(problemsOf(en)).toEqual(['description contains a character that cannot be stored (a NUL, U+0000, or an unpaired surrogate); remove it and try again']);
    expect(await caseCount()).toBe(before);
  });

  it('a login name with a NUL is refused as input, not a server error, and the real sign-in still works', async () => {
    const nul = await post(app.url, { query: LOGIN, variables: { u: 'admin\u0000', p: 'whatever-1' } }, { 'accept-language': 'en' });
    expect(codeOf(nul)).toBe('BAD_USER_INPUT');
    expect(nul.errors?.[0].message).toContain('username contains a character that cannot be stored');
    expect(codeOf(await post(app.url, { query: LOGIN, variables: { u: 'admin', p: 'pass\u0000word' } }))).toBe('BAD_USER_INPUT');
    expect((await app.signIn('admin', 'admin-password-1')).token).toBeTruthy();
  });

  it('a secretary searches the need list with a NUL from the clipboard, typed in a variable or in the query itself: a clear message', async () => {
    const { secretary } = await communityWithSecretary(app);
    const search = await secretary.gql('query($s: String) { needs(filter: { search: $s }) { totalCount } }', { s: '路灯\u0000' });
    expect(codeOf(search)).toBe('BAD_USER_INPUT');
    expect(problemsOf(search)[0]).toContain('搜索词');
    const inline = await secretary.gql('{ needs(filter: { search: "路灯\\u0000" }) { totalCount } }');
    expect(codeOf(inline)).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.admin.gql('query($s: String) { users(filter: { search: $s }) { totalCount } }', { s: '\u0000' }))).toBe('BAD_USER_INPUT');
  });

  it('a name copied with half an emoji (a lone surrogate) is refused; the whole emoji and right-to-left text are kept as typed', async () => {
    const broken = await app.admin.gql('mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }', { i: { name: '六米桥\ud83d社区', subdistrict: '蒲圻办事处' } });
    expect(codeOf(broken)).toBe('BAD_USER_INPUT');
    expect(problemsOf(broken)).toEqual(['名称含有无法保存的字符（空字符 U+0000 或不成对的代理字符），请删除后重试']);
    const whole = await app.admin.gql('mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { name } }', {
      i: { name: '六米桥😀社区 \u202eمرحبا', subdistrict: '蒲圻办事处' },
    });
    expect(must(whole, 'createCommunity').createCommunity.name).toBe('六米桥😀社区 \u202eمرحبا');
    const names = (await app.admin.gql('{ communities { name } }')).data?.communities.map((c: { name: string }) => c.name);
    expect(names.filter((name: string) => name.startsWith('六米桥'))).toEqual(['六米桥😀社区 \u202eمرحبا']);
  });

  it('a plain note argument with a NUL (raising a yellow ribbon) is refused like an input field', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const household = await secretary.gql('mutation($i: HouseholdInput!) { addHousehold(input: $i) { id } }', {
      i: { communityId: community.id, residents: '黎逢保夫妇', address: '翠泉花苑 3 栋', consent: true },
    });
    const id = must(household, 'addHousehold').addHousehold.id;
    const ribbon = await secretary.gql('mutation($h: ID!, $n: String) { raiseYellowRibbon(householdId: $h, note: $n) { id } }', { h: id, n: '门口\u0000挂了黄丝带' });
    expect(codeOf(ribbon)).toBe('BAD_USER_INPUT');
    expect((await secretary.gql('{ yellowRibbons { id } }')).data?.yellowRibbons).toEqual([]);
  });
});

describe('dates are real calendar days and instants', () => {
  async function household() {
    const { community, secretary } = await communityWithSecretary(app);
    const { user: volunteer, caller } = await actAs(app, [Role.VOLUNTEER], { communityId: community.id });
    const profile = must(await caller.gql<{ registerVolunteer: { id: string } }>('mutation { registerVolunteer(input: { skills: ["敲门"] }) { id } }'), 'registerVolunteer')
      .registerVolunteer.id;
    const team = await secretary.gql('mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', {
      i: { communityId: community.id, name: '益家亲敲门组', kind: 'DOOR_KNOCKING', captainId: profile, memberIds: [profile] },
    });
    const teamId = must(team, 'createTeam').createTeam.id;
    const added = await secretary.gql('mutation($i: HouseholdInput!) { addHousehold(input: $i) { id } }', {
      i: { communityId: community.id, residents: '黎逢保夫妇', address: '翠泉花苑 3 栋', consent: true, teamId },
    });
    return { community, secretary, volunteer, caller, teamId, householdId: must(added, 'addHousehold').addHousehold.id as string };
  }
  const visits = async (c: { secretary: Caller; householdId: string }) =>
    (await c.secretary.gql('query($id: ID!) { household(id: $id) { visits { id } schedules { id } } }', { id: c.householdId })).data?.household;

  it('a secretary types 2026-02-30 as a schedule start, and a volunteer records a visit for 30 February: told it is not a real day, nothing stored', async () => {
    const c = await household();
    const start = await c.secretary.gql('mutation($i: VisitScheduleInput!) { scheduleVisits(input: $i) { id } }', {
      i: { householdId: c.householdId, teamId: c.teamId, frequency: 'DAILY', startsOn: '2026-02-30' },
    });
    expect(problemsOf(start)).toEqual(['开始日期须为日历上真实存在的日期（YYYY-MM-DD）']);
    const schedule = await c.secretary.gql('mutation($i: VisitScheduleInput!) { scheduleVisits(input: $i) { id } }', {
      i: { householdId: c.householdId, teamId: c.teamId, frequency: 'DAILY', startsOn: '2026-01-01' },
    });
    const scheduleId = must(schedule, 'scheduleVisits').scheduleVisits.id;
    const visit = await c.caller.gql(
      'mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }',
      { i: { householdId: c.householdId, scheduleId, dueOn: '2026-02-30' } },
      { lang: 'en' },
    );
    expect(problemsOf(visit)).toEqual(['visit day must be a real calendar date (YYYY-MM-DD)']);
    expect(await visits(c)).toEqual({ visits: [], schedules: [{ id: scheduleId }] });
    const calendar = await c.secretary.gql('query($id: ID!) { household(id: $id) { schedules { days(from: "2026-02-01", to: "2026-02-30") { date } } } }', { id: c.householdId });
    expect(codeOf(calendar)).toBe('BAD_USER_INPUT');
  });

  it('a meeting set for year 0000 by a blank date picker is refused as input, not a server error', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const meeting = await secretary.gql('mutation($i: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $i) { id } }', {
      i: { communityId: community.id, title: '联席会', heldAt: '0000-01-01T00:00:00Z' },
    });
    expect(codeOf(meeting)).toBe('BAD_USER_INPUT');
    expect(meeting.errors?.[0].message).toContain('0001–9999');
    expect((await secretary.gql('query($c: ID) { jointMeetings(communityId: $c) { id } }', { c: community.id })).data?.jointMeetings).toEqual([]);
  });
});

describe('nested inputs keep their top-level bounds', () => {
  it('a volunteer raises a need and a case from a visit with an empty and a 201-character title: the same message as createNeed and reportCase, and nothing is stored', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const { caller: volunteer } = await actAs(app, [Role.VOLUNTEER], { communityId: community.id });
    const added = await secretary.gql('mutation($i: HouseholdInput!) { addHousehold(input: $i) { id } }', {
      i: { communityId: community.id, residents: '黎逢保夫妇', address: '翠泉花苑 3 栋', consent: true },
    });
    const householdId = must(added, 'addHousehold').addHousehold.id;
    const long = '长'.repeat(201);
    const asNeed = await secretary.gql('mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }', {
      i: { householdId, concerns: '屋顶漏水', raiseNeed: { title: '  ' } },
    });
    const direct = await secretary.gql(CREATE_NEED, { i: { communityId: community.id, title: '  ', category: 'ELDERLY_CARE' } });
    expect(codeOf(asNeed)).toBe('BAD_USER_INPUT');
    expect(problemsOf(asNeed)).toEqual(problemsOf(direct));
    const asCase = await secretary.gql('mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }', { i: { householdId, raiseCase: { title: long } } });
    const reported = await volunteer.gql(REPORT_CASE, { i: { title: long } });
    expect(codeOf(asCase)).toBe('BAD_USER_INPUT');
    expect(problemsOf(asCase)).toEqual(problemsOf(reported));
    const visits = await secretary.gql('query($id: ID!) { household(id: $id) { visits { id } } }', { id: householdId });
    expect(visits.data?.household.visits).toEqual([]);
    expect((await secretary.gql('query($c: ID) { needs(filter: { communityId: $c }) { totalCount } }', { c: community.id })).data?.needs.totalCount).toBe(0);
  });

  it("a grid worker's phone sends a latitude without its longitude: told both are needed", async () => {
    const { community } = await communityWithSecretary(app);
    const { caller: gridWorker } = await actAs(app, [Role.GRID_WORKER], { communityId: community.id });
    const half = await gridWorker.gql(REPORT_CASE, { i: { title: '井盖缺失', latitude: 29.71 } }, { lang: 'en' });
    expect(problemsOf(half)).toEqual(['latitude must be given together with longitude']);
  });
});

describe('oversize and malformed requests get a 4xx in the API’s own shape', () => {
  const graphql = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) => raw('/graphql', { method: 'POST', headers, body });
  const refusal = (message: RegExp | string) => ({ errors: [{ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT' } }] });

  it('a query of 5,001 tokens is a 400 BAD_USER_INPUT; one of 5,000 still runs', async () => {
    // `{ cases(status: [ … ]) { totalCount } }` is 12 tokens and the statuses.
    const query = (statuses: number) => JSON.stringify({ query: `{ cases(status: [${Array(statuses).fill('REPORTED').join(' ')}]) { totalCount } }` });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${app.admin.token}`, 'accept-language': 'en' };
    expect(await graphql(query(4989), headers)).toEqual({ status: 400, body: refusal('The query is too long: at most 5000 tokens.') });
    const fits = await graphql(query(4988), headers);
    expect(fits).toEqual({ status: 200, body: { data: { cases: { totalCount: expect.any(Number) } } } });
  });

  it('a body over 1 MB is a 413, malformed JSON a 400 and a wrong content type a 415, each with BAD_USER_INPUT', async () => {
    expect(await graphql(JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(1_100_000) } }))).toEqual({ status: 413, body: refusal('请求内容过大') });
    expect(await graphql('{"query": "{ me { id } }"')).toEqual({ status: 400, body: refusal('不是有效的 JSON') });
    expect(await graphql('<query/>', { 'content-type': 'application/xml' })).toEqual({ status: 415, body: refusal('内容类型') });
  });

  it('JSON that is not one GraphQL request — a list, a number for the query, a string for the variables — is a 400 BAD_USER_INPUT', async () => {
    for (const body of ['[{"query": "{ me { id } }"}]', '{"query": 5}', '{"query": "{ me { id } }", "variables": "x"}', '"{ me { id } }"', '{}']) {
      expect(await graphql(body)).toEqual({ status: 400, body: refusal('GraphQL 请求须为 JSON 对象') });
    }
  });

  it('a query that does not parse is a 400, never a 500', async () => {
    const broken = await graphql(JSON.stringify({ query: '{ me { id }' }));
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('other routes answer { error: { code, message } }: an undecodable path, a NUL in a query string, malformed JSON', async () => {
    const auth = { authorization: `Bearer ${app.admin.token}` };
    expect(await raw('/api/photos/%ff', { headers: auth })).toEqual({ status: 400, body: { error: { code: 'BAD_USER_INPUT', message: '请求格式不正确。' } } });
    const nul = await raw('/api/exports/cases.xlsx?from=2026-01-01%00&to=2026-02-01', { headers: { ...auth, 'accept-language': 'en' } });
    expect(nul).toEqual({ status: 400, body: { error: { code: 'BAD_USER_INPUT', message: expect.stringContaining('NUL') } } });
    const json = await raw('/api/uploads', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{' });
    expect(json).toEqual({ status: 400, body: { error: { code: 'BAD_USER_INPUT', message: '请求内容不是有效的 JSON。' } } });
    // After all of that the server is healthy.
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect(must(await app.admin.gql<{ me: { username: string } }>('{ me { username } }'), 'me').me.username).toBe('admin');
  });
});
