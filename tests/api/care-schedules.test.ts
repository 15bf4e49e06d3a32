import { migrationsList } from '../../api/migrations';
import { chinaToday } from '../../api/src/modules/care/recurrence';
import { codeOf, startTestApp, type TestApp } from '../support/app';
import { actAs, communityWithSecretary, must } from '../support/factories';
import { plusDays, weekdayOf } from '../support/schedule-reference';

// Issue 17: weekly schedules never fell due once read back from the database (weekdays came back as
// text), so each story here reads what it wrote in a later request, never from the one that wrote it.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const today = chinaToday();
const SCHEDULE = 'mutation($i: VisitScheduleInput!) { scheduleVisits(input: $i) { id rrule weekdays } }';
const CALENDAR = 'query($id: ID!, $f: String!, $t: String!) { household(id: $id) { schedules { rrule weekdays missedVisits days(from: $f, to: $t) { date visited } } } }';
const RECORD = 'mutation($i: RecordVisitInput!) { recordVisit(input: $i) { dueOn } }';
const DUE = '{ dueVisits { dueOn overdue household { residents } } }';

async function volunteerIn(on: TestApp, communityId: string) {
  const { caller } = await actAs(on, ['VOLUNTEER' as never], { communityId });
  const registered = await caller.gql('mutation { registerVolunteer(input: { skills: ["买菜"] }) { id } }');
  return { caller, id: must(registered, 'registerVolunteer').registerVolunteer.id as string };
}

/** 益家亲's captain 戴彩虹 and a member look after 黎逢保 and his wife, as the secretary set up. */
async function doorKnocking(residents = '黎逢保夫妇', on = app) {
  const { community, secretary } = await communityWithSecretary(on);
  const dai = await volunteerIn(on, community.id);
  const member = await volunteerIn(on, community.id);
  const team = await secretary.gql('mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', {
    i: { communityId: community.id, name: '益家亲敲门组', kind: 'DOOR_KNOCKING', captainId: dai.id, memberIds: [member.id] },
  });
  const teamId = must(team, 'createTeam').createTeam.id as string;
  const household = await secretary.gql('mutation($i: HouseholdInput!) { addHousehold(input: $i) { id } }', {
    i: { communityId: community.id, residents, address: '翠泉花苑 3 栋 2 单元 101', consent: true, teamId },
  });
  return { secretary, dai, member, teamId, householdId: must(household, 'addHousehold').addHousehold.id as string };
}

const dueOf = async (caller: { gql: TestApp['admin']['gql'] }, residents: string) =>
  must(await caller.gql<Record<string, any>>(DUE), 'dueVisits')
    .dueVisits.filter((d: any) => d.household.residents === residents)
    .map((d: any) => [d.dueOn, d.overdue]);

