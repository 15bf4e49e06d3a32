import { addDays, chinaToday } from '../../api/src/modules/care/recurrence';
import { codeOf, startTestApp, type TestApp } from '../support/app';
import { actAs, communityWithSecretary } from '../support/factories';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const today = chinaToday();

async function volunteerIn(communityId: string) {
  const { user, caller } = await actAs(app, ['VOLUNTEER' as never], { communityId });
  const r = await caller.gql('mutation { registerVolunteer(input: { skills: ["买菜"] }) { id } }');
  return { user, caller, id: r.data?.registerVolunteer.id as string };
}

async function doorKnocking() {
  const { community, secretary } = await communityWithSecretary(app);
  const dai = await volunteerIn(community.id);
  const member = await volunteerIn(community.id);
  const team = await secretary.gql('mutation($i: CreateTeamInput!) { createTeam(input: $i) { id kind captain { id } members { id } } }', {
    i: { communityId: community.id, name: '益家亲敲门组', kind: 'DOOR_KNOCKING', captainId: dai.id, memberIds: [member.id] },
  });
  const teamId = team.data?.createTeam.id;
  const household = await secretary.gql('mutation($i: HouseholdInput!) { addHousehold(input: $i) { id } }', {
    i: { communityId: community.id, residents: '黎逢保夫妇', address: '翠泉花苑 3 栋 2 单元 101', situation: '年近八旬，行动不便，子女在外务工', consent: true, teamId },
  });
  return { community, secretary, dai, member, teamId, householdId: household.data?.addHousehold.id as string };
}

