import { CaseFile } from '../../api/src/modules/case/case.entity';
import { recordCaseEvent } from '../../api/src/modules/case/case-events';
import { codeOf, startTestApp, type TestApp } from '../support/app';
import { actAs, CLAIM_NEED, caseCast, communityWithSecretary, publishedNeed, REPORT_CASE, unitWithRep, volunteerWithProfile } from '../support/factories';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const ACCEPT = 'mutation($id: ID!) { acceptCase(id: $id) { status } }';
const DISPATCH = 'mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { status } }';
const LIST = '{ notifications(first: 10) { totalCount edges { node { id kind objectType objectId text link readAt } } } unreadNotificationCount }';
const READ = 'mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }';

async function acceptedCase(cast: Awaited<ReturnType<typeof caseCast>>, title: string) {
  const id = (await cast.gridWorker.gql(REPORT_CASE, { i: { title } })).data?.reportCase.id as string;
  await cast.officer.gql(ACCEPT, { id });
  return id;
}

describe('notifications: the people who must act hear of it', () => {
  it('a case dispatched to 水利和湖泊局 tells both its representatives, in their language, with a link to the case', async () => {
    const cast = await caseCast(app, { unit: '水利和湖泊局' });
    const { caller: secondRep } = await actAs(app, ['UNIT_REP' as never], { unitId: cast.unit.id });
    const id = await acceptedCase(cast, '北渠附近出现少量垃圾');
    expect((await cast.officer.gql(DISPATCH, { id, u: cast.unit.id })).data?.dispatchCase.status).toBe('DISPATCHED');
    for (const rep of [cast.rep, secondRep]) {
      const mine = (await rep.gql(LIST)).data;
      expect(mine?.unreadNotificationCount).toBe(1);
      expect(mine?.notifications.edges[0].node).toMatchObject({ kind: 'CASE_DISPATCHED', objectType: 'Case', objectId: id, link: `/cases/${id}`, readAt: null });
      expect(mine?.notifications.edges[0].node.text).toContain('北渠附近出现少量垃圾');
    }
    const english = (await cast.rep.gql(LIST, {}, { lang: 'en' })).data?.notifications.edges[0].node.text;
    expect(english).toMatch(/^Case .* was dispatched to your unit/);
    // The officer who dispatched and the grid worker are not asked to act.
    expect((await cast.officer.gql(LIST)).data?.unreadNotificationCount).toBe(0);
    expect((await cast.gridWorker.gql(LIST)).data?.unreadNotificationCount).toBe(0);
  });

  it('a dispatch that rolls back leaves no notification; one that commits leaves one per representative', async () => {
    const cast = await caseCast(app);
    const id = await acceptedCase(cast, '路灯不亮');
    const attempt = (fail: boolean) =>
      app.orm.em.fork().transactional(async (tx) => {
        const c = await tx.findOneOrFail(CaseFile, id);
        c.assignedUnit = tx.getReference('PartnerUnit', cast.unit.id, { wrapped: true }) as never;
        await recordCaseEvent(
          tx,
          c,
          { userId: (await cast.officer.gql('{ me { id } }')).data?.me.id, sessionId: '', roles: [], communityId: null, unitId: null } as never,
          'DISPATCHED',
          null,
          cast.unit.id,
        );
        if (fail) throw new Error('the flush failed');
      });
    await expect(attempt(true)).rejects.toThrow('the flush failed');
    expect((await cast.rep.gql(LIST)).data?.unreadNotificationCount).toBe(0);
    await attempt(false);
    expect((await cast.rep.gql(LIST)).data?.unreadNotificationCount).toBe(1);
  });

  it("another user cannot read or mark a representative's notification by any path", async () => {
    const cast = await caseCast(app);
    const id = await acceptedCase(cast, '井盖缺失');
    await cast.officer.gql(DISPATCH, { id, u: cast.unit.id });
    const notificationId = (await cast.rep.gql(LIST)).data?.notifications.edges[0].node.id;
    const { caller: otherRep } = await actAs(app, ['UNIT_REP' as never], { unitId: (await caseCast(app)).unit.id });
    for (const other of [otherRep, cast.officer, app.admin]) {
      expect((await other.gql(LIST)).data?.notifications.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(notificationId);
      expect(codeOf(await other.gql(READ, { id: notificationId }))).toBe('NOT_FOUND');
      expect((await other.gql('mutation { markAllNotificationsRead }')).errors).toBeUndefined();
    }
    expect(codeOf(await app.anonymous.gql(LIST))).toBe('UNAUTHENTICATED');
    // Still unread for its recipient after all that.
    expect((await cast.rep.gql(LIST)).data?.unreadNotificationCount).toBe(1);
    expect((await cast.rep.gql(READ, { id: notificationId })).data?.markNotificationRead.readAt).toBeTruthy();
    expect((await cast.rep.gql(LIST)).data?.unreadNotificationCount).toBe(0);
  });

  it('preferences: push on and SMS off by default, per kind; in-app cannot be turned off', async () => {
    const { caller } = await actAs(app, ['VOLUNTEER' as never]);
    const PREFS = '{ notificationPreferences { kind channel enabled } }';
    const SET = 'mutation($k: NotificationKind!, $c: NotifyChannel!, $e: Boolean!) { setNotificationPreference(kind: $k, channel: $c, enabled: $e) { kind channel enabled } }';
    const prefs = (await caller.gql(PREFS)).data?.notificationPreferences;
    expect(prefs).toContainEqual({ kind: 'TASK_INVITED', channel: 'WEB_PUSH', enabled: true });
    expect(prefs).toContainEqual({ kind: 'TASK_INVITED', channel: 'SMS', enabled: false });
    const after = (await caller.gql(SET, { k: 'TASK_INVITED', c: 'WEB_PUSH', e: false })).data?.setNotificationPreference;
    expect(after).toContainEqual({ kind: 'TASK_INVITED', channel: 'WEB_PUSH', enabled: false });
    expect(after).toContainEqual({ kind: 'TASK_PROMOTED', channel: 'WEB_PUSH', enabled: true });
    expect(codeOf(await caller.gql(SET, { k: 'TASK_INVITED', c: 'IN_APP', e: false }))).toBe('BAD_USER_INPUT');
  });
});

const MINE = '{ unreadNotificationCount notifications(first: 10) { edges { node { kind objectType objectId text link } } } }';
const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
type Mine = { unreadNotificationCount: number; notifications: { edges: { node: Record<string, string> }[] } };
const mine = async (caller: { gql: TestApp['admin']['gql'] }) => (await caller.gql<Mine>(MINE)).data as Mine;
const kinds = async (caller: { gql: TestApp['admin']['gql'] }) => (await mine(caller)).notifications.edges.map((e) => e.node.kind);

describe('notifications: volunteers, yellow ribbons and claims', () => {
  it('the secretary invites 王 to 理发服务: 王 is told, with a link to his tasks; inviting again tells nobody twice', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const wang = await volunteerWithProfile(app, community.id);
    const task = (
      await secretary.gql('mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }', {
        i: { communityId: community.id, title: '理发服务', startsAt: inHours(48), endsAt: inHours(49), capacity: 2 },
      })
    ).data?.createTask;
    const INVITE = 'mutation($t: ID!, $v: ID!) { inviteVolunteer(taskId: $t, volunteerId: $v) { id } }';
    expect((await secretary.gql(INVITE, { t: task.id, v: wang.volunteer.id })).errors).toBeUndefined();
    expect(codeOf(await secretary.gql(INVITE, { t: task.id, v: wang.volunteer.id }))).toBe('CONFLICT');
    const told = await mine(wang.caller);
    expect(told.unreadNotificationCount).toBe(1);
    expect(told.notifications.edges[0].node).toMatchObject({ kind: 'TASK_INVITED', objectType: 'Task', objectId: task.id, link: '/volunteer' });
    expect(told.notifications.edges[0].node.text).toContain('理发服务');
    expect((await mine(secretary)).unreadNotificationCount).toBe(0);
  });

  it('when the one holding the only place leaves, the first in the waiting line is told they have it, and nobody else', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const task = (
      await secretary.gql('mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }', {
        i: { communityId: community.id, title: '陪老人就医', startsAt: inHours(70), endsAt: inHours(72), capacity: 1 },
      })
    ).data?.createTask;
    const [a, b, c] = [await volunteerWithProfile(app, community.id), await volunteerWithProfile(app, community.id), await volunteerWithProfile(app, community.id)];
    await a.caller.gql('mutation($t: ID!) { signUpForTask(taskId: $t) { status } }', { t: task.id });
    await b.caller.gql('mutation($t: ID!) { joinTaskWaitlist(taskId: $t) { status } }', { t: task.id });
    await c.caller.gql('mutation($t: ID!) { joinTaskWaitlist(taskId: $t) { status } }', { t: task.id });
    expect(await kinds(b.caller)).toEqual([]);
    expect((await a.caller.gql('mutation($t: ID!) { withdrawFromTask(taskId: $t) }', { t: task.id })).data?.withdrawFromTask).toBe(true);
    const told = await mine(b.caller);
    expect(told.notifications.edges.map((e) => e.node)).toEqual([expect.objectContaining({ kind: 'TASK_PROMOTED', objectId: task.id })]);
    expect(told.notifications.edges[0].node.text).toContain('陪老人就医');
    expect(await kinds(c.caller)).toEqual([]);
    expect(await kinds(a.caller)).toEqual([]);
  });

  it('a yellow ribbon the secretary assigns to 戴 tells 戴; a volunteer taking one on themself is not told', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const dai = await volunteerWithProfile(app, community.id);
    const helper = await volunteerWithProfile(app, community.id);
    const household = await secretary.gql('mutation($i: HouseholdInput!) { addHousehold(input: $i) { id } }', {
      i: { communityId: community.id, residents: '黎逢保夫妇', address: '翠泉花苑 3 栋 2 单元 101', situation: '行动不便', consent: true },
    });
    const RAISE = 'mutation($h: ID!) { raiseYellowRibbon(householdId: $h) { id } }';
    const ASSIGN = 'mutation($id: ID!, $u: ID) { assignYellowRibbon(id: $id, userId: $u) { status } }';
    const first = (await secretary.gql(RAISE, { h: household.data?.addHousehold.id })).data?.raiseYellowRibbon.id;
    expect((await secretary.gql(ASSIGN, { id: first, u: dai.user.id })).data?.assignYellowRibbon.status).toBe('ASSIGNED');
    const told = await mine(dai.caller);
    expect(told.notifications.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ kind: 'RIBBON_ASSIGNED', objectType: 'RibbonRequest', objectId: first, link: '/care' }),
    ]);
    const second = (await secretary.gql(RAISE, { h: household.data?.addHousehold.id })).data?.raiseYellowRibbon.id;
    expect((await helper.caller.gql(ASSIGN, { id: second })).data?.assignYellowRibbon.status).toBe('ASSIGNED');
    expect(await kinds(helper.caller)).toEqual([]);
  });

  it('水利和湖泊局 claims a need of 赤马港: the secretary is told who claimed what, on the one-statement path and under a claim cap; a refused claim tells nobody', async () => {
    const { community, secretary } = await communityWithSecretary(app, `赤马港社区-${Date.now()}`);
    const water = await unitWithRep(app, `水利和湖泊局-${Date.now()}`);
    const late = await unitWithRep(app);
    const needId = await publishedNeed(secretary, community.id, '老旧小区排水管疏通');
    expect((await water.rep.gql(CLAIM_NEED, { id: needId })).errors).toBeUndefined();
    expect(codeOf(await late.rep.gql(CLAIM_NEED, { id: needId }))).toBe('CONFLICT');
    const told = await mine(secretary);
    expect(told.unreadNotificationCount).toBe(1);
    expect(told.notifications.edges[0].node).toMatchObject({ kind: 'NEED_CLAIMED', objectType: 'Need', objectId: needId, link: `/joint/needs/${needId}` });
    expect(told.notifications.edges[0].node.text).toBe(`${water.unit.name} 认领了需求：老旧小区排水管疏通`);
    const english = (await secretary.gql<Mine>(MINE, {}, { lang: 'en' })).data?.notifications.edges[0].node.text;
    expect(english).toBe(`${water.unit.name} claimed the need: 老旧小区排水管疏通`);
    // A claim cap sends claims down the locked path: it tells the secretary just the same.
    expect((await secretary.gql('mutation($c: ID!) { setClaimCap(communityId: $c, cap: 2) { maxOpenClaimsPerUnit } }', { c: community.id })).errors).toBeUndefined();
    const capped = await publishedNeed(secretary, community.id, '社区活动室桌椅维修');
    expect((await water.rep.gql(CLAIM_NEED, { id: capped })).errors).toBeUndefined();
    const after = await mine(secretary);
    expect(after.unreadNotificationCount).toBe(2);
    expect(after.notifications.edges[0].node).toMatchObject({ kind: 'NEED_CLAIMED', objectId: capped, text: `${water.unit.name} 认领了需求：社区活动室桌椅维修` });
    // The units are not asked to act.
    expect(await kinds(water.rep)).toEqual([]);
    expect(await kinds(late.rep)).toEqual([]);
  });
});
