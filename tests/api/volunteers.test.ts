import { codeOf, startTestApp, type TestApp } from '../support/app';
import { actAs, communityWithSecretary, makeCommunity } from '../support/factories';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const REGISTER = 'mutation($i: RegisterVolunteerInput!) { registerVolunteer(input: $i) { id skills community { name } } }';
const CREATE_TASK = 'mutation($i: CreateTaskInput!) { createTask(input: $i) { id status capacity signupCount } }';
const SIGN_UP = 'mutation($t: ID!) { signUpForTask(taskId: $t) { id status } }';
const TASKS = 'query($c: ID) { tasks(communityId: $c) { id status signupCount capacity } }';

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

async function volunteer(input: Record<string, unknown> = { skills: [] }) {
  const { user, caller } = await actAs(app, ['GRID_WORKER' as never], { communityId: (await makeCommunity(app)).id });
  const registered = await caller.gql(REGISTER, { i: input });
  if (registered.errors) throw new Error(JSON.stringify(registered.errors));
  // The VOLUNTEER role is read from the account on every request.
  return { user, caller, id: registered.data?.registerVolunteer.id as string };
}

describe('volunteers and tasks', () => {
  it('a resident registers as a volunteer and gains the role', async () => {
    const { caller } = await actAs(app, ['GRID_WORKER' as never], { communityId: (await makeCommunity(app, '六米桥社区')).id });
    const r = await caller.gql(REGISTER, { i: { skills: [' 理发 ', '电工', '理发'], availability: ['TUE_PM'] } });
    expect(r.data?.registerVolunteer).toMatchObject({ skills: ['理发', '电工'], community: { name: '六米桥社区' } });
    expect((await caller.gql('{ me { roles } }')).data?.me.roles).toContain('VOLUNTEER');
    expect(codeOf(await caller.gql(REGISTER, { i: { skills: [], availability: ['NOON'] } }))).toBe('BAD_USER_INPUT');
  });

  it('12 volunteers sign up at once for 5 places: exactly 5 get one', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const task = (await secretary.gql(CREATE_TASK, { i: { communityId: community.id, title: '益家亲敲门服务', startsAt: inHours(24), endsAt: inHours(26), capacity: 5 } })).data
      ?.createTask;
    const crowd = await Promise.all(Array.from({ length: 12 }, () => volunteer()));
    const results = await Promise.all(crowd.map((v) => v.caller.gql(SIGN_UP, { t: task.id })));
    expect(results.filter((r) => !r.errors)).toHaveLength(5);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(7);
    const after = (await secretary.gql(TASKS, { c: community.id })).data?.tasks[0];
    expect(after).toMatchObject({ status: 'FULL', signupCount: 5 });
  });

  it('a withdrawal promotes the first in the waiting line; with nobody waiting the task reopens', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const task = (await secretary.gql(CREATE_TASK, { i: { communityId: community.id, title: '理发服务', startsAt: inHours(48), endsAt: inHours(49), capacity: 1 } })).data
      ?.createTask;
    const [a, b, c] = await Promise.all([volunteer(), volunteer(), volunteer()]);
    expect((await a.caller.gql(SIGN_UP, { t: task.id })).errors).toBeUndefined();
    expect(codeOf(await b.caller.gql(SIGN_UP, { t: task.id }))).toBe('CONFLICT');
    expect(codeOf(await a.caller.gql(SIGN_UP, { t: task.id }))).toBe('CONFLICT');
    const waiting = await b.caller.gql('mutation($t: ID!) { joinTaskWaitlist(taskId: $t) { status } }', { t: task.id });
    expect(waiting.data?.joinTaskWaitlist.status).toBe('WAITLISTED');
    await c.caller.gql('mutation($t: ID!) { joinTaskWaitlist(taskId: $t) { status } }', { t: task.id });
    expect((await a.caller.gql('mutation($t: ID!) { withdrawFromTask(taskId: $t) }', { t: task.id })).data?.withdrawFromTask).toBe(true);
    expect((await secretary.gql(TASKS, { c: community.id })).data?.tasks[0]).toMatchObject({ status: 'FULL', signupCount: 1 });
    // b was first in line: b now holds the place; b leaving promotes c.
    await b.caller.gql('mutation($t: ID!) { withdrawFromTask(taskId: $t) }', { t: task.id });
    expect((await secretary.gql(TASKS, { c: community.id })).data?.tasks[0]).toMatchObject({ status: 'FULL', signupCount: 1 });
    await c.caller.gql('mutation($t: ID!) { withdrawFromTask(taskId: $t) }', { t: task.id });
    expect((await secretary.gql(TASKS, { c: community.id })).data?.tasks[0]).toMatchObject({ status: 'OPEN', signupCount: 0 });
    expect(codeOf(await a.caller.gql('mutation($t: ID!) { withdrawFromTask(taskId: $t) }', { t: task.id }))).toBe('CONFLICT');
  });

  it("refuses bad input and others' communities; only volunteers sign up", async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const base = { communityId: community.id, title: '任务', startsAt: inHours(5), endsAt: inHours(6), capacity: 3 };
    expect(codeOf(await secretary.gql(CREATE_TASK, { i: { ...base, endsAt: inHours(4) } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await secretary.gql(CREATE_TASK, { i: { ...base, capacity: 0 } }))).toBe('BAD_USER_INPUT');
    const other = await communityWithSecretary(app);
    expect(codeOf(await other.secretary.gql(CREATE_TASK, { i: base }))).toBe('FORBIDDEN');
    const task = (await secretary.gql(CREATE_TASK, { i: base })).data?.createTask;
    expect(codeOf(await secretary.gql(SIGN_UP, { t: task.id }))).toBe('FORBIDDEN');
    expect(codeOf(await other.secretary.gql('query($t: ID!) { volunteerMatches(taskId: $t) { score } }', { t: task.id }))).toBe('FORBIDDEN');
  });
});

