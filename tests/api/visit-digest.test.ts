import { addDays, chinaToday } from '../../api/src/modules/care/recurrence';
import { digestOverdueVisits } from '../../api/src/modules/notify/digest';
import { type Caller, startTestApp, type TestApp } from '../support/app';
import { actAs, communityWithSecretary, must } from '../support/factories';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const today = chinaToday();

async function volunteerIn(communityId: string) {
  const { user, caller } = await actAs(app, ['VOLUNTEER' as never], { communityId });
  const r = await caller.gql('mutation { registerVolunteer(input: { skills: ["敲门"] }) { id } }');
  return { userId: user.id, caller, id: must(r, 'registerVolunteer').registerVolunteer.id as string };
}

async function team(secretary: Caller, communityId: string, name: string, captainId: string, memberIds: string[] = []): Promise<string> {
  const r = await secretary.gql('mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', { i: { communityId, name, kind: 'DOOR_KNOCKING', captainId, memberIds } });
  return must(r, 'createTeam').createTeam.id;
}

/** A household visited by `teamId` every day since `daysAgo` days ago; answers its household and schedule ids. */
async function dailyVisits(secretary: Caller, communityId: string, teamId: string, residents: string, daysAgo: number) {
  const h = await secretary.gql('mutation($i: HouseholdInput!) { addHousehold(input: $i) { id } }', {
    i: { communityId, residents, address: `${residents}的家`, consent: true, teamId },
  });
  const householdId = must(h, 'addHousehold').addHousehold.id;
  const s = await secretary.gql('mutation($i: VisitScheduleInput!) { scheduleVisits(input: $i) { id } }', {
    i: { householdId, teamId, frequency: 'DAILY', startsOn: addDays(today, -daysAgo) },
  });
  return { householdId, scheduleId: must(s, 'scheduleVisits').scheduleVisits.id as string };
}

async function visit(caller: Caller, household: { householdId: string; scheduleId: string }, dueOn: string) {
  must(await caller.gql('mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }', { i: { ...household, dueOn } }), 'recordVisit');
}

interface Told {
  recipient_id: string;
  object_type: string;
  object_id: string;
  params: { count: number; team?: string };
  dedupe_key: string;
}

const told = () =>
  app.orm.em.fork().execute<Told[]>(`select recipient_id, object_type, object_id, params, dedupe_key from notification where kind = 'VISITS_OVERDUE' order by created_at, id`);

/** Runs the daily job the way the queue does: in one transaction of its own. */
const digest = (day: string) => app.orm.em.fork().transactional((tx) => digestOverdueVisits(tx, day));

