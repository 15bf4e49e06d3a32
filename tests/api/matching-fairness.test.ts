import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/app';
import { actAs, communityWithSecretary, must } from '../support/factories';
import { type RefSignup, type RefTask, type RefVolunteer, referenceMatches } from '../support/match-reference';
import { insertSignups, insertTasks, insertVolunteers, nextWeek } from '../support/match-world';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const CREATE_TASK = 'mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }';
const MATCHES = 'query($t: ID!, $k: Int) { volunteerMatches(taskId: $t, first: $k) { score reasons volunteer { id } } }';
const DAY = 86_400_000;

/** A secretary's community with one grid, and a task there next Saturday, 09:00–11:00 China time. */
async function saturdayMorningTask(skill: string) {
  const { community, secretary } = await communityWithSecretary(app);
  const grid = must(
    await secretary.gql<any>('mutation($i: CreateGridInput!) { createGrid(input: $i) { id } }', { i: { communityId: community.id, name: '翠泉花苑' } }),
    'createGrid',
  ).createGrid.id as string;
  const startsAt = nextWeek(6, 9);
  const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
  const i = { communityId: community.id, gridId: grid, title: '楼道检修', requiredSkills: [skill], startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), capacity: 3 };
  const id = must(await secretary.gql<any>(CREATE_TASK, { i }), 'createTask').createTask.id as string;
  const task: RefTask = { id, communityId: community.id, gridId: grid, needId: null, requiredSkills: [skill], startsAt, endsAt, status: 'OPEN' };
  return { community, secretary, grid, task };
}

describe('matching stays fair when hundreds tie on skills and place', () => {
  it('1,500 electricians in one grid: the one with no hours this month, free on Saturday morning, is asked first', async () => {
    const { community, secretary, grid, task } = await saturdayMorningTask('电工');
    // Last month's patrols hold everyone's confirmed hours.
    const patrol: RefTask = { ...task, id: randomUUID(), startsAt: new Date(Date.now() - 20 * DAY), endsAt: new Date(Date.now() - 20 * DAY + 3_600_000), status: 'CLOSED' };
    await insertTasks(app, [patrol]);
    const registered = Date.now() - 700 * DAY;
    const colleagues: RefVolunteer[] = Array.from({ length: 1_499 }, (_, n) => ({
      id: randomUUID(),
      createdAt: new Date(registered + n * 60_000),
      active: true,
      communityId: community.id,
      gridId: grid,
      skills: ['电工'],
      // A third say they are free on Saturday mornings, one in seven only on Tuesday afternoons; the rest said nothing.
      availability: n % 3 === 0 ? ['SAT_AM'] : n % 7 === 0 ? ['TUE_PM'] : [],
    }));
    // Registered last, with the highest ID: an ID-ordered shortlist leaves them out.
    const fresh: RefVolunteer = { ...colleagues[0], id: 'ffffffff-ffff-4fff-bfff-ffffffffffff', createdAt: new Date(), availability: ['SAT_AM'] };
    const hours: RefSignup[] = colleagues.map((v, n) => ({
      taskId: patrol.id,
      volunteerId: v.id,
      status: 'CONFIRMED',
      checkedOutAt: new Date(Date.now() - (1 + (n % 25)) * DAY),
      confirmedHours: 0.5 + (n % 24) * 0.5,
    }));
    await insertVolunteers(app, [...colleagues, fresh]);
    await insertSignups(app, hours);

    const r = await secretary.gql<any>(MATCHES, { t: task.id, k: 5 });
    const top = must(r, 'volunteerMatches').volunteerMatches;
    expect(top[0]).toEqual({ score: 0.9, reasons: ['持有电工技能', '同一网格', '周六上午有空', '近30天服务 0 小时'], volunteer: { id: fresh.id } });
    // Then colleagues free that morning with half an hour this month, the earlier-registered first.
    const world = { volunteers: [...colleagues, fresh], tasks: [task, patrol], signups: hours };
    expect(top.map((m: any) => ({ id: m.volunteer.id, score: m.score, reasons: m.reasons }))).toEqual(referenceMatches(world, task, 5, new Date()));
    expect(top[1].reasons).toEqual(['持有电工技能', '同一网格', '周六上午有空', '近30天服务 0.5 小时']);
    const english = await secretary.gql<any>(MATCHES, { t: task.id, k: 1 }, { lang: 'en' });
    expect(english.data?.volunteerMatches[0].reasons).toEqual(['has 电工', 'same grid', 'free Sat morning', '0 h served in 30 days']);
  });

  it('hours count from the check-out the secretary confirms, and stop counting 30 days later', async () => {
    const { community, secretary, grid, task } = await saturdayMorningTask('水工');
    const register = async () => {
      const { caller } = await actAs(app, ['GRID_WORKER' as never], { communityId: community.id });
      const input = { skills: ['水工'], communityId: community.id, gridId: grid, availability: ['SAT_AM'] };
      return {
        caller,
        id: must(await caller.gql<any>('mutation($i: RegisterVolunteerInput!) { registerVolunteer(input: $i) { id } }', { i: input }), 'register').registerVolunteer.id,
      };
    };
    const first = await register();
    const second = await register();
    // 25 hours checked out 31 days ago no longer count: on a tie, the earlier registration goes first.
    const old: RefTask = { ...task, id: randomUUID(), startsAt: new Date(Date.now() - 32 * DAY), endsAt: new Date(Date.now() - 31 * DAY), status: 'CLOSED' };
    await insertTasks(app, [old]);
    await insertSignups(app, [{ taskId: old.id, volunteerId: first.id, status: 'CONFIRMED', checkedOutAt: new Date(Date.now() - 31 * DAY), confirmedHours: 25 }]);
    const ids = async () =>
      must(await secretary.gql<any>(MATCHES, { t: task.id, k: 2 }), 'volunteerMatches').volunteerMatches.map((m: any) => [m.volunteer.id, m.score, m.reasons.at(-1)]);
    expect(await ids()).toEqual([
      [first.id, 0.9, '近30天服务 0 小时'],
      [second.id, 0.9, '近30天服务 0 小时'],
    ]);

    // This morning's task: checked in and out, and the secretary confirms 2 hours.
    const today = {
      communityId: community.id,
      title: '管道抢修',
      requiredSkills: ['水工'],
      startsAt: new Date(Date.now() - 50 * 60_000).toISOString(),
      endsAt: new Date(Date.now() + 10 * 60_000).toISOString(),
      capacity: 1,
    };
    const repair = must(await secretary.gql<any>(CREATE_TASK, { i: today }), 'createTask').createTask.id;
    const signup = must(await first.caller.gql<any>('mutation($t: ID!) { signUpForTask(taskId: $t) { id } }', { t: repair }), 'signUp').signUpForTask.id;
    must(await first.caller.gql('mutation($t: ID!) { checkInToTask(taskId: $t) { id } }', { t: repair }), 'checkIn');
    must(await first.caller.gql('mutation($t: ID!) { checkOutOfTask(taskId: $t) { id } }', { t: repair }), 'checkOut');
    expect(await ids()).toEqual([
      [first.id, 0.9, '近30天服务 0 小时'],
      [second.id, 0.9, '近30天服务 0 小时'],
    ]);
    must(await secretary.gql('mutation($s: ID!) { confirmServiceHours(signupId: $s, hours: 2) { id } }', { s: signup }), 'confirm');
    expect(await ids()).toEqual([
      [second.id, 0.9, '近30天服务 0 小时'],
      [first.id, 0.88, '近30天服务 2 小时'],
    ]);
  });
});