describe('matching volunteers to a task', () => {
  it('puts the electrician from the same grid first, explains why, and leaves out who cannot come', async () => {
    const { community, secretary } = await communityWithSecretary(app, '翠泉社区');
    const grid = (await secretary.gql('mutation($i: CreateGridInput!) { createGrid(input: $i) { id } }', { i: { communityId: community.id, name: '翠泉花苑小区' } })).data
      ?.createGrid.id;
    const elsewhere = await makeCommunity(app);
    // Tuesday 14:00–16:00 China time, a week ahead.
    const start = new Date();
    start.setUTCDate(start.getUTCDate() + ((2 - start.getUTCDay() + 7) % 7) + 7);
    start.setUTCHours(6, 0, 0, 0);
    const end = new Date(start.getTime() + 2 * 3_600_000);
    const task = (
      await secretary.gql(CREATE_TASK, {
        i: { communityId: community.id, gridId: grid, title: '楼道电线检修', requiredSkills: ['电工'], startsAt: start.toISOString(), endsAt: end.toISOString(), capacity: 3 },
      })
    ).data?.createTask;

    const best = await volunteer({ skills: ['电工', '理发'], communityId: community.id, gridId: grid, availability: ['TUE_PM'] });
    const far = await volunteer({ skills: ['电工'], communityId: elsewhere.id });
    const near = await volunteer({ skills: ['理发'], communityId: community.id });
    const busy = await volunteer({ skills: ['电工'], communityId: community.id, availability: ['SAT_AM'] });
    const signed = await volunteer({ skills: ['电工'], communityId: community.id });
    await signed.caller.gql(SIGN_UP, { t: task.id });
    const clash = await volunteer({ skills: ['电工'], communityId: community.id, gridId: grid });
    const other = (
      await secretary.gql(CREATE_TASK, {
        i: {
          communityId: community.id,
          title: '同时段任务',
          startsAt: new Date(start.getTime() + 3_600_000).toISOString(),
          endsAt: new Date(end.getTime() + 3_600_000).toISOString(),
          capacity: 1,
        },
      })
    ).data?.createTask;
    await clash.caller.gql(SIGN_UP, { t: other.id });

    const r = await secretary.gql('query($t: ID!) { volunteerMatches(taskId: $t, first: 10) { score reasons volunteer { id } } }', { t: task.id });
    const ids = r.data?.volunteerMatches.map((m: any) => m.volunteer.id);
    // Volunteers from other stories in this database may rank in between; these three keep their order.
    expect(ids[0]).toBe(best.id);
    expect(ids.filter((id: string) => [best.id, far.id, near.id].includes(id))).toEqual([best.id, far.id, near.id]);
    for (const excluded of [busy.id, signed.id, clash.id]) expect(ids).not.toContain(excluded);
    const top = r.data?.volunteerMatches[0];
    expect(top.reasons).toEqual(['持有电工技能', '同一网格', '周二下午有空', '近30天服务 0 小时']);
    expect(top.score).toBeGreaterThan(r.data?.volunteerMatches[1].score);
    const english = await secretary.gql('query($t: ID!) { volunteerMatches(taskId: $t, first: 1) { reasons } }', { t: task.id }, { lang: 'en' });
    expect(english.data?.volunteerMatches[0].reasons).toEqual(['has 电工', 'same grid', 'free Tue afternoon', '0 h served in 30 days']);
  });
});

