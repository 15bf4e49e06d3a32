import { codeOf, startTestApp, type TestApp } from '../support/app';
import { caseCast, must, REPORT_CASE, unitWithRep } from '../support/factories';

// 签收: a dispatched case is signed for by its unit before it is handled, within the routing
// table's response hours; the unit's inbox shows what waits, the soonest due first.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const ACCEPT = 'mutation($id: ID!) { acceptCase(id: $id) { status } }';
const DISPATCH = 'mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { status acknowledgedAt acknowledgeDueAt } }';
const SIGN = 'mutation($id: ID!, $n: String) { acknowledgeCase(id: $id, note: $n) { status acknowledgedAt acknowledgeDueAt } }';
const CASE = 'query($id: ID!) { case(id: $id) { acknowledgedAt acknowledgeDueAt events { action note unit { name } } } }';
const UNSIGNED = '{ cases(unsigned: true, first: 20) { totalCount edges { node { title acknowledgeDueAt } } } }';
const HOUR = 3_600_000;

async function dispatched(cast: Awaited<ReturnType<typeof caseCast>>, title: string) {
  const id = must<any>(await cast.gridWorker.gql(REPORT_CASE, { i: { title, category: 'DRAINAGE' } }), 'reportCase').reportCase.id as string;
  must<any>(await cast.officer.gql(ACCEPT, { id }), 'acceptCase');
  const answer = must<any>(await cast.officer.gql(DISPATCH, { id, u: cast.unit.id }), 'dispatchCase').dispatchCase;
  return { id, answer };
}

describe('签收: the unit signs for what it was sent', () => {
  it('水利和湖泊局 signs for the blocked drain within the two hours the routing table gives, with its first call to the reporter; once only', async () => {
    const cast = await caseCast(app, { community: '六米桥社区', unit: '水利和湖泊局' });
    const before = Date.now();
    const { id, answer } = await dispatched(cast, '雨水井堵塞');
    expect(answer.acknowledgedAt).toBeNull();
    const due = new Date(answer.acknowledgeDueAt).getTime();
    expect(due - before).toBeGreaterThanOrEqual(2 * HOUR - 1000);
    expect(due - Date.now()).toBeLessThanOrEqual(2 * HOUR);

    const signed = must<any>(await cast.rep.gql(SIGN, { id, n: '已电话联系上报人，半小时内到场' }), 'acknowledgeCase').acknowledgeCase;
    expect(signed.status).toBe('DISPATCHED');
    expect(codeOf(await cast.rep.gql(SIGN, { id }))).toBe('CONFLICT');
    const read = must<any>(await cast.officer.gql(CASE, { id }), 'case').case;
    expect(read.acknowledgedAt).toBe(signed.acknowledgedAt);
    expect(read.events.slice(-1)).toEqual([{ action: 'ACKNOWLEDGED', note: '已电话联系上报人，半小时内到场', unit: { name: '水利和湖泊局' } }]);
  });

  it('only the assigned unit signs, only while dispatched; the routing table sets the hours', async () => {
    const cast = await caseCast(app);
    must<any>(await cast.officer.gql('mutation { setRoutingRule(input: { category: DRAINAGE, responseHours: 1 }) { responseHours } }'), 'setRoutingRule');
    const { id, answer } = await dispatched(cast, '排水沟淤积');
    expect(new Date(answer.acknowledgeDueAt).getTime() - Date.now()).toBeLessThanOrEqual(HOUR);
    const other = await unitWithRep(app);
    expect(codeOf(await other.rep.gql(SIGN, { id }))).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
    expect(codeOf(await cast.officer.gql(SIGN, { id }))).toBe('FORBIDDEN');
    const reported = must<any>(await cast.gridWorker.gql(REPORT_CASE, { i: { title: '未派单' } }), 'reportCase').reportCase.id;
    expect(codeOf(await cast.rep.gql(SIGN, { id: reported }))).toMatch(/^(CONFLICT|NOT_FOUND)$/);
    must<any>(await cast.officer.gql('mutation { setRoutingRule(input: { category: DRAINAGE, responseHours: 2 }) { responseHours } }'), 'setRoutingRule');
  });

  it('handling a case never signed for signs for it then; handing it back clears the signature for the next unit', async () => {
    const cast = await caseCast(app);
    const first = await dispatched(cast, '路面塌陷');
    must<any>(await cast.rep.gql('mutation($id: ID!) { handleCase(id: $id, note: "已处理") { status } }', { id: first.id }), 'handleCase');
    const handled = must<any>(await cast.officer.gql(CASE, { id: first.id }), 'case').case;
    expect(handled.events.map((e: any) => e.action).slice(-2)).toEqual(['ACKNOWLEDGED', 'HANDLED']);
    expect(handled.acknowledgedAt).not.toBeNull();

    const second = await dispatched(cast, '非本单位职责');
    must<any>(await cast.rep.gql(SIGN, { id: second.id }), 'acknowledgeCase');
    must<any>(await cast.rep.gql('mutation($id: ID!) { returnCase(id: $id, reason: "属供电公司") { status } }', { id: second.id }), 'returnCase');
    expect(must<any>(await cast.officer.gql(CASE, { id: second.id }), 'case').case).toMatchObject({ acknowledgedAt: null, acknowledgeDueAt: null });
  });

  it("the unit's inbox lists what waits to be signed for, the soonest due first, and nothing signed", async () => {
    const cast = await caseCast(app);
    const a = await dispatched(cast, '第一件');
    await dispatched(cast, '第二件');
    const c = await dispatched(cast, '第三件');
    must<any>(await cast.rep.gql(SIGN, { id: c.id }), 'acknowledgeCase');
    // The first has waited longest: pull its deadline back, as if dispatched three hours ago.
    await app.orm.em.fork().getConnection().execute(`update case_file set acknowledge_due_at = now() - interval '1 hour' where id = ?`, [a.id]);
    const inbox = must<any>(await cast.rep.gql(UNSIGNED), 'cases').cases;
    expect([inbox.totalCount, inbox.edges.map((e: any) => e.node.title)]).toEqual([2, ['第一件', '第二件']]);
    const other = await unitWithRep(app);
    expect(must<any>(await other.rep.gql(UNSIGNED), 'cases').cases.totalCount).toBe(0);
  });
});
