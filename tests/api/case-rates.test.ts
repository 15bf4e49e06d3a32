import { codeOf, startTestApp, type TestApp } from '../support/app';
import { actAs, caseCast, must, REPORT_CASE, residentOf, unitWithRep } from '../support/factories';

// 月通报 by the three rates: a scripted March with known answers. Four units; each case goes the whole
// way through the API (report, accept, dispatch, 签收, handle, verify, close, 回访), then is moved
// into March 2024 so the month holds exactly these cases.

let app: TestApp;
let cast: Awaited<ReturnType<typeof caseCast>>;
beforeAll(async () => {
  app = await startTestApp();
  cast = await caseCast(app, { community: '赤马港社区', unit: '水利和湖泊局' });
});
afterAll(() => app.close());

const MARCH = { f: '2024-02-29T16:00:00.000Z', t: '2024-03-31T16:00:00.000Z' };
const RANKING = `query($f: DateTime!, $t: DateTime!) { unitRanking(from: $f, to: $t) {
  unit { name } rank scoreRank dispatched closed disposalRate respondedOnTime responseRate followedUp pendingFollowUp
  solved partlySolved satisfied basicallySatisfied reworked resolutionRate satisfactionRate score } }`;
const FOLLOW_UP =
  'mutation($c: ID!, $s: FollowUpSolved!, $a: FollowUpSatisfaction!, $n: String) { recordFollowUp(caseId: $c, solved: $s, satisfaction: $a, note: $n) { reworked source } }';
const WEIGHTS = 'mutation($i: RateWeightsInput!) { setRateWeights(input: $i) { response resolution satisfaction partlySolvedCredit basicallySatisfiedCredit } }';
const RATE_CASES = 'query($u: ID!, $f: DateTime!, $t: DateTime!, $k: RateCaseKind!) { rateCases(unitId: $u, from: $f, to: $t, kind: $k) { totalCount edges { node { title } } } }';
const sql = (text: string, params: unknown[]) => app.orm.em.fork().getConnection().execute(text, params);

type Unit = { unit: { id: string; name: string }; rep: typeof cast.rep };
interface Script {
  sign?: 'onTime' | 'late' | 'never';
  close?: boolean;
  answer?: [string, string];
  closedDaysAgo?: number;
}

/** One case of the month, taken as far as the script says; returns its id. */
async function scripted(unit: Unit, title: string, s: Script): Promise<string> {
  const id = must<any>(await cast.gridWorker.gql(REPORT_CASE, { i: { title, category: 'DRAINAGE' } }), 'reportCase').reportCase.id as string;
  must<any>(await cast.officer.gql('mutation($id: ID!) { acceptCase(id: $id) { id } }', { id }), 'acceptCase');
  must<any>(await cast.officer.gql('mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { id } }', { id, u: unit.unit.id }), 'dispatchCase');
  // Late: the response deadline passed before the unit signed (or handled it unsigned).
  if (s.sign === 'late' || s.sign === 'never') await sql(`update case_file set acknowledge_due_at = now() - interval '1 hour' where id = ?`, [id]);
  if (s.sign !== 'never') must<any>(await unit.rep.gql('mutation($id: ID!) { acknowledgeCase(id: $id) { id } }', { id }), 'acknowledgeCase');
  if (s.close !== false) {
    must<any>(await unit.rep.gql('mutation($id: ID!) { handleCase(id: $id, note: "已疏通") { id } }', { id }), 'handleCase');
    must<any>(await cast.gridWorker.gql('mutation($id: ID!) { verifyCase(id: $id, passed: true) { id } }', { id }), 'verifyCase');
    must<any>(await cast.officer.gql('mutation($id: ID!) { closeCase(id: $id) { id } }', { id }), 'closeCase');
  }
  if (s.closedDaysAgo) await sql(`update case_file set closed_at = now() - make_interval(days => ?) where id = ?`, [s.closedDaysAgo, id]);
  if (s.answer) must<any>(await cast.officer.gql(FOLLOW_UP, { c: id, s: s.answer[0], a: s.answer[1], n: '电话回访' }), 'recordFollowUp');
  await sql(`update case_file set reported_at = '2024-03-15T02:00:00Z' where id = ?`, [id]);
  return id;
}

const ids: Record<string, string> = {};
let units: Record<'a' | 'b' | 'c' | 'd', Unit>;