describe("a volunteer's own list", () => {
  it('shows their places and waiting-line spots, not what they left', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const one = (await secretary.gql(CREATE_TASK, { i: { communityId: community.id, title: '陪老人就医', startsAt: inHours(70), endsAt: inHours(72), capacity: 1 } })).data
      ?.createTask;
    const two = (await secretary.gql(CREATE_TASK, { i: { communityId: community.id, title: '送菜上门', startsAt: inHours(80), endsAt: inHours(81), capacity: 2 } })).data
      ?.createTask;
    const v = await volunteer({ skills: ['驾驶'] });
    await v.caller.gql(SIGN_UP, { t: one.id });
    await v.caller.gql(SIGN_UP, { t: two.id });
    await v.caller.gql('mutation($t: ID!) { withdrawFromTask(taskId: $t) }', { t: two.id });
    const mine = await v.caller.gql('{ mySignups { status task { title } } }');
    expect(mine.data?.mySignups).toEqual([{ status: 'CONFIRMED', task: { title: '陪老人就医' } }]);
  });
});

describe('service hours (志愿服务时长)', () => {
  it('the patrol team’s captain confirms a member’s hours from their own list; a captain of another team may not', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const task = (await secretary.gql(CREATE_TASK, { i: { communityId: community.id, title: '夜间巡查', startsAt: inHours(-1), endsAt: inHours(2), capacity: 2 } })).data
      ?.createTask;
    const captain = await volunteer({ skills: ['巡查'], communityId: community.id });
    const member = await volunteer({ skills: ['巡查'], communityId: community.id });
    const otherCaptain = await volunteer({ skills: ['巡查'], communityId: community.id });
    await secretary.gql('mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', {
      i: { communityId: community.id, name: '街巷巡查组', kind: 'STREET_PATROL', captainId: captain.id, memberIds: [member.id] },
    });
    await secretary.gql('mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', {
      i: { communityId: community.id, name: '文艺队', kind: 'SERVICE', captainId: otherCaptain.id },
    });
    const signup = (await member.caller.gql(SIGN_UP, { t: task.id })).data?.signUpForTask.id;
    await member.caller.gql('mutation($t: ID!) { checkInToTask(taskId: $t) { id } }', { t: task.id });
    await member.caller.gql('mutation($t: ID!) { checkOutOfTask(taskId: $t) { id } }', { t: task.id });

    expect((await captain.caller.gql('{ hoursToConfirm { id } }')).data?.hoursToConfirm).toEqual([{ id: signup }]);
    expect((await otherCaptain.caller.gql('{ hoursToConfirm { id } }')).data?.hoursToConfirm).toEqual([]);
    expect(codeOf(await otherCaptain.caller.gql('mutation($s: ID!) { confirmServiceHours(signupId: $s, hours: 2) { id } }', { s: signup }))).toBe('FORBIDDEN');
    const confirmed = await captain.caller.gql('mutation($s: ID!) { confirmServiceHours(signupId: $s, hours: 2) { confirmedHours } }', { s: signup });
    expect(confirmed.data?.confirmServiceHours.confirmedHours).toBe(2);
    expect((await member.caller.gql('{ myServiceHours { totalHours } }')).data?.myServiceHours.totalHours).toBe(2);
  });

  it('a volunteer checks in and out; the secretary confirms; the hours count for them, their community and their team', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const task = (await secretary.gql(CREATE_TASK, { i: { communityId: community.id, title: '街巷巡查', startsAt: inHours(-1), endsAt: inHours(2), capacity: 2 } })).data
      ?.createTask;
    const v = await volunteer({ skills: ['巡查'], communityId: community.id });
    await secretary.gql('mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', {
      i: { communityId: community.id, name: '街巷巡查组', kind: 'STREET_PATROL', memberIds: [v.id] },
    });
    const signup = (await v.caller.gql(SIGN_UP, { t: task.id })).data?.signUpForTask.id;
    expect(codeOf(await v.caller.gql('mutation($t: ID!) { checkOutOfTask(taskId: $t) { id } }', { t: task.id }))).toBe('CONFLICT');
    expect((await v.caller.gql('mutation($t: ID!) { checkInToTask(taskId: $t) { checkedInAt } }', { t: task.id })).data?.checkInToTask.checkedInAt).toBeTruthy();
    expect(codeOf(await v.caller.gql('mutation($t: ID!) { checkInToTask(taskId: $t) { id } }', { t: task.id }))).toBe('CONFLICT');
    await v.caller.gql('mutation($t: ID!) { checkOutOfTask(taskId: $t) { checkedOutAt } }', { t: task.id });
    expect(codeOf(await v.caller.gql('mutation($s: ID!) { confirmServiceHours(signupId: $s, hours: 3) { id } }', { s: signup }))).toBe('FORBIDDEN');
    const stranger = await volunteer({ skills: [] });
    expect(codeOf(await stranger.caller.gql('mutation($s: ID!) { confirmServiceHours(signupId: $s, hours: 3) { id } }', { s: signup }))).toBe('FORBIDDEN');
    expect(codeOf(await secretary.gql('mutation($s: ID!) { confirmServiceHours(signupId: $s, hours: 30) { id } }', { s: signup }))).toBe('BAD_USER_INPUT');
    expect(
      (await secretary.gql('mutation($s: ID!) { confirmServiceHours(signupId: $s, hours: 2.5) { confirmedHours } }', { s: signup })).data?.confirmServiceHours.confirmedHours,
    ).toBe(2.5);
    expect((await v.caller.gql('{ myServiceHours { totalHours records { confirmedHours task { title } } } }')).data?.myServiceHours).toEqual({
      totalHours: 2.5,
      records: [{ confirmedHours: 2.5, task: { title: '街巷巡查' } }],
    });
    const window = { f: inHours(-48), t: inHours(48) };
    const byCommunity = (await secretary.gql('query($f: DateTime!, $t: DateTime!) { serviceHoursByCommunity(from: $f, to: $t) { community { id } hours volunteers } }', window))
      .data?.serviceHoursByCommunity;
    expect(byCommunity).toContainEqual({ community: { id: community.id }, hours: 2.5, volunteers: 1 });
    const byTeam = (await secretary.gql('query($f: DateTime!, $t: DateTime!) { serviceHoursByTeam(from: $f, to: $t) { team { name } hours } }', window)).data?.serviceHoursByTeam;
    expect(byTeam).toContainEqual({ team: { name: '街巷巡查组' }, hours: 2.5 });
  });
});