describe('door-knocking (敲门) and care households', () => {
  it('the 益家亲 group visits 黎逢保 every day: today is due, missed days are overdue and counted, a visit clears the day', async () => {
    const c = await doorKnocking();
    const schedule = await c.secretary.gql('mutation($i: VisitScheduleInput!) { scheduleVisits(input: $i) { id rrule } }', {
      i: { householdId: c.householdId, teamId: c.teamId, frequency: 'DAILY', startsOn: addDays(today, -3), services: ['买菜', '做家务', '理发'] },
    });
    expect(schedule.data?.scheduleVisits.rrule).toBe('FREQ=DAILY;INTERVAL=1');
    const scheduleId = schedule.data?.scheduleVisits.id;
    const due = (await c.member.caller.gql('{ dueVisits { dueOn overdue household { residents } schedule { team { name } } } }')).data?.dueVisits;
    // The policy's team lookup must not leave a half-loaded team behind for the schedule to serve.
    expect(new Set(due.map((d: any) => `${d.household.residents} ${d.schedule.team.name}`))).toEqual(new Set(['黎逢保夫妇 益家亲敲门组']));
    expect(due.map((d: any) => [d.dueOn, d.overdue])).toEqual([
      [addDays(today, -3), true],
      [addDays(today, -2), true],
      [addDays(today, -1), true],
      [today, false],
    ]);
    const visit = await c.dai.caller.gql('mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id dueOn servicesDone visitor { id } } }', {
      i: { householdId: c.householdId, scheduleId, servicesDone: ['买菜', '做家务'] },
    });
    expect(visit.data?.recordVisit).toMatchObject({ dueOn: today, servicesDone: ['买菜', '做家务'] });
    const again = await c.member.caller.gql('mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }', { i: { householdId: c.householdId, scheduleId } });
    expect(codeOf(again)).toBe('CONFLICT');
    const after = (await c.member.caller.gql('{ dueVisits { dueOn } }')).data?.dueVisits.map((d: any) => d.dueOn);
    expect(after).not.toContain(today);
    const missed = await c.secretary.gql('query($id: ID!) { household(id: $id) { schedules { missedVisits } visits { servicesDone } } }', { id: c.householdId });
    expect(missed.data?.household.schedules[0].missedVisits).toBe(3);
    const calendar = await c.secretary.gql('query($id: ID!, $f: String!, $t: String!) { household(id: $id) { schedules { days(from: $f, to: $t) { date visited } } } }', {
      id: c.householdId,
      f: addDays(today, -5),
      t: addDays(today, 1),
    });
    expect(calendar.data?.household.schedules[0].days).toEqual([
      { date: addDays(today, -3), visited: false },
      { date: addDays(today, -2), visited: false },
      { date: addDays(today, -1), visited: false },
      { date: today, visited: true },
      { date: addDays(today, 1), visited: false },
    ]);
  });

  it('a weekly schedule refuses a visit recorded for a day it does not cover', async () => {
    const c = await doorKnocking();
    const off = addDays(today, 1);
    const weekday = ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const schedule = await c.secretary.gql('mutation($i: VisitScheduleInput!) { scheduleVisits(input: $i) { id } }', {
      i: { householdId: c.householdId, teamId: c.teamId, frequency: 'WEEKLY', weekdays: [weekday], startsOn: addDays(today, -14) },
    });
    const r = await c.dai.caller.gql('mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }', {
      i: { householdId: c.householdId, scheduleId: schedule.data?.scheduleVisits.id, dueOn: off },
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  it('households are hidden from other communities and from volunteers outside the team', async () => {
    const c = await doorKnocking();
    const other = await communityWithSecretary(app);
    const outsider = await volunteerIn(c.community.id);
    expect((await other.secretary.gql('query($id: ID!) { household(id: $id) { id } }', { id: c.householdId })).data?.household).toBeNull();
    expect((await outsider.caller.gql('{ households { id } }')).data?.households).toEqual([]);
    expect(codeOf(await outsider.caller.gql('mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }', { i: { householdId: c.householdId } }))).toBe('NOT_FOUND');
    expect((await c.member.caller.gql('{ households { residents } }')).data?.households).toEqual([{ residents: '黎逢保夫妇' }]);
    const { caller: unitRep } = await actAs(app, ['UNIT_REP' as never], {
      unitId: (await app.admin.gql('mutation { createPartnerUnit(input: { name: "某局", kind: GOVERNMENT }) { id } }')).data?.createPartnerUnit.id,
    });
    expect(codeOf(await unitRep.gql('{ households { id } }'))).toBe('FORBIDDEN');
  });

  it('a concern found on a visit becomes a draft need for the secretary and a reported case, in one step', async () => {
    const c = await doorKnocking();
    const r = await c.dai.caller.gql('mutation($i: RecordVisitInput!) { recordVisit(input: $i) { raisedNeedId raisedCaseId } }', {
      i: {
        householdId: c.householdId,
        concerns: '楼道灯坏了，老人夜里看不清',
        raiseNeed: { title: '楼道照明改造', needCategory: 'ELDERLY_CARE' },
        raiseCase: { title: '翠泉花苑 3 栋楼道灯不亮' },
      },
    });
    const { raisedNeedId, raisedCaseId } = r.data?.recordVisit ?? {};
    expect(raisedNeedId).toBeTruthy();
    const need = await c.secretary.gql('query($id: ID!) { need(id: $id) { status title description } }', { id: raisedNeedId });
    expect(need.data?.need).toEqual({ status: 'DRAFT', title: '楼道照明改造', description: '楼道灯坏了，老人夜里看不清' });
    const caseFile = await c.dai.caller.gql('query($id: ID!) { case(id: $id) { status title reporter { id } } }', { id: raisedCaseId });
    expect(caseFile.data?.case).toMatchObject({ status: 'REPORTED', reporter: { id: c.dai.user.id } });
  });
});

describe('yellow ribbons (黄丝带)', () => {
  it('a patrol volunteer sees a ribbon and raises it; one takes it, visits, resolves; the timeline says who did what', async () => {
    const c = await doorKnocking();
    const patrol = await volunteerIn(c.community.id);
    const helper = await volunteerIn(c.community.id);
    const raised = await patrol.caller.gql('mutation($h: ID!) { raiseYellowRibbon(householdId: $h, note: "门口挂了黄丝带") { id status } }', { h: c.householdId });
    const id = raised.data?.raiseYellowRibbon.id;
    const open = (await helper.caller.gql('{ yellowRibbons { id status ageHours household { address } } }')).data?.yellowRibbons;
    expect(open).toEqual([{ id, status: 'OPEN', ageHours: 0, household: { address: '翠泉花苑 3 栋 2 单元 101' } }]);
    expect((await helper.caller.gql('mutation($id: ID!) { assignYellowRibbon(id: $id) { status } }', { id })).data?.assignYellowRibbon.status).toBe('ASSIGNED');
    expect(codeOf(await patrol.caller.gql('mutation($id: ID!) { markYellowRibbonVisited(id: $id) { status } }', { id }))).toBe('FORBIDDEN');
    expect(codeOf(await patrol.caller.gql('mutation($id: ID!, $u: ID) { assignYellowRibbon(id: $id, userId: $u) { status } }', { id, u: patrol.user.id }))).toBe('FORBIDDEN');
    await helper.caller.gql('mutation($id: ID!) { markYellowRibbonVisited(id: $id, note: "老人腿疼，需要陪同就医") { status } }', { id });
    const resolved = await helper.caller.gql('mutation($id: ID!) { resolveYellowRibbon(id: $id, note: "已陪同就医") { status events { action actor { id } } } }', { id });
    expect(resolved.data?.resolveYellowRibbon.events.map((e: any) => e.action)).toEqual(['RAISED', 'ASSIGNED', 'VISITED', 'RESOLVED']);
    expect(codeOf(await c.secretary.gql('mutation($id: ID!) { resolveYellowRibbon(id: $id) { status } }', { id }))).toBe('CONFLICT');
    expect((await helper.caller.gql('{ yellowRibbons { id } }')).data?.yellowRibbons).toEqual([]);
    const elsewhere = await communityWithSecretary(app);
    const stranger = await volunteerIn(elsewhere.community.id);
    expect(codeOf(await stranger.caller.gql('mutation($id: ID!) { assignYellowRibbon(id: $id) { status } }', { id }))).toBe('NOT_FOUND');
  });
});
