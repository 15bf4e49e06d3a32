import ExcelJS from 'exceljs';
import type { Role } from '../../api/src/shared/auth/role';
import { DEMO_PASSWORD, loadDemoData } from '../../seeds/demo';
import { type Caller, codeOf, startTestApp, type TestApp } from '../support/app';
import { actAs, communityWithSecretary, makeCommunity, must, publishedNeed, REGISTER_VOLUNTEER, REPORT_CASE, unitWithRep } from '../support/factories';
import { jpegWithGps } from '../support/images';

// 党员领单 at 赤马港社区: the centre routes a broken bench to the community's party members instead
// of a unit, five of them reach for it at once, one takes it and sees it through to the close.

let app: TestApp;
let communityId: string;
let secretary: Caller;
let gridWorker: Caller;
let officer: Caller;
const grids: Record<string, string> = {};
const members: { id: string; caller: Caller; name: string }[] = [];
let bystander: Caller; // a volunteer of 赤马港 who is not a party member
let elsewhere: Caller; // a party member of 和尚岭社区

const ORDER = 'id kind title takenAt doneAt hours mine takerName';
const OPEN = `{ openPartyOrders { ${ORDER} } }`;
const TAKE = `mutation($id: ID!) { takePartyOrder(id: $id) { ${ORDER} } }`;
const HOURS = '{ myServiceHours { totalHours partyOrderHours } }';

async function partyMember(community: string, grid: string | null, partyMember = true) {
  const { user, caller } = await actAs(app, ['VOLUNTEER' as Role], { communityId: community });
  must<Record<string, any>>(await caller.gql(REGISTER_VOLUNTEER, { i: { skills: ['维修'], communityId: community, gridId: grid, partyMember } }), 'registerVolunteer');
  return { user, caller };
}

async function acceptedCase(title: string): Promise<string> {
  const id = must<Record<string, any>>(await gridWorker.gql(REPORT_CASE, { i: { title, address: '赤马港 老街 12 号' } }), 'reportCase').reportCase.id as string;
  must<Record<string, any>>(await officer.gql('mutation($id: ID!) { acceptCase(id: $id) { id } }', { id }), 'acceptCase');
  return id;
}

beforeAll(async () => {
  app = await startTestApp();
  ({
    community: { id: communityId },
    secretary,
  } = await communityWithSecretary(app, '赤马港社区'));
  for (const name of ['老街网格', '新港网格']) {
    grids[name] = must<Record<string, any>>(
      await secretary.gql('mutation($i: CreateGridInput!) { createGrid(input: $i) { id } }', { i: { communityId, name } }),
      'createGrid',
    ).createGrid.id;
  }
  gridWorker = (await actAs(app, ['GRID_WORKER' as Role], { communityId })).caller;
  officer = (await actAs(app, ['COMMAND_CENTER' as Role])).caller;
  for (let i = 0; i < 5; i++) {
    const { user, caller } = await partyMember(communityId, i < 3 ? grids.老街网格 : grids.新港网格);
    const me = must<Record<string, any>>(await caller.gql('{ me { displayName } }'), 'me').me.displayName as string;
    members.push({ id: user.id, caller, name: me });
  }
  bystander = (await partyMember(communityId, null, false)).caller;
  elsewhere = (await partyMember((await makeCommunity(app, '和尚岭社区')).id, null)).caller;
}, 60_000);
afterAll(() => app?.close());