describe('inviting matched volunteers', () => {
  it("the secretary invites a matched volunteer once; the invitation shows in the volunteer's app; the desk sees places and the line", async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const task = (
      await secretary.gql(CREATE_TASK, {
        i: { communityId: community.id, title: '消防应急演练志愿者', requiredSkills: ['消防'], startsAt: inHours(100), endsAt: inHours(102), capacity: 1 },
      })
    ).data?.createTask;
    const v = await volunteer({ skills: ['消防'], communityId: community.id });
    const w = await volunteer({ skills: ['消防'], communityId: community.id });
    const listed = (await secretary.gql('query($c: ID!) { volunteers(communityId: $c) { id } }', { c: community.id })).data?.volunteers.map((x: any) => x.id);
    expect(listed).toEqual(expect.arrayContaining([v.id, w.id]));
    expect((await secretary.gql('mutation($t: ID!, $v: ID!) { inviteVolunteer(taskId: $t, volunteerId: $v) { id } }', { t: task.id, v: v.id })).errors).toBeUndefined();
    expect(codeOf(await secretary.gql('mutation($t: ID!, $v: ID!) { inviteVolunteer(taskId: $t, volunteerId: $v) { id } }', { t: task.id, v: v.id }))).toBe('CONFLICT');
    expect((await v.caller.gql('{ myInvitations { task { title } } }')).data?.myInvitations).toEqual([{ task: { title: '消防应急演练志愿者' } }]);
    await v.caller.gql(SIGN_UP, { t: task.id });
    await w.caller.gql('mutation($t: ID!) { joinTaskWaitlist(taskId: $t) { id } }', { t: task.id });
    const desk = await secretary.gql('query($c: ID) { tasks(communityId: $c) { title signups { status volunteer { id } } } }', { c: community.id });
    expect(desk.data?.tasks.find((x: any) => x.title === '消防应急演练志愿者').signups.map((s: any) => s.status)).toEqual(['CONFIRMED', 'WAITLISTED']);
    const peek = await v.caller.gql('query($c: ID) { tasks(communityId: $c) { signups { id } } }', { c: community.id });
    expect(peek.data?.tasks.every((x: any) => x.signups.length === 0)).toBe(true);
  });
});