describe('the daily digest of overdue visits', () => {
  it("tells each secretary their community's count and each captain only their own team's, once a day", async () => {
    // 翠泉社区: 戴 captains 益家亲敲门组; 黎 captains 邻里守望组 and also knocks with 益家亲; 周 captains a team but has left.
    const { community, secretary } = await communityWithSecretary(app);
    const [secretaryId] = (
      await app.orm.em.fork().execute<{ id: string }[]>('select id from app_user where community_id = ? and ? = any(roles)', [community.id, 'COMMUNITY_SECRETARY'])
    ).map((r) => r.id);
    const dai = await volunteerIn(community.id);
    const li = await volunteerIn(community.id);
    const zhou = await volunteerIn(community.id);
    const yijia = await team(secretary, community.id, '益家亲敲门组', dai.id, [li.id]);
    const linli = await team(secretary, community.id, '邻里守望组', li.id);
    const gone = await team(secretary, community.id, '周末敲门组', zhou.id);
    // 益家亲: two households, 3 + 2 days due before today, one visited: 4 overdue.
    const leBao = await dailyVisits(secretary, community.id, yijia, '黎逢保夫妇', 3);
    await dailyVisits(secretary, community.id, yijia, '陈阿婆', 2);
    await visit(dai.caller, leBao, addDays(today, -1));
    // 邻里守望: 4 days due before today, one visited: 3 overdue.
    const wang = await dailyVisits(secretary, community.id, linli, '王爹爹', 4);
    await visit(li.caller, wang, addDays(today, -4));
    // 周末敲门组: 1 overdue; its captain is no longer an active user.
    await dailyVisits(secretary, community.id, gone, '刘奶奶', 1);
    must(await app.admin.gql('mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }', { id: zhou.userId }), 'setUserActive');
    // Another community: its secretary and captain hear only of their own.
    const other = await communityWithSecretary(app);
    const [otherSecretaryId] = (
      await app.orm.em.fork().execute<{ id: string }[]>('select id from app_user where community_id = ? and ? = any(roles)', [other.community.id, 'COMMUNITY_SECRETARY'])
    ).map((r) => r.id);
    const hu = await volunteerIn(other.community.id);
    const huTeam = await team(other.secretary, other.community.id, '东门敲门组', hu.id);
    await dailyVisits(other.secretary, other.community.id, huTeam, '孙大爷', 1);

    const expectedOn = (day: string, counts: { sec: number; yijia: number; linli: number; otherSec: number; hu: number }) =>
      [
        { recipient_id: secretaryId, object_type: 'Community', object_id: community.id, params: { count: counts.sec }, dedupe_key: `visits:${day}` },
        { recipient_id: otherSecretaryId, object_type: 'Community', object_id: other.community.id, params: { count: counts.otherSec }, dedupe_key: `visits:${day}` },
        { recipient_id: dai.userId, object_type: 'Team', object_id: yijia, params: { count: counts.yijia, team: '益家亲敲门组' }, dedupe_key: `visits:${day}:team:${yijia}` },
        { recipient_id: li.userId, object_type: 'Team', object_id: linli, params: { count: counts.linli, team: '邻里守望组' }, dedupe_key: `visits:${day}:team:${linli}` },
        { recipient_id: hu.userId, object_type: 'Team', object_id: huTeam, params: { count: counts.hu, team: '东门敲门组' }, dedupe_key: `visits:${day}:team:${huTeam}` },
      ].sort((a, b) => a.dedupe_key.localeCompare(b.dedupe_key) || a.recipient_id.localeCompare(b.recipient_id));
    const byKey = (rows: Told[]) => [...rows].sort((a, b) => a.dedupe_key.localeCompare(b.dedupe_key) || a.recipient_id.localeCompare(b.recipient_id));

    expect(await digest(today)).toBe(5);
    // The secretary counts all three teams (4 + 3 + 1); 黎 hears of 邻里守望's 3, not of 益家亲's 4 he also knocks for; 周 hears nothing.
    expect(byKey(await told())).toEqual(expectedOn(today, { sec: 8, yijia: 4, linli: 3, otherSec: 1, hu: 1 }));

    // The bell reads it in the captain's words and opens the care page.
    const bell = await li.caller.gql('{ notifications { edges { node { kind text link } } } }');
    expect(bell.data?.notifications.edges.map((e: any) => e.node)).toEqual([{ kind: 'VISITS_OVERDUE', text: '您任队长的“邻里守望组”有 3 次敲门走访已逾期', link: '/care' }]);
    const english = await li.caller.gql('{ notifications { edges { node { text } } } }', {}, { lang: 'en' });
    expect(english.data?.notifications.edges[0].node.text).toBe('3 door-knocking visits of 邻里守望组, the team you captain, are overdue');

    // The same day again (a second run of the job, or a second process): nobody is told twice.
    expect(await digest(today)).toBe(0);
    expect(await told()).toHaveLength(5);

    // The next day each is told again, with today's visits now overdue as well.
    const tomorrow = addDays(today, 1);
    expect(await digest(tomorrow)).toBe(5);
    const all = await told();
    expect(all).toHaveLength(10);
    expect(byKey(all.filter((t) => t.dedupe_key.startsWith(`visits:${tomorrow}`)))).toEqual(expectedOn(tomorrow, { sec: 12, yijia: 6, linli: 4, otherSec: 2, hu: 2 }));
  });
});