describe('党员领单: party members take small orders', () => {
  it('a party member wins a race of five for one order: the broken bench goes from routing to close, and the winner’s hours go up', async () => {
    const caseId = await acceptedCase('老街长椅断了一条腿');
    const routed = await officer.gql('mutation($id: ID!) { routeCaseToParty(id: $id, hours: 2) { id kind title place hours takenAt case { status } } }', { id: caseId });
    const order = must<Record<string, any>>(routed, 'routeCaseToParty').routeCaseToParty;
    expect(order).toMatchObject({ kind: 'CASE', title: '老街长椅断了一条腿', place: '赤马港 老街 12 号', hours: 2, takenAt: null, case: { status: 'DISPATCHED' } });

    // Every party member of 赤马港 sees it; nobody else does.
    for (const m of members) expect(must<Record<string, any>>(await m.caller.gql(OPEN), 'openPartyOrders').openPartyOrders.map((o: { id: string }) => o.id)).toContain(order.id);
    const notMember = await bystander.gql(OPEN);
    expect(codeOf(notMember)).toBe('FORBIDDEN');
    expect(notMember.errors?.[0].message).toBe('只有本社区登记为党员的志愿者可以领单。');
    expect(must<Record<string, any>>(await elsewhere.gql(OPEN), 'openPartyOrders (和尚岭)').openPartyOrders).toEqual([]);
    expect(codeOf(await bystander.gql(TAKE, { id: order.id }))).toBe('FORBIDDEN');
    expect(codeOf(await elsewhere.gql(TAKE, { id: order.id }))).toBe('NOT_FOUND');

    // Five at once: exactly one wins, the four are told it is taken.
    const tries = await Promise.all(members.map((m) => m.caller.gql(TAKE, { id: order.id }, { lang: 'en' })));
    const winners = tries.flatMap((r, i) => (r.data?.takePartyOrder ? [i] : []));
    expect(winners).toHaveLength(1);
    const losers = tries.filter((r) => r.errors);
    expect(losers).toHaveLength(4);
    for (const r of losers) {
      expect(codeOf(r)).toBe('CONFLICT');
      expect(r.errors?.[0].message).toBe('Another party member has already taken this order; look at the others.');
    }
    const winner = members[winners[0]];
    expect(tries[winners[0]].data?.takePartyOrder).toMatchObject({ mine: true, takerName: winner.name });
    const [{ n }] = await app.orm.em.fork().getConnection().execute('select count(*)::int as n from party_order where id = ? and taken_by_id = ?', [order.id, winner.id]);
    expect(n).toBe(1);
    expect(must<Record<string, any>>(await members[(winners[0] + 1) % 5].caller.gql(OPEN), 'open after').openPartyOrders).toEqual([]);

    // The winner sees the case they took, and only they may handle it.
    expect(must<Record<string, any>>(await winner.caller.gql('query($id: ID!) { case(id: $id) { id status } }', { id: caseId }), 'case').case).toEqual({
      id: caseId,
      status: 'DISPATCHED',
    });
    const loser = members[(winners[0] + 1) % 5].caller;
    expect(must<Record<string, any>>(await loser.gql('query($id: ID!) { case(id: $id) { id } }', { id: caseId }), 'case (loser)').case).toBeNull();
    expect(codeOf(await loser.gql('mutation($id: ID!) { handleCase(id: $id, note: "我也修了") { id } }', { id: caseId }))).toBe('NOT_FOUND');

    const before = must<Record<string, any>>(await winner.caller.gql(HOURS), 'hours before').myServiceHours;
    const photo = await fetch(`${app.url}/api/uploads`, {
      method: 'POST',
      headers: { 'content-type': 'image/jpeg', authorization: `Bearer ${winner.caller.token}` },
      body: jpegWithGps(29.7164, 113.8979),
    });
    const photoId = ((await photo.json()) as { id: string }).id;
    const handled = await winner.caller.gql('mutation($id: ID!, $p: [ID!]) { handleCase(id: $id, note: "已换新椅腿", photoIds: $p) { status photos { stage } } }', {
      id: caseId,
      p: [photoId],
    });
    expect(must<Record<string, any>>(handled, 'handleCase').handleCase).toEqual({ status: 'HANDLED', photos: [{ stage: 'HANDLING' }] });
    must<Record<string, any>>(await gridWorker.gql('mutation($id: ID!) { verifyCase(id: $id, passed: true) { id } }', { id: caseId }), 'verifyCase');
    // Not done until the centre closes it: the hours wait.
    expect(must<Record<string, any>>(await winner.caller.gql(HOURS), 'hours verified').myServiceHours.totalHours).toBe(before.totalHours);
    must<Record<string, any>>(await officer.gql('mutation($id: ID!) { closeCase(id: $id) { id } }', { id: caseId }), 'closeCase');

    const after = must<Record<string, any>>(await winner.caller.gql(HOURS), 'hours after').myServiceHours;
    expect(after).toEqual({ totalHours: before.totalHours + 2, partyOrderHours: before.partyOrderHours + 2 });
    const timeline = must<Record<string, any>>(
      await officer.gql('query($id: ID!) { case(id: $id) { events { action actor { id } } partyOrder { takerName takerPhone doneAt } } }', { id: caseId }),
      'timeline',
    ).case;
    expect(timeline.events.map((e: { action: string }) => e.action)).toEqual(['REPORTED', 'ACCEPTED', 'ROUTED_TO_PARTY', 'ORDER_TAKEN', 'HANDLED', 'VERIFIED', 'CLOSED']);
    expect(timeline.events[3].actor.id).toBe(winner.id);
    // The centre reads the taker's name, not their phone.
    expect(timeline.partyOrder).toMatchObject({ takerName: winner.name, takerPhone: null });
    expect(timeline.partyOrder.doneAt).not.toBeNull();
  });

  it('only an ACCEPTED case with party members in its community can be routed, and a unit cannot then be dispatched to it', async () => {
    const caseId = await acceptedCase('路口垃圾桶倒了');
    must<Record<string, any>>(await officer.gql('mutation($id: ID!) { routeCaseToParty(id: $id) { id hours } }', { id: caseId }), 'route');
    expect(codeOf(await officer.gql('mutation($id: ID!) { routeCaseToParty(id: $id) { id } }', { id: caseId }))).toBe('CONFLICT');
    expect(codeOf(await secretary.gql('mutation($id: ID!) { routeCaseToParty(id: $id) { id } }', { id: caseId }))).toBe('FORBIDDEN');
    expect(codeOf(await officer.gql('mutation($id: ID!) { routeCaseToParty(id: $id, hours: 30) { id } }', { id: caseId }))).toBe('BAD_USER_INPUT');
    // 红旗桥 has no party members yet.
    const empty = await makeCommunity(app, '红旗桥社区');
    const { caller: worker } = await actAs(app, ['GRID_WORKER' as Role], { communityId: empty.id });
    const lonely = must<Record<string, any>>(await worker.gql(REPORT_CASE, { i: { title: '井盖松动' } }), 'report').reportCase.id;
    must<Record<string, any>>(await officer.gql('mutation($id: ID!) { acceptCase(id: $id) { id } }', { id: lonely }), 'accept');
    const refused = await officer.gql('mutation($id: ID!) { routeCaseToParty(id: $id) { id } }', { id: lonely });
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toBe('该社区还没有在册的党员志愿者。');
  });

  it('a secretary routes a published need, a party member takes it and marks it done with a note: the need is DONE and the hours count', async () => {
    const needId = await publishedNeed(secretary, communityId, '为独居老人更换楼道灯泡');
    const taker = members[4];
    const before = must<Record<string, any>>(await taker.caller.gql(HOURS), 'hours before').myServiceHours.totalHours as number;
    const routed = await secretary.gql('mutation($id: ID!) { routeNeedToParty(id: $id, hours: 1.5) { id kind need { status } } }', { id: needId });
    const order = must<Record<string, any>>(routed, 'routeNeedToParty').routeNeedToParty;
    expect(order).toMatchObject({ kind: 'NEED', need: { status: 'IN_PROGRESS' } });
    // No unit can claim it any more.
    const { rep } = await unitWithRep(app, '赤壁市供电公司');
    expect(codeOf(await rep.gql('mutation($id: ID!) { claimNeed(needId: $id) { id } }', { id: needId }))).toBe('CONFLICT');

    must<Record<string, any>>(await taker.caller.gql(TAKE, { id: order.id }), 'take');
    // Only the taker completes it.
    expect(codeOf(await members[0].caller.gql('mutation($id: ID!) { completePartyOrder(id: $id, note: "我来") { id } }', { id: order.id }))).toBe('FORBIDDEN');
    const done = await taker.caller.gql('mutation($id: ID!) { completePartyOrder(id: $id, note: "三楼、五楼已换") { doneAt doneNote need { status } } }', { id: order.id });
    expect(must<Record<string, any>>(done, 'completePartyOrder').completePartyOrder).toMatchObject({ doneNote: '三楼、五楼已换', need: { status: 'DONE' } });
    expect(codeOf(await taker.caller.gql('mutation($id: ID!) { completePartyOrder(id: $id, note: "again") { id } }', { id: order.id }))).toBe('CONFLICT');
    expect(must<Record<string, any>>(await taker.caller.gql(HOURS), 'hours after').myServiceHours.totalHours).toBe(before + 1.5);

    // The secretary reads the taker's name and phone on the need; a grid worker their name masked.
    const seen = must<Record<string, any>>(
      await secretary.gql('query($id: ID!) { need(id: $id) { events { action } partyOrder { takerName takerPhone } } }', { id: needId }),
      'need',
    ).need;
    expect(seen.events.map((e: { action: string }) => e.action)).toEqual(['CREATED', 'PUBLISHED', 'ROUTED_TO_PARTY', 'ORDER_TAKEN', 'DONE']);
    const [stored] = await app.orm.em.fork().getConnection().execute('select phone from app_user where id = ?', [taker.id]);
    expect(seen.partyOrder).toEqual({ takerName: taker.name, takerPhone: stored.phone });
  });

  it('a routed need the secretary cancels leaves the open list and can no longer be taken', async () => {
    const needId = await publishedNeed(secretary, communityId, '帮独居老人搬运旧家具');
    const id = must<Record<string, any>>(await secretary.gql('mutation($id: ID!) { routeNeedToParty(id: $id) { id } }', { id: needId }), 'route').routeNeedToParty.id;
    expect(must<Record<string, any>>(await members[1].caller.gql(OPEN), 'open').openPartyOrders.map((o: { id: string }) => o.id)).toContain(id);
    must<Record<string, any>>(await secretary.gql('mutation($id: ID!) { cancelNeed(id: $id, reason: "老人家属已处理") { status } }', { id: needId }), 'cancelNeed');
    expect(must<Record<string, any>>(await members[1].caller.gql(OPEN), 'open').openPartyOrders.map((o: { id: string }) => o.id)).not.toContain(id);
    const late = await members[1].caller.gql(TAKE, { id });
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.errors?.[0].message).toBe('该需求当前状态为“CANCELLED”，不能进行此操作。');
  });

  it('the monthly list counts orders taken by member and by grid party branch, and exports them', async () => {
    // Two more small orders for the same member of 老街网格 and one for a member of 新港网格 this month.
    for (const [title, who] of [
      ['石凳松动', 0],
      ['宣传栏玻璃碎了', 0],
      ['花坛护栏歪了', 3],
    ] as const) {
      const caseId = await acceptedCase(title);
      const id = must<Record<string, any>>(await officer.gql('mutation($id: ID!) { routeCaseToParty(id: $id) { id } }', { id: caseId }), 'route').routeCaseToParty.id;
      must<Record<string, any>>(await members[who].caller.gql(TAKE, { id }), 'take');
    }
    const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    const [{ byMember }] = await app.orm.em
      .fork()
      .getConnection()
      .execute(
        'select json_object_agg(taken_by_id, n) as "byMember" from (select taken_by_id, count(*)::int as n from party_order where community_id = ? and taken_by_id is not null group by 1) t',
        [communityId],
      );
    const report = must<Record<string, any>>(
      await secretary.gql(
        'query($c: ID!, $m: String!) { partyOrderMonth(communityId: $c, month: $m) { month members { userId name gridName taken done hours } grids { gridName members taken done hours } } }',
        {
          c: communityId,
          m: month,
        },
      ),
      'partyOrderMonth',
    ).partyOrderMonth;
    expect(report.members.map((m: { userId: string; taken: number }) => [m.userId, m.taken]).sort()).toEqual(Object.entries(byMember).sort());
    const gridOf = (i: number) => (i < 3 ? '老街网格' : '新港网格');
    const expectedGrids: Record<string, number> = {};
    for (const [userId, n] of Object.entries(byMember as Record<string, number>)) {
      const grid = gridOf(members.findIndex((m) => m.id === userId));
      expectedGrids[grid] = (expectedGrids[grid] ?? 0) + n;
    }
    expect(Object.fromEntries(report.grids.map((g: { gridName: string; taken: number }) => [g.gridName, g.taken]))).toEqual(expectedGrids);
    expect(report.members.find((m: { userId: string }) => m.userId === members[0].id)).toMatchObject({ name: members[0].name, gridName: '老街网格' });
    // Another month is empty; another community's secretary is refused.
    expect(
      must<Record<string, any>>(await secretary.gql('query($c: ID!) { partyOrderMonth(communityId: $c, month: "2020-01") { members { name } } }', { c: communityId }), 'empty')
        .partyOrderMonth.members,
    ).toEqual([]);
    const other = await communityWithSecretary(app);
    expect(codeOf(await other.secretary.gql('query($c: ID!) { partyOrderMonth(communityId: $c, month: "2026-11") { month } }', { c: communityId }))).toBe('FORBIDDEN');

    const download = await fetch(`${app.url}/api/exports/party-orders.xlsx?communityId=${communityId}&month=${month}`, { headers: { authorization: `Bearer ${secretary.token}` } });
    expect(download.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await download.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('按网格党支部');
    // Columns: branch, members, taken, done, hours.
    const rows = (sheet?.getSheetValues() ?? []).slice(2).map((r) => (r as unknown[]).slice(1, 6));
    expect(Object.fromEntries(rows.map((r) => [r[0], r[2]]))).toEqual(expectedGrids);
  });
});

