import { randomUUID } from 'node:crypto';
import { codeOf, startTestApp, type TestApp } from '../support/app';
import { actAs, communityWithSecretary } from '../support/factories';

// A phone in the field sends its queued writes again when the connection returns, perhaps twice
// at once (a second tab, a retry racing the first): one key, one row, the first answer each time.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const CREATE_TASK = 'mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }';
const SIGN_UP = 'mutation($t: ID!, $k: String) { signUpForTask(taskId: $t, idempotencyKey: $k) { id status } }';
const WAITLIST = 'mutation($t: ID!, $k: String) { joinTaskWaitlist(taskId: $t, idempotencyKey: $k) { id status } }';
const CHECK_IN = 'mutation($t: ID!, $k: String) { checkInToTask(taskId: $t, idempotencyKey: $k) { id checkedInAt } }';
const CHECK_OUT = 'mutation($t: ID!, $k: String) { checkOutOfTask(taskId: $t, idempotencyKey: $k) { id checkedOutAt } }';
const RECORD = 'mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }';
const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
const times = <T>(n: number, make: () => Promise<T>) => Promise.all(Array.from({ length: n }, make));

async function volunteerIn(communityId: string) {
  const { caller } = await actAs(app, ['VOLUNTEER' as never], { communityId });
  const r = await caller.gql('mutation { registerVolunteer(input: { skills: ["敲门"] }) { id } }');
  return { caller, id: r.data?.registerVolunteer.id as string };
}

async function rows(sql: string, params: unknown[]): Promise<number> {
  const [row] = await app.orm.em.fork().getConnection().execute(`select count(*)::int as n from ${sql}`, params);
  return row.n;
}

describe('retried writes from a phone’s outbox', () => {
  it('戴彩虹 signs up for 益家亲敲门服务 from a bad connection: six copies of one tap hold one place', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const task = (await secretary.gql(CREATE_TASK, { i: { communityId: community.id, title: '益家亲敲门服务', startsAt: inHours(0.5), endsAt: inHours(3), capacity: 2 } })).data
      ?.createTask;
    const dai = await volunteerIn(community.id);
    const key = randomUUID();
    const results = await times(6, () => dai.caller.gql(SIGN_UP, { t: task.id, k: key }));
    expect(results.map((r) => r.errors)).toEqual(Array(6).fill(undefined));
    expect(new Set(results.map((r) => r.data?.signUpForTask.id)).size).toBe(1);
    expect(await rows('task_signup where task_id = ?', [task.id])).toBe(1);
    const counted = await secretary.gql('query($c: ID) { tasks(communityId: $c) { signupCount } }', { c: community.id });
    expect(counted.data?.tasks[0].signupCount).toBe(1);
    // A new tap (a new key) is a new request: she already has the place.
    expect(codeOf(await dai.caller.gql(SIGN_UP, { t: task.id, k: randomUUID() }))).toBe('CONFLICT');
  });

  it('the task filled up while her sign-up waited on the phone: a clear CONFLICT in her language; the waiting line takes a key too', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const task = (await secretary.gql(CREATE_TASK, { i: { communityId: community.id, title: '理发服务', startsAt: inHours(24), endsAt: inHours(25), capacity: 1 } })).data
      ?.createTask;
    const [first, late] = await Promise.all([volunteerIn(community.id), volunteerIn(community.id)]);
    expect((await first.caller.gql(SIGN_UP, { t: task.id, k: randomUUID() })).errors).toBeUndefined();
    const refused = await late.caller.gql(SIGN_UP, { t: task.id, k: randomUUID() }, { lang: 'en' });
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toBe('This task is full; you can join the waiting line.');
    const key = randomUUID();
    const waiting = await times(4, () => late.caller.gql(WAITLIST, { t: task.id, k: key }));
    expect(new Set(waiting.map((r) => r.data?.joinTaskWaitlist.id)).size).toBe(1);
    expect(waiting[0].data?.joinTaskWaitlist.status).toBe('WAITLISTED');
    expect(await rows("task_signup where task_id = ? and status = 'WAITLISTED'", [task.id])).toBe(1);
  });

  it('check-in and check-out sent three times each at once record one time each; a different key still gets CONFLICT', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const task = (await secretary.gql(CREATE_TASK, { i: { communityId: community.id, title: '清洁家园', startsAt: inHours(0.5), endsAt: inHours(3), capacity: 5 } })).data
      ?.createTask;
    const v = await volunteerIn(community.id);
    expect((await v.caller.gql(SIGN_UP, { t: task.id, k: randomUUID() })).errors).toBeUndefined();
    const inKey = randomUUID();
    const ins = await times(3, () => v.caller.gql(CHECK_IN, { t: task.id, k: inKey }));
    expect(ins.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(new Set(ins.map((r) => r.data?.checkInToTask.checkedInAt)).size).toBe(1);
    expect(codeOf(await v.caller.gql(CHECK_IN, { t: task.id, k: randomUUID() }))).toBe('CONFLICT');
    expect(codeOf(await v.caller.gql(CHECK_IN, { t: task.id }))).toBe('CONFLICT');
    const outKey = randomUUID();
    const outs = await times(3, () => v.caller.gql(CHECK_OUT, { t: task.id, k: outKey }));
    expect(outs.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(new Set(outs.map((r) => r.data?.checkOutOfTask.checkedOutAt)).size).toBe(1);
    expect(codeOf(await v.caller.gql(CHECK_IN, { t: task.id, k: 'x'.repeat(101) }))).toBe('BAD_USER_INPUT');
  });

  it('a visit to 黎逢保 recorded offline and sent five times at once is one visit, and one raised need', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const dai = await volunteerIn(community.id);
    const team = await secretary.gql('mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', {
      i: { communityId: community.id, name: '益家亲敲门组', kind: 'DOOR_KNOCKING', captainId: dai.id },
    });
    const household = await secretary.gql('mutation($i: HouseholdInput!) { addHousehold(input: $i) { id } }', {
      i: { communityId: community.id, residents: '黎逢保夫妇', address: '翠泉花苑 3 栋', consent: true, teamId: team.data?.createTeam.id },
    });
    const householdId = household.data?.addHousehold.id;
    // Unscheduled visits have no per-day constraint: only the key keeps a retry from being a second visit.
    const input = { householdId, servicesDone: ['买菜'], concerns: '水管漏水', raiseNeed: { title: '黎逢保家水管维修' }, idempotencyKey: randomUUID() };
    const results = await times(5, () => dai.caller.gql(RECORD, { i: input }));
    expect(results.map((r) => r.errors)).toEqual(Array(5).fill(undefined));
    expect(new Set(results.map((r) => r.data?.recordVisit.id)).size).toBe(1);
    expect(await rows('care_visit where household_id = ?', [householdId])).toBe(1);
    expect(await rows("need where title = '黎逢保家水管维修'", [])).toBe(1);
    // Without a key each call is a visit of its own, as before.
    await dai.caller.gql(RECORD, { i: { householdId } });
    expect(await rows('care_visit where household_id = ?', [householdId])).toBe(2);
  });
});
