import { Agreement } from '../../api/src/modules/joint/agreement.entity';
import { JointMeeting } from '../../api/src/modules/joint/meeting.entity';
import { Need } from '../../api/src/modules/joint/need.entity';
import { NeedClaim } from '../../api/src/modules/joint/need-claim.entity';
import { Resource } from '../../api/src/modules/joint/resource.entity';
import { Notification } from '../../api/src/modules/notify/notification.entity';
import { Community } from '../../api/src/modules/org/community.entity';
import { Grid } from '../../api/src/modules/org/grid.entity';
import { PartnerUnit } from '../../api/src/modules/org/partner-unit.entity';
import { User } from '../../api/src/modules/org/user.entity';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDatabaseEmpty, loadDemoData } from '../../seeds/demo';
import { ADMIN, startTestApp, type TestApp } from '../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const counts = async () => {
  const em = app.orm.em.fork();
  const counted = {
    communities: Community,
    grids: Grid,
    units: PartnerUnit,
    users: User,
    meetings: JointMeeting,
    agreements: Agreement,
    resources: Resource,
    needs: Need,
    claims: NeedClaim,
    notifications: Notification,
  };
  const out: Record<string, number> = {};
  for (const [name, entity] of Object.entries(counted)) out[name] = await em.count(entity as never);
  return out;
};