describe('door-knocking schedules fall due after they are saved (issue 17)', () => {
  it('every other week on Monday and Thursday from 2 March 2026: the calendar shows 2, 5, 16 and 19 March, and takes a visit on the 5th', async () => {
    const c = await doorKnocking();
    const created = await c.secretary.gql(SCHEDULE, {
      i: { householdId: c.householdId, teamId: c.teamId, frequency: 'WEEKLY', interval: 2, weekdays: [4, 1, 4], startsOn: '2026-03-02', services: ['买菜'] },
    });
    expect(must(created, 'scheduleVisits').scheduleVisits).toMatchObject({ rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH', weekdays: [1, 4] });
    const scheduleId = created.data?.scheduleVisits.id;

    const march = must(await c.member.caller.gql<Record<string, any>>(CALENDAR, { id: c.householdId, f: '2026-03-02', t: '2026-03-29' }), 'household').household.schedules[0];
    expect(march.rrule).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH');
    expect(march.days).toEqual(['2026-03-02', '2026-03-05', '2026-03-16', '2026-03-19'].map((date) => ({ date, visited: false })));

    expect(must(await c.dai.caller.gql<Record<string, any>>(RECORD, { i: { householdId: c.householdId, scheduleId, dueOn: '2026-03-05' } }), 'recordVisit').recordVisit).toEqual({
      dueOn: '2026-03-05',
    });
    // 9 March is a Monday of the week in between.
    expect(codeOf(await c.dai.caller.gql(RECORD, { i: { householdId: c.householdId, scheduleId, dueOn: '2026-03-09' } }))).toBe('BAD_USER_INPUT');
    const after = must(await c.secretary.gql<Record<string, any>>(CALENDAR, { id: c.householdId, f: '2026-03-01', t: '2026-03-08' }), 'household').household.schedules[0];
    expect(after.days).toEqual([
      { date: '2026-03-02', visited: false },
      { date: '2026-03-05', visited: true },
    ]);
  });

  it("running every other week since a fortnight ago, on today's weekday and one three days off: due today, a passed day overdue and missed, each visit clears its day", async () => {
    const c = await doorKnocking('蒋奶奶');
    const weekday = weekdayOf(today);
    // Both days in one Monday-to-Sunday week, as Monday and Thursday are.
    const other = weekday <= 4 ? weekday + 3 : weekday - 3;
    const start = plusDays(today, -14);
    // The pair's other day that has passed: three days after the start, or three days before today.
    const passed = weekday <= 4 ? plusDays(today, -11) : plusDays(today, -3);
    const created = await c.secretary.gql(SCHEDULE, {
      i: { householdId: c.householdId, teamId: c.teamId, frequency: 'WEEKLY', interval: 2, weekdays: [weekday, other], startsOn: start, services: ['买菜', '做家务'] },
    });
    const scheduleId = must(created, 'scheduleVisits').scheduleVisits.id;

    expect(await dueOf(c.member.caller, '蒋奶奶')).toEqual([
      [start, true],
      [passed, true],
      [today, false],
    ]);
    const missed = async () => must(await c.secretary.gql<Record<string, any>>(CALENDAR, { id: c.householdId, f: start, t: today }), 'household').household.schedules[0];
    expect((await missed()).missedVisits).toBe(2);

    await c.dai.caller.gql(RECORD, { i: { householdId: c.householdId, scheduleId, dueOn: passed } });
    expect((await missed()).missedVisits).toBe(1);
    expect(await dueOf(c.member.caller, '蒋奶奶')).toEqual([
      [start, true],
      [today, false],
    ]);

    expect(must(await c.member.caller.gql<Record<string, any>>(RECORD, { i: { householdId: c.householdId, scheduleId } }), 'recordVisit').recordVisit).toEqual({ dueOn: today });
    expect(await dueOf(c.dai.caller, '蒋奶奶')).toEqual([[start, true]]);
    const calendar = await missed();
    expect(calendar.missedVisits).toBe(1);
    expect(calendar.days).toEqual([
      { date: start, visited: false },
      { date: passed, visited: true },
      { date: today, visited: true },
    ]);
  });

  it('weekdays are kept as small whole numbers 1–7, in the database as at the door', async () => {
    const c = await doorKnocking('周爷爷');
    const schedule = (weekdays: number[], startsOn = '2026-03-02') =>
      c.secretary.gql(SCHEDULE, { i: { householdId: c.householdId, teamId: c.teamId, frequency: 'WEEKLY', weekdays, startsOn } });
    expect(codeOf(await schedule([8]))).toBe('BAD_USER_INPUT');
    expect(codeOf(await schedule([0, 1]))).toBe('BAD_USER_INPUT');
    expect(codeOf(await schedule([1], '2026-02-30'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await schedule([1], '1899-12-31'))).toBe('BAD_USER_INPUT');
    const id = must(await schedule([7, 3]), 'scheduleVisits').scheduleVisits.id;

    const connection = app.orm.em.getConnection();
    expect(await connection.execute('select pg_typeof(weekdays)::text as type, weekdays from visit_schedule where id = ?', [id])).toEqual([
      { type: 'smallint[]', weekdays: [3, 7] },
    ]);
    await expect(connection.execute(`update visit_schedule set weekdays = '{1,8}' where id = ?`, [id])).rejects.toThrow(/visit_schedule_weekdays_check/);
  });
});

describe('the migration to smallint[] (issue 17)', () => {
  it('a weekly schedule written as text before the change falls due on its days after it', async () => {
    const own = await startTestApp();
    try {
      const c = await doorKnocking('黎逢保夫妇', own);
      const name = migrationsList.map((m) => m.name).find((m) => m.endsWith('_weekdays_smallint')) as string;
      const migrator = own.orm.getMigrator();
      await migrator.down({ migrations: [name] });
      const connection = own.orm.em.getConnection();
      // What the old entity wrote: the weekdays as text.
      await connection.execute(
        `insert into visit_schedule (id, household_id, team_id, frequency, interval, weekdays, starts_on, services, created_at)
         values (gen_random_uuid(), ?, ?, 'WEEKLY', 2, '{1,4}'::text[], '2026-03-02', '{买菜}', now())`,
        [c.householdId, c.teamId],
      );
      await migrator.up({ migrations: [name] });

      const march = must(await c.member.caller.gql<Record<string, any>>(CALENDAR, { id: c.householdId, f: '2026-03-02', t: '2026-03-29' }), 'household').household.schedules[0];
      expect(march).toMatchObject({ weekdays: [1, 4], rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH' });
      expect(march.days.map((d: { date: string }) => d.date)).toEqual(['2026-03-02', '2026-03-05', '2026-03-16', '2026-03-19']);
    } finally {
      await own.close();
    }
  });
});