describe('党员领单 in the demo', () => {
  let demo: TestApp;
  beforeAll(async () => {
    demo = await startTestApp();
    await loadDemoData(demo.orm.em.fork());
  }, 120_000);
  afterAll(() => demo?.close());

  it('六米桥社区 has three party members, a closed case and a done need, and a case and a need waiting for a taker', async () => {
    const zhang = await demo.signIn('lmq-zhang', DEMO_PASSWORD);
    const open = must<Record<string, any>>(await zhang.gql('{ openPartyOrders { kind title } myPartyOrders { kind title doneAt } }'), 'orders');
    // Oldest first: the handrail was routed six hours ago, the bench three.
    expect(open.openPartyOrders).toEqual([
      { kind: 'NEED', title: '为独居老人家门口楼梯安装扶手' },
      { kind: 'CASE', title: '六米桥一网格健身广场长椅断裂' },
    ]);
    expect(open.myPartyOrders).toMatchObject([{ kind: 'NEED', title: '翠泉花苑 3 栋楼道灯泡更换' }]);
    const dai = await demo.signIn('volunteer', DEMO_PASSWORD);
    expect(must<Record<string, any>>(await dai.gql(HOURS), 'hours').myServiceHours.partyOrderHours).toBe(2);
    const lmq = await demo.signIn('lmq', DEMO_PASSWORD);
    const community = must<Record<string, any>>(await lmq.gql('{ me { community { id } } }'), 'me').me.community.id;
    // The two were taken 47 and 70 hours before the load: one China month, or two near a month's start.
    const months = new Set([47, 70].map((hours) => new Date(Date.now() - hours * 3_600_000 + 8 * 3_600_000).toISOString().slice(0, 7)));
    const names: string[] = [];
    for (const month of months) {
      const report = must<Record<string, any>>(
        await lmq.gql('query($c: ID!, $m: String!) { partyOrderMonth(communityId: $c, month: $m) { members { name done hours } } }', { c: community, m: month }),
        'partyOrderMonth',
      ).partyOrderMonth;
      names.push(...report.members.map((m: { name: string }) => m.name));
    }
    expect(names.sort()).toEqual(['张建国', '戴彩虹'].sort());
  });
});