describe('news for a volunteer', () => {
  it('the first in the waiting line hears at once that they got the place', async () => {
    const { createClient } = await import('graphql-ws');
    const WebSocket = (await import('ws')).default;
    const { community, secretary } = await communityWithSecretary(app);
    const task = (await secretary.gql(CREATE_TASK, { i: { communityId: community.id, title: '陪同就医', startsAt: inHours(120), endsAt: inHours(121), capacity: 1 } })).data
      ?.createTask;
    const [a, b] = await Promise.all([volunteer(), volunteer()]);
    await a.caller.gql(SIGN_UP, { t: task.id });
    await b.caller.gql('mutation($t: ID!) { joinTaskWaitlist(taskId: $t) { id } }', { t: task.id });
    const client = createClient({
      url: `${app.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${b.caller.token}` },
      retryAttempts: 0,
    });
    const heard = new Promise<any>((resolve, reject) => {
      client.subscribe(
        { query: 'subscription { volunteerUpdates { action task { title } } }' },
        { next: (m) => resolve(m.data?.volunteerUpdates), error: reject, complete: () => undefined },
      );
      setTimeout(() => reject(new Error('nothing heard')), 4000);
    });
    await new Promise((r) => setTimeout(r, 300));
    await a.caller.gql('mutation($t: ID!) { withdrawFromTask(taskId: $t) }', { t: task.id });
    expect(await heard).toEqual({ action: 'PROMOTED', task: { title: '陪同就医' } });
    await client.dispose();
  });
});