describe('三率: response, resolution and satisfaction rank the units', () => {
  it('a March with late sign-fors, unsolved but closed cases, a rework, ties and pending follow-ups: every rate and the score exactly', async () => {
    units = { a: cast, b: await unitWithRep(app, '城市管理执法局'), c: await unitWithRep(app, '住房和城乡建设局'), d: await unitWithRep(app, '国网赤壁市供电公司') };
    // 水利和湖泊局 and 住房和城乡建设局 have the same month: one late sign-for, one partial answer, one pending.
    for (const key of ['a', 'c'] as const) {
      ids[`${key}1`] = await scripted(units[key], '雨水井堵塞', { sign: 'onTime', answer: ['SOLVED', 'SATISFIED'] });
      ids[`${key}2`] = await scripted(units[key], '排水沟淤积', { sign: 'onTime', answer: ['PARTLY_SOLVED', 'BASICALLY_SATISFIED'] });
      ids[`${key}3`] = await scripted(units[key], '井盖缺失', { sign: 'late', answer: ['SOLVED', 'SATISFIED'] });
      ids[`${key}4`] = await scripted(units[key], '路面积水', { sign: 'onTime' });
    }
    // 城市管理执法局: one sent back within the week, one unsolved but past the week, one never signed for until handled.
    ids.b1 = await scripted(units.b, '占道经营', { sign: 'onTime', answer: ['NOT_SOLVED', 'NOT_SATISFIED'] });
    ids.b2 = await scripted(units.b, '违章搭建', { sign: 'never', answer: ['NOT_SOLVED', 'SATISFIED'], closedDaysAgo: 8 });
    ids.b3 = await scripted(units.b, '乱堆乱放', { sign: 'onTime', answer: ['SOLVED', 'SATISFIED'] });
    // 供电公司: everything answered well, but one still open.
    ids.d1 = await scripted(units.d, '路灯不亮', { sign: 'onTime', answer: ['SOLVED', 'SATISFIED'] });
    ids.d2 = await scripted(units.d, '电线垂落', { sign: 'onTime', close: false });

    const ranking = must<any>(await cast.officer.gql(RANKING, MARCH), 'unitRanking').unitRanking;
    const row = (name: string) => ranking.find((r: any) => r.unit.name === name);
    const ac = {
      rank: 1,
      scoreRank: 2,
      dispatched: 4,
      closed: 4,
      disposalRate: 1,
      respondedOnTime: 3,
      responseRate: 0.75,
      followedUp: 3,
      pendingFollowUp: 1,
      solved: 2,
      partlySolved: 1,
      satisfied: 2,
      basicallySatisfied: 1,
      reworked: 0,
      resolutionRate: 2.5 / 3,
      satisfactionRate: 2.5 / 3,
      score: 80.83,
    };
    expect(row('水利和湖泊局')).toEqual({ unit: { name: '水利和湖泊局' }, ...ac });
    expect(row('住房和城乡建设局')).toEqual({ unit: { name: '住房和城乡建设局' }, ...ac });
    // The rework took b1 back to the unit: no longer closed, still counted by its answer.
    expect(row('城市管理执法局')).toEqual({
      unit: { name: '城市管理执法局' },
      rank: 3,
      scoreRank: 4,
      dispatched: 3,
      closed: 2,
      disposalRate: 2 / 3,
      respondedOnTime: 2,
      responseRate: 2 / 3,
      followedUp: 3,
      pendingFollowUp: 0,
      solved: 1,
      partlySolved: 0,
      satisfied: 2,
      basicallySatisfied: 0,
      reworked: 1,
      resolutionRate: 1 / 3,
      satisfactionRate: 2 / 3,
      score: 55,
    });
    expect(row('国网赤壁市供电公司')).toEqual({
      unit: { name: '国网赤壁市供电公司' },
      rank: 4,
      scoreRank: 1,
      dispatched: 2,
      closed: 1,
      disposalRate: 0.5,
      respondedOnTime: 2,
      responseRate: 1,
      followedUp: 1,
      pendingFollowUp: 0,
      solved: 1,
      partlySolved: 0,
      satisfied: 1,
      basicallySatisfied: 0,
      reworked: 0,
      resolutionRate: 1,
      satisfactionRate: 1,
      score: 100,
    });
    expect(ranking).toHaveLength(4);
  });

  it('the rework sent 占道经营 back to 城市管理执法局 with a new deadline and a REOPENED event; closed again, it waits for a new follow-up', async () => {
    const CASE = 'query($id: ID!) { case(id: $id) { status closedAt dueAt events { action unit { name } } followUps { solved satisfaction reworked source note } } }';
    const back = must<any>(await cast.officer.gql(CASE, { id: ids.b1 }), 'case').case;
    expect(back.status).toBe('DISPATCHED');
    expect(back.closedAt).toBeNull();
    expect(new Date(back.dueAt).getTime()).toBeGreaterThan(Date.now());
    expect(back.events.slice(-2)).toEqual([
      { action: 'FOLLOWED_UP', unit: { name: '城市管理执法局' } },
      { action: 'REOPENED', unit: { name: '城市管理执法局' } },
    ]);
    expect(back.followUps).toEqual([{ solved: 'NOT_SOLVED', satisfaction: 'NOT_SATISFIED', reworked: true, source: 'COMMAND_CENTER', note: '电话回访' }]);
    // The note is what the reporter said: the unit sees the answers, not the note.
    expect(must<any>(await units.b.rep.gql(CASE, { id: ids.b1 }), 'case').case.followUps[0].note).toBeNull();
    // Past the week, "not solved" is recorded and counted but sends nothing back.
    expect(must<any>(await cast.officer.gql(CASE, { id: ids.b2 }), 'case').case).toMatchObject({ status: 'CLOSED', followUps: [{ reworked: false }] });

    must<any>(await units.b.rep.gql('mutation($id: ID!) { handleCase(id: $id, note: "已清理") { id } }', { id: ids.b1 }), 'handleCase');
    must<any>(await cast.gridWorker.gql('mutation($id: ID!) { verifyCase(id: $id, passed: true) { id } }', { id: ids.b1 }), 'verifyCase');
    must<any>(await cast.officer.gql('mutation($id: ID!) { closeCase(id: $id) { id } }', { id: ids.b1 }), 'closeCase');
    const b = must<any>(await cast.officer.gql(RANKING, MARCH), 'unitRanking').unitRanking.find((r: any) => r.unit.name === '城市管理执法局');
    expect(b).toMatchObject({ closed: 3, followedUp: 2, pendingFollowUp: 1, reworked: 1, solved: 1, satisfied: 2 });
    const queue = must<any>(await cast.officer.gql('{ followUpQueue(first: 100) { totalCount edges { node { id } } } }'), 'followUpQueue').followUpQueue;
    const queued = queue.edges.map((e: any) => e.node.id);
    expect(queued).toEqual(expect.arrayContaining([ids.a4, ids.c4, ids.b1]));
    expect(queued).not.toContain(ids.a1);
    expect(queue.totalCount).toBe(3);
  });

  it('a leader opens the cases behind a rate: late sign-fors, not solved, reworked, pending', async () => {
    const { caller: leader } = await actAs(app, ['CITY_LEADER' as never]);
    const behind = async (unit: Unit, k: string) =>
      must<any>(await leader.gql(RATE_CASES, { u: unit.unit.id, ...MARCH, k }), 'rateCases')
        .rateCases.edges.map((e: any) => e.node.title)
        .sort();
    expect(await behind(units.a, 'LATE_SIGN_FOR')).toEqual(['井盖缺失']);
    expect(await behind(units.b, 'LATE_SIGN_FOR')).toEqual(['违章搭建']);
    expect(await behind(units.b, 'NOT_SOLVED')).toEqual(['违章搭建']);
    expect(await behind(units.b, 'REWORKED')).toEqual(['占道经营']);
    expect(await behind(units.a, 'PENDING_FOLLOW_UP')).toEqual(['路面积水']);
    expect(await behind(units.d, 'NOT_CLOSED')).toEqual(['电线垂落']);
    // Another unit's representative sees none of 水利和湖泊局's cases behind its rates.
    const other = must<any>(await units.d.rep.gql(RATE_CASES, { u: units.a.unit.id, ...MARCH, k: 'LATE_SIGN_FOR' }), 'rateCases').rateCases;
    expect(other.totalCount).toBe(0);
  });

  it('the command centre sets the weights: they must add up to 100, credits between 0 and 1; the score follows', async () => {
    const good = { response: 50, resolution: 25, satisfaction: 25, partlySolvedCredit: 1, basicallySatisfiedCredit: 0 };
    expect(codeOf(await cast.officer.gql(WEIGHTS, { i: { ...good, satisfaction: 30 } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await cast.officer.gql(WEIGHTS, { i: { ...good, partlySolvedCredit: 1.5 } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await cast.rep.gql(WEIGHTS, { i: good }))).toBe('FORBIDDEN');
    expect(must<any>(await cast.officer.gql(WEIGHTS, { i: good }), 'setRateWeights').setRateWeights).toEqual(good);
    const a = must<any>(await cast.officer.gql(RANKING, MARCH), 'unitRanking').unitRanking.find((r: any) => r.unit.name === '水利和湖泊局');
    // 50 × 0.75 + 25 × 3/3 + 25 × 2/3 = 79.17
    expect(a).toMatchObject({ resolutionRate: 1, satisfactionRate: 2 / 3, score: 79.17 });
    must<any>(await cast.officer.gql(WEIGHTS, { i: { response: 30, resolution: 35, satisfaction: 35, partlySolvedCredit: 0.5, basicallySatisfiedCredit: 0.5 } }), 'setRateWeights');
    const [audited] = await sql(`select data from audit_event where action = 'RATE_WEIGHTS_SET' order by at limit 1`, []);
    expect(audited.data.after).toEqual(good);
  });

  it('李红 reported a blocked drain herself: she answers its follow-up from her own account; a neighbour cannot', async () => {
    const { caller: liHong } = await residentOf(app, cast.community.id);
    const { caller: neighbour } = await residentOf(app, cast.community.id);
    const id = must<any>(await liHong.gql(REPORT_CASE, { i: { title: '小区门口下水道堵塞', category: 'DRAINAGE' } }), 'reportCase').reportCase.id as string;
    must<any>(await cast.officer.gql('mutation($id: ID!) { acceptCase(id: $id) { id } }', { id }), 'acceptCase');
    must<any>(await cast.officer.gql('mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { id } }', { id, u: cast.unit.id }), 'dispatchCase');
    must<any>(await cast.rep.gql('mutation($id: ID!) { acknowledgeCase(id: $id) { id } }', { id }), 'acknowledgeCase');
    must<any>(await cast.rep.gql('mutation($id: ID!) { handleCase(id: $id, note: "已疏通") { id } }', { id }), 'handleCase');
    must<any>(await cast.gridWorker.gql('mutation($id: ID!) { verifyCase(id: $id, passed: true) { id } }', { id }), 'verifyCase');
    must<any>(await cast.officer.gql('mutation($id: ID!) { closeCase(id: $id) { id } }', { id }), 'closeCase');

    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(await neighbour.gql(FOLLOW_UP, { c: id, s: 'NOT_SOLVED', a: 'NOT_SATISFIED' })));
    const answered = must<any>(await liHong.gql(FOLLOW_UP, { c: id, s: 'SOLVED', a: 'BASICALLY_SATISFIED', n: '疏通了，就是慢了点' }), 'recordFollowUp');
    expect(answered.recordFollowUp).toEqual({ reworked: false, source: 'REPORTER' });
    // Answered once: the command centre's queue no longer holds it, and a second answer is refused.
    const queue = must<any>(await cast.officer.gql('{ followUpQueue(first: 100) { edges { node { id } } } }'), 'followUpQueue').followUpQueue;
    expect(queue.edges.map((e: any) => e.node.id)).not.toContain(id);
    expect(codeOf(await liHong.gql(FOLLOW_UP, { c: id, s: 'SOLVED', a: 'SATISFIED' }))).toBe('CONFLICT');
  });

  it('two officers record the follow-up of the same closure at once: exactly one wins, the other gets CONFLICT', async () => {
    const id = await scripted(cast, '化粪池外溢', { sign: 'onTime' });
    const { caller: second } = await actAs(app, ['COMMAND_CENTER' as never]);
    const answers = await Promise.all([cast.officer.gql(FOLLOW_UP, { c: id, s: 'SOLVED', a: 'SATISFIED' }), second.gql(FOLLOW_UP, { c: id, s: 'NOT_SOLVED', a: 'NOT_SATISFIED' })]);
    expect(answers.map((r) => (r.errors ? codeOf(r) : 'ok')).sort()).toEqual(['CONFLICT', 'ok']);
    const [{ n }] = await sql('select count(*)::int as n from case_follow_up where case_id = ?', [id]);
    expect(n).toBe(1);
    expect(codeOf(await cast.rep.gql(FOLLOW_UP, { c: id, s: 'SOLVED', a: 'SATISFIED' }))).toBe('FORBIDDEN');
  });
});