describe('the Chibi demo data', () => {
  it("carries the article's meetings: 8 agreements at 和尚岭, and 红旗桥's road, sewer and lights claimed by 6 units", async () => {
    expect(await isDatabaseEmpty(app.orm.em.fork())).toBe(true);
    await loadDemoData(app.orm.em.fork());
    const r = await app.admin.gql('{ communities { id name } }');
    const id = (name: string) => r.data?.communities.find((c: { name: string }) => c.name === name).id;
    const hsl = (await app.admin.gql('query($c: ID) { totals(communityId: $c) { agreements } }', { c: id('和尚岭社区') })).data?.totals;
    expect(hsl.agreements).toBe(8);
    const hqq = await app.admin.gql('query($c: ID) { needs(filter: { communityId: $c }) { edges { node { title status claims { unit { name } } } } } }', { c: id('红旗桥社区') });
    const needs = hqq.data?.needs.edges.map((e: any) => e.node);
    expect(needs.map((n: any) => n.title).sort()).toEqual(['下水道改造', '路灯安装', '道路硬化'].sort());
    expect(needs.every((n: any) => n.status === 'CLAIMED' && n.claims.length === 2)).toBe(true);
    expect(new Set(needs.flatMap((n: any) => n.claims.map((c: any) => c.unit.name))).size).toBe(6);
  });

  it("loads 蒲圻办事处's communities, their grids, the partner units and one account per role; twice changes nothing", async () => {
    await loadDemoData(app.orm.em.fork());
    const once = await counts();
    await loadDemoData(app.orm.em.fork());
    expect(await counts()).toEqual(once);
    expect(once.communities).toBeGreaterThanOrEqual(4);

    const r = await app.admin.gql('{ communities { name subdistrict grids { name } committee { personName position } } partnerUnits { name } }');
    const byName = Object.fromEntries(r.data?.communities.map((c: { name: string }) => [c.name, c]));
    expect(byName.和尚岭社区.subdistrict).toBe('蒲圻办事处');
    expect(byName.和尚岭社区.committee[0]).toEqual({ personName: '盛文军', position: 'FIRST_SECRETARY' });
    expect(byName.六米桥社区.grids.map((g: { name: string }) => g.name)).toContain('翠泉花苑小区');
    expect(r.data?.partnerUnits.map((u: { name: string }) => u.name)).toEqual(expect.arrayContaining(['市委办', '市委党校', '应急管理局', '水利和湖泊局']));
  });

  it("the command centre's third quarter reads as the article reports it: 7534, 7389, 6967, 94.29 %", async () => {
    const stats = (await app.admin.gql('{ caseStats(from: "2026-06-30T16:00:00Z", to: "2026-09-30T16:00:00Z") { reported filed closed disposalRate } }')).data?.caseStats;
    expect(stats).toMatchObject({ reported: 7534, filed: 7389, closed: 6967 });
    expect((stats.disposalRate * 100).toFixed(2)).toBe('94.29');
    const article = await app.admin.gql('{ cases(first: 100) { edges { node { title status events { action } } } } }');
    const north = article.data?.cases.edges.map((e: any) => e.node).find((c: any) => c.title === '赤壁市北渠附近出现少量垃圾');
    expect(north?.events.map((e: any) => e.action)).toEqual(['REPORTED', 'ACCEPTED', 'DISPATCHED', 'ACKNOWLEDGED', 'HANDLED', 'VERIFIED', 'CLOSED', 'FOLLOWED_UP']);
  });

  it("the quarter's follow-ups: 6896 of 6967 closures answered, 71 awaiting a call, 210 reworked; 响应率 69.01 %, 解决率 93.50 %, 满意率 90.20 %", async () => {
    const ranking = (
      await app.admin.gql(
        '{ unitRanking(from: "2026-06-30T16:00:00Z", to: "2026-09-30T16:00:00Z") { unit { name } scoreRank dispatched closed respondedOnTime followedUp pendingFollowUp solved partlySolved satisfied basicallySatisfied reworked score } }',
      )
    ).data?.unitRanking as Record<string, any>[];
    const sum = (key: string) => ranking.reduce((total, r) => total + r[key], 0);
    expect({ dispatched: sum('dispatched'), closed: sum('closed'), followedUp: sum('followedUp'), pending: sum('pendingFollowUp'), reworked: sum('reworked') }).toEqual({
      dispatched: 7389,
      closed: 6967,
      followedUp: 6896,
      pending: 71,
      reworked: 210,
    });
    const pct = (part: number, whole: number) => ((part / whole) * 100).toFixed(2);
    expect(pct(sum('respondedOnTime'), 7389)).toBe('69.01');
    expect(pct(sum('solved') + 0.5 * sum('partlySolved'), 6896)).toBe('93.50');
    expect(pct(sum('satisfied') + 0.5 * sum('basicallySatisfied'), 6896)).toBe('90.20');
    // By the score, 住房和城乡建设局 leads; by the disposal rate it is second.
    expect(ranking.map((r) => [r.unit.name, r.scoreRank, r.score])).toEqual([
      ['国网赤壁市供电公司', 3, 85.15],
      ['住房和城乡建设局', 1, 85.85],
      ['应急管理局', 2, 85.47],
      ['水利和湖泊局', 4, 85.14],
      ['城市管理执法局', 5, 84.12],
    ]);
  });

  it('the bell has news for the demo accounts: a case dispatched to 水利和湖泊局, an overdue case for the command centre, a claim of a 赤马港 need', async () => {
    const news = async (username: string) => {
      const caller = await app.signIn(username, DEMO_PASSWORD);
      const data = (await caller.gql('{ unreadNotificationCount notifications(first: 10) { edges { node { kind link } } } }')).data;
      return { unread: data?.unreadNotificationCount as number, kinds: data?.notifications.edges.map((e: { node: { kind: string } }) => e.node.kind) as string[] };
    };
    expect(await news('unitrep')).toMatchObject({ unread: 1, kinds: ['CASE_DISPATCHED'] });
    expect((await news('command')).kinds).toEqual(['CASE_ESCALATED']);
    expect((await news('secretary')).kinds).toEqual(['NEED_CLAIMED']);
  });

  it("街长制: the water bureau's representative is street chief of 北渠路 and 河滨路; 北渠路 was walked six mornings running and its loose manhole cover is escalated, 河滨路 was not walked this week", async () => {
    const chief = await app.signIn('unitrep', DEMO_PASSWORD);
    const mine = (await chief.gql('{ myRoadSections { name cases { title escalated } rounds(first: 10) { id } } }')).data?.myRoadSections;
    expect(mine.map((s: any) => s.name)).toEqual(['北渠路', '河滨路']);
    expect(mine[0].cases).toEqual(expect.arrayContaining([{ title: '北渠路井盖松动', escalated: true }]));
    expect(mine[0].rounds).toHaveLength(6);
    const secretary = await app.signIn('lmq', DEMO_PASSWORD);
    const community = (await secretary.gql('{ me { community { id } } }')).data?.me.community.id;
    const from = new Date(Date.now() - 7 * 86_400_000).toISOString();
    const week = (
      await secretary.gql('query($c: ID!, $f: DateTime!) { patrolWeek(communityId: $c, from: $f) { section { name } rounds escalatedCases } }', { c: community, f: from })
    ).data?.patrolWeek;
    expect(week).toEqual([
      { section: { name: '北渠路' }, rounds: 6, escalatedCases: 1 },
      { section: { name: '河滨路' }, rounds: 0, escalatedCases: 0 },
    ]);
  });

  it('every demo account signs in with the printed password and holds its role', async () => {
    const roles = new Set<string>();
    for (const account of DEMO_ACCOUNTS) {
      roles.add(account.roles[0]);
      // The test server made its own "admin" first; the demo loader rightly left it alone.
      if (account.username === ADMIN.username) continue;
      const caller = await app.signIn(account.username, DEMO_PASSWORD);
      const me = (await caller.gql('{ me { roles community { name } unit { name } } }')).data?.me;
      expect(me.roles).toEqual(account.roles);
      if (account.community) expect(me.community.name).toBe(account.community);
      if (account.unit) expect(me.unit.name).toBe(account.unit);
      for (const role of account.roles) roles.add(role);
    }
    expect([...roles].sort()).toEqual(['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'GRID_WORKER', 'RESIDENT', 'UNIT_REP', 'VOLUNTEER']);
  });

  it('李红, a resident of 赤马港, follows her three reports: one closed by the water bureau, one with it now, one new', async () => {
    const li = await app.signIn('13907150001', DEMO_PASSWORD);
    const mine = (await li.gql('{ myReports { totalCount edges { node { status unitName timeline { action } } } } }')).data?.myReports;
    expect(mine.edges.map((e: any) => [e.node.status, e.node.unitName, e.node.timeline.length])).toEqual([
      ['REPORTED', null, 1],
      ['DISPATCHED', '水利和湖泊局', 3],
      ['CLOSED', '水利和湖泊局', 7],
    ]);
  });
});

describe('the volunteers of the demo', () => {
  it("益家亲 visits 黎逢保 every day, and 戴彩虹 sees today's visit", async () => {
    const dai = await app.signIn('volunteer', DEMO_PASSWORD);
    const due = (await dai.gql('{ dueVisits { dueOn overdue household { residents } schedule { rrule services } } }')).data?.dueVisits;
    expect(due.some((d: any) => d.household.residents === '黎逢保夫妇' && !d.overdue && d.schedule.rrule === 'FREQ=DAILY;INTERVAL=1')).toBe(true);
  });
});

describe("the demo secretary's week at 赤马港", () => {
  it('游和清 opens a week with needs at every stage, an overdue visit, an open yellow ribbon and tasks with sign-ups', async () => {
    const you = await app.signIn('secretary', DEMO_PASSWORD);
    const needs = (await you.gql('{ needs(first: 50) { edges { node { title status claimCount community { name } } } } }')).data?.needs.edges.map((e: any) => e.node);
    const ours = needs.filter((n: any) => n.community.name === '赤马港社区');
    expect(new Set(ours.map((n: any) => n.status))).toEqual(new Set(['CLAIMED', 'PUBLISHED', 'DRAFT']));
    expect(ours.find((n: any) => n.title === '赤马港老街雨污分流')).toMatchObject({ status: 'PUBLISHED', claimCount: 1 });

    const due = (await you.gql('{ dueVisits { dueOn overdue household { residents } schedule { weekdays } } }')).data?.dueVisits;
    const zhang = due.filter((d: any) => d.household.residents === '张桂英');
    expect(zhang.some((d: any) => d.overdue)).toBe(true);
    expect(zhang[0].schedule.weekdays).toEqual([1, 4]);

    const ribbons = (await you.gql('{ yellowRibbons { status household { residents } } }')).data?.yellowRibbons;
    expect(ribbons).toEqual(expect.arrayContaining([{ status: 'OPEN', household: { residents: '周德明夫妇' } }]));

    const tasks = (await you.gql('{ tasks { title signupCount capacity } }')).data?.tasks;
    expect(tasks).toEqual(expect.arrayContaining([{ title: '河滨花园垃圾分类宣传', signupCount: 3, capacity: 8 }]));

    // One of the community's volunteers signs in and finds the task she signed up for.
    const chen = await app.signIn('cmg-chen', DEMO_PASSWORD);
    const mine = (await chen.gql('{ myVolunteerProfile { skills } }')).data;
    expect(mine?.myVolunteerProfile.skills).toContain('辅导作业');
  });
});
