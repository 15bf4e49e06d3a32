import type { Role } from '../../api/src/shared/auth/role';
import { type Caller, codeOf, startTestApp, type TestApp } from '../support/app';
import { actAs, caseCast, must, REPORT_CASE } from '../support/factories';

// The article's chain as one story (市民下单、平台派单、单位接单 … 综合评价): a resident of 赤马港
// reports a blocked drain; the command centre dispatches it to the water bureau, which signs for
// it and handles it; the grid supervisor verifies on site and the centre closes it. The resident
// says 不满意: the case goes back to the bureau (退回重办), is handled, verified and closed again, and
// this time the resident is 满意. At each step: the state, the events, what the resident sees.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const MY = `query { myReports { edges { node { id status unitName rating timeline { action unitName } } } } }`;
const STATE = 'query($id: ID!) { case(id: $id) { status assignedUnit { name } events { action } followUps { solved satisfaction } } }';
const RATE = 'mutation($id: ID!, $s: FollowUpSolved!, $f: FollowUpSatisfaction!, $n: String) { recordFollowUp(caseId: $id, solved: $s, satisfaction: $f, note: $n) { id } }';

describe('the article’s chain, from a resident’s report to their verdict', () => {
  it('report → dispatch → sign for → handle → verify → close → 不满意 reopens it to the unit → handled again → 满意', async () => {
    const cast = await caseCast(app, { community: '赤马港社区', unit: '水利和湖泊局' });
    const { caller: resident } = await actAs(app, ['RESIDENT' as Role], { communityId: cast.community.id });
    const mine = async (who: Caller) => must<any>(await who.gql(MY), 'myReports').myReports.edges.map((e: any) => e.node);
    const state = async () => must<any>(await cast.officer.gql(STATE, { id }), 'case').case;
    const steps = async () => (await mine(resident))[0].timeline.map((s: any) => s.action);

    const id = must<any>(await resident.gql(REPORT_CASE, { i: { title: '老街雨水口堵塞', category: 'DRAINAGE', address: '赤马港老街 12 号' } }), 'reportCase').reportCase
      .id as string;
    expect(await mine(resident)).toEqual([{ id, status: 'REPORTED', unitName: null, rating: null, timeline: [{ action: 'REPORTED', unitName: null }] }]);
    // The resident reaches their own report only through 我的上报: not the officials' case.
    expect(codeOf(await resident.gql('query($id: ID!) { case(id: $id) { id } }', { id }))).toBe('FORBIDDEN');

    const round = async (note: string) => {
      must(await cast.rep.gql('mutation($id: ID!) { handleCase(id: $id, note: "已疏通") { id } }', { id }), 'handleCase');
      expect((await mine(resident))[0].status).toBe('HANDLED');
      must(await cast.gridWorker.gql('mutation($id: ID!, $n: String) { verifyCase(id: $id, passed: true, note: $n) { id } }', { id, n: note }), 'verifyCase');
      must(await cast.officer.gql('mutation($id: ID!) { closeCase(id: $id) { id } }', { id }), 'closeCase');
    };

    must(await cast.officer.gql('mutation($id: ID!) { acceptCase(id: $id) { id } }', { id }), 'acceptCase');
    must(await cast.officer.gql('mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { id } }', { id, u: cast.unit.id }), 'dispatchCase');
    expect(await mine(resident)).toEqual([expect.objectContaining({ status: 'DISPATCHED', unitName: '水利和湖泊局' })]);
    must(await cast.rep.gql('mutation($id: ID!) { acknowledgeCase(id: $id, note: "已电话联系") { id } }', { id }), 'acknowledgeCase');
    await round('现场核查通过');
    expect(await state()).toMatchObject({ status: 'CLOSED', assignedUnit: { name: '水利和湖泊局' } });
    expect(await steps()).toEqual(['REPORTED', 'ACCEPTED', 'DISPATCHED', 'ACKNOWLEDGED', 'HANDLED', 'VERIFIED', 'CLOSED']);

    // 不满意 within 7 days: back to the bureau, by the resident's own word.
    must(await resident.gql(RATE, { id, s: 'NOT_SOLVED', f: 'NOT_SATISFIED', n: '下雨还是积水' }), 'recordFollowUp');
    const reopened = await state();
    expect(reopened).toMatchObject({ status: 'DISPATCHED', assignedUnit: { name: '水利和湖泊局' } });
    expect(reopened.events.map((e: any) => e.action).slice(-2)).toEqual(['FOLLOWED_UP', 'REOPENED']);
    expect((await mine(resident))[0]).toMatchObject({ status: 'DISPATCHED', unitName: '水利和湖泊局' });
    // Their timeline says it went back, without the officials' notes.
    expect((await steps()).slice(-2)).toEqual(['CLOSED', 'REOPENED']);
    // The same closure is not rated twice.
    expect(codeOf(await resident.gql(RATE, { id, s: 'SOLVED', f: 'SATISFIED' }))).toBe('CONFLICT');

    await round('复查通过，已无积水');
    must(await resident.gql(RATE, { id, s: 'SOLVED', f: 'SATISFIED', n: '这次彻底好了' }), 'recordFollowUp');
    const done = await state();
    expect(done.status).toBe('CLOSED');
    expect(done.followUps.map((f: any) => [f.solved, f.satisfaction])).toEqual([
      ['NOT_SOLVED', 'NOT_SATISFIED'],
      ['SOLVED', 'SATISFIED'],
    ]);
    const last = (await mine(resident))[0];
    expect(last.status).toBe('CLOSED');
    expect(last.rating).toBe('SATISFIED');
    expect(last.timeline.map((s: any) => s.action).filter((a: string) => a === 'CLOSED')).toHaveLength(2);

    // A neighbour who is also a resident sees none of it.
    const { caller: neighbour } = await actAs(app, ['RESIDENT' as Role], { communityId: cast.community.id });
    expect(await mine(neighbour)).toEqual([]);
    expect(codeOf(await neighbour.gql(RATE, { id, s: 'SOLVED', f: 'SATISFIED' }))).toMatch(/NOT_FOUND|FORBIDDEN/);
  });
});
