import { codeOf, startTestApp, type TestApp } from '../support/app';
import { actAs, caseCast, REPORT_CASE, unitWithRep } from '../support/factories';
import { liveClient } from '../support/live';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const CASE = 'query($id: ID!) { case(id: $id) { id status filedAt closedAt dueAt reworkCount overdue assignedUnit { name } events { action actor { displayName } note } } }';
const ACCEPT = 'mutation($id: ID!) { acceptCase(id: $id, note: "核实属实，予以立案") { status } }';
const DISPATCH = 'mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { status dueAt filedAt assignedUnit { name } } }';
const HANDLE = 'mutation($id: ID!) { handleCase(id: $id, note: "已处理完毕，现场干净整洁") { status } }';
const VERIFY = 'mutation($id: ID!, $p: Boolean!) { verifyCase(id: $id, passed: $p, note: "现场核查") { status reworkCount } }';
const CLOSE = 'mutation($id: ID!) { closeCase(id: $id) { status closedAt } }';

describe('the dispatch workflow (市民下单、平台派单、单位接单、党员领单)', () => {
  it('06:37 a grid worker reports rubbish near 北渠; accepted and dispatched to 水利和湖泊局; handled; verified on site; closed', async () => {
    const cast = await caseCast(app, { community: '六米桥社区', unit: '水利和湖泊局' });
    const reported = await cast.gridWorker.gql(REPORT_CASE, {
      i: { title: '北渠附近出现少量垃圾', category: 'ENVIRONMENT', address: '赤壁市北渠', latitude: 29.716, longitude: 113.9, idempotencyKey: 'phone-0637' },
    });
    const id = reported.data?.reportCase.id;
    expect(reported.data?.reportCase.status).toBe('REPORTED');
    expect((await cast.officer.gql(ACCEPT, { id })).data?.acceptCase.status).toBe('ACCEPTED');
    const dispatched = (await cast.officer.gql(DISPATCH, { id, u: cast.unit.id })).data?.dispatchCase;
    expect(dispatched).toMatchObject({ status: 'DISPATCHED', assignedUnit: { name: '水利和湖泊局' } });
    expect(new Date(dispatched.dueAt).getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000);
    expect((await cast.rep.gql(HANDLE, { id })).data?.handleCase.status).toBe('HANDLED');
    expect((await cast.gridWorker.gql(VERIFY, { id, p: true })).data?.verifyCase.status).toBe('VERIFIED');
    expect((await cast.officer.gql(CLOSE, { id })).data?.closeCase.status).toBe('CLOSED');
    const done = (await cast.officer.gql(CASE, { id })).data?.case;
    expect(done.events.map((e: { action: string }) => e.action)).toEqual(['REPORTED', 'ACCEPTED', 'DISPATCHED', 'ACKNOWLEDGED', 'HANDLED', 'VERIFIED', 'CLOSED']);
    expect(done.events[1].note).toBe('核实属实，予以立案');
    expect(done.filedAt).toBeTruthy();
    expect(done.closedAt).toBeTruthy();
  });

  it('every transition out of order is a CONFLICT', async () => {
    const cast = await caseCast(app);
    const id = (await cast.gridWorker.gql(REPORT_CASE, { i: { title: '占道经营' } })).data?.reportCase.id;
    expect(codeOf(await cast.officer.gql(DISPATCH, { id, u: cast.unit.id }))).toBe('CONFLICT');
    expect(codeOf(await cast.officer.gql(CLOSE, { id }))).toBe('CONFLICT');
    await cast.officer.gql(ACCEPT, { id });
    expect(codeOf(await cast.officer.gql(ACCEPT, { id }))).toBe('CONFLICT');
    expect(codeOf(await cast.officer.gql('mutation($id: ID!) { rejectCase(id: $id, reason: "重复") { status } }', { id }))).toBe('CONFLICT');
    await cast.officer.gql(DISPATCH, { id, u: cast.unit.id });
    expect(codeOf(await cast.gridWorker.gql(VERIFY, { id, p: true }))).toBe('CONFLICT');
    expect(codeOf(await cast.officer.gql(CLOSE, { id }))).toBe('CONFLICT');
    await cast.rep.gql(HANDLE, { id });
    expect(codeOf(await cast.rep.gql(HANDLE, { id }))).toBe('CONFLICT');
    const rejected = (await cast.gridWorker.gql(REPORT_CASE, { i: { title: '非本辖区问题' } })).data?.reportCase.id;
    expect((await cast.officer.gql('mutation($id: ID!) { rejectCase(id: $id, reason: "不属于社区治理范围") { status } }', { id: rejected })).data?.rejectCase.status).toBe(
      'REJECTED',
    );
    expect(codeOf(await cast.officer.gql(ACCEPT, { id: rejected }))).toBe('CONFLICT');
  });

  it('two duty officers act on one case at the same moment: one wins, the rest get CONFLICT', async () => {
    const cast = await caseCast(app);
    const officers = [cast.officer, ...(await Promise.all(Array.from({ length: 5 }, () => actAs(app, ['COMMAND_CENTER' as never])))).map((o) => o.caller)];
    const id = (await cast.gridWorker.gql(REPORT_CASE, { i: { title: '井盖缺失' } })).data?.reportCase.id;
    const results = await Promise.all(
      officers.map((o, i) => (i % 2 ? o.gql(ACCEPT, { id }) : o.gql('mutation($id: ID!) { rejectCase(id: $id, reason: "并发") { status } }', { id }))),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(5);
    const events = (await cast.officer.gql(CASE, { id })).data?.case.events;
    expect(events).toHaveLength(2);
  });

  it('a report retried from a flaky phone with the same key is the same case, even when the retries race', async () => {
    const cast = await caseCast(app);
    const input = { title: '路灯不亮', category: 'LIGHTING', idempotencyKey: 'retry-7f3a' };
    const results = await Promise.all(Array.from({ length: 6 }, () => cast.gridWorker.gql(REPORT_CASE, { i: input })));
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(new Set(results.map((r) => r.data?.reportCase.id)).size).toBe(1);
    const other = await actAs(app, ['VOLUNTEER' as never]);
    const theirs = await other.caller.gql(REPORT_CASE, { i: input });
    expect(theirs.data?.reportCase.id).not.toBe(results[0].data?.reportCase.id);
  });

  it('another unit can neither see nor handle the case; a grid worker of another community cannot verify it', async () => {
    const cast = await caseCast(app);
    const stranger = await unitWithRep(app);
    const elsewhere = await caseCast(app);
    const id = (await cast.gridWorker.gql(REPORT_CASE, { i: { title: '下水道堵塞', category: 'DRAINAGE' } })).data?.reportCase.id;
    await cast.officer.gql(ACCEPT, { id });
    await cast.officer.gql(DISPATCH, { id, u: cast.unit.id });
    expect((await stranger.rep.gql(CASE, { id })).data?.case).toBeNull();
    expect(codeOf(await stranger.rep.gql(HANDLE, { id }))).toBe('NOT_FOUND');
    expect((await cast.rep.gql(CASE, { id })).data?.case.status).toBe('DISPATCHED');
    await cast.rep.gql(HANDLE, { id });
    expect(codeOf(await elsewhere.gridWorker.gql(VERIFY, { id, p: true }))).toBe('NOT_FOUND');
    expect(codeOf(await cast.rep.gql(ACCEPT, { id }))).toBe('FORBIDDEN');
    expect(codeOf(await cast.gridWorker.gql(CLOSE, { id }))).toBe('FORBIDDEN');
    const list = await stranger.rep.gql('{ cases { totalCount } }');
    expect(list.data?.cases.totalCount).toBe(0);
  });

  it('a failed verification sends the case back for rework; a unit may hand back a case that is not theirs', async () => {
    const cast = await caseCast(app);
    const right = await unitWithRep(app, '城市管理执法局');
    const id = (await cast.gridWorker.gql(REPORT_CASE, { i: { title: '乱搭乱建', category: 'ILLEGAL_CONSTRUCTION' } })).data?.reportCase.id;
    await cast.officer.gql(ACCEPT, { id });
    await cast.officer.gql(DISPATCH, { id, u: cast.unit.id });
    const back = await cast.rep.gql('mutation($id: ID!) { returnCase(id: $id, reason: "不属于本单位职责") { status assignedUnit { name } } }', { id });
    expect(back.data?.returnCase).toEqual({ status: 'ACCEPTED', assignedUnit: null });
    await cast.officer.gql(DISPATCH, { id, u: right.unit.id });
    await right.rep.gql(HANDLE, { id });
    expect((await cast.gridWorker.gql(VERIFY, { id, p: false })).data?.verifyCase).toEqual({ status: 'DISPATCHED', reworkCount: 1 });
    await right.rep.gql(HANDLE, { id });
    await cast.gridWorker.gql(VERIFY, { id, p: true });
    await cast.officer.gql(CLOSE, { id });
    const events = (await cast.officer.gql(CASE, { id })).data?.case.events.map((e: { action: string }) => e.action);
    expect(events).toEqual(['REPORTED', 'ACCEPTED', 'DISPATCHED', 'RETURNED', 'DISPATCHED', 'ACKNOWLEDGED', 'HANDLED', 'REWORK', 'HANDLED', 'VERIFIED', 'CLOSED']);
  });

  it('refuses bad input: a blank title, a latitude of 200, an unknown unit, a deadline in the past', async () => {
    const cast = await caseCast(app);
    expect(codeOf(await cast.gridWorker.gql(REPORT_CASE, { i: { title: '  ' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await cast.gridWorker.gql(REPORT_CASE, { i: { title: '位置错误', latitude: 200, longitude: 10 } }))).toBe('BAD_USER_INPUT');
    const id = (await cast.gridWorker.gql(REPORT_CASE, { i: { title: '垃圾满溢' } })).data?.reportCase.id;
    await cast.officer.gql(ACCEPT, { id });
    expect(codeOf(await cast.officer.gql(DISPATCH, { id, u: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(
      codeOf(await cast.officer.gql('mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u, dueAt: "2020-01-01T00:00:00Z") { status } }', { id, u: cast.unit.id })),
    ).toBe('BAD_USER_INPUT');
    expect((await cast.officer.gql(CASE, { id: 'nope' })).data?.case).toBeNull();
    expect(codeOf(await cast.officer.gql(ACCEPT, { id: 'nope' }))).toBe('NOT_FOUND');
  });
});

describe('deadlines, routing and duplicates', () => {
  it('the routing table suggests the usual unit and sets the deadlines; overdue cases are flagged', async () => {
    const cast = await caseCast(app);
    const rule = await cast.officer.gql(
      'mutation($u: ID) { setRoutingRule(input: { category: DRAINAGE, unitId: $u, acceptHours: 1, handleHours: 4 }) { category acceptHours handleHours unit { name } } }',
      { u: cast.unit.id },
    );
    expect(rule.data?.setRoutingRule).toMatchObject({ acceptHours: 1, handleHours: 4 });
    const reported = (await cast.gridWorker.gql(REPORT_CASE, { i: { title: '雨水井冒水', category: 'DRAINAGE' } })).data?.reportCase;
    expect(new Date(reported.acceptDueAt).getTime() - new Date(reported.reportedAt).getTime()).toBe(3_600_000);
    const suggestion = await cast.officer.gql('query($id: ID!) { case(id: $id) { suggestedUnit { id } overdue } }', { id: reported.id });
    expect(suggestion.data?.case).toEqual({ suggestedUnit: { id: cast.unit.id }, overdue: false });
    await app.orm.em.fork().getConnection().execute(`UPDATE case_file SET accept_due_at = now() - interval '5 minutes' WHERE id = ?`, [reported.id]);
    expect((await cast.officer.gql('query($id: ID!) { case(id: $id) { overdue } }', { id: reported.id })).data?.case.overdue).toBe(true);
    const overdue = await cast.officer.gql('{ cases(overdue: true, first: 100) { edges { node { id } } } }');
    expect(overdue.data?.cases.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(reported.id);
  });

  it('a unit asks for more time; the command centre grants it once', async () => {
    const cast = await caseCast(app);
    const id = (await cast.gridWorker.gql(REPORT_CASE, { i: { title: '道路塌陷', category: 'ROADS' } })).data?.reportCase.id;
    await cast.officer.gql(ACCEPT, { id });
    await cast.officer.gql(DISPATCH, { id, u: cast.unit.id });
    const until = new Date(Date.now() + 72 * 3_600_000).toISOString();
    const asked = await cast.rep.gql('mutation($id: ID!, $u: DateTime!) { requestCaseExtension(caseId: $id, until: $u, reason: "需协调施工队") { id status } }', { id, u: until });
    expect(asked.data?.requestCaseExtension.status).toBe('PENDING');
    const requestId = asked.data?.requestCaseExtension.id;
    const pending = await cast.officer.gql('{ pendingCaseExtensions { id case { id } unit { name } } }');
    expect(pending.data?.pendingCaseExtensions.map((p: { id: string }) => p.id)).toContain(requestId);
    const granted = await cast.officer.gql('mutation($r: ID!) { decideCaseExtension(requestId: $r, grant: true) { status } }', { r: requestId });
    expect(granted.data?.decideCaseExtension.status).toBe('GRANTED');
    expect((await cast.officer.gql(CASE, { id })).data?.case.dueAt).toBe(until);
    expect(codeOf(await cast.officer.gql('mutation($r: ID!) { decideCaseExtension(requestId: $r, grant: false) { status } }', { r: requestId }))).toBe('CONFLICT');
  });

  it('a second report of the same kind within 50 m in a day is shown as a likely duplicate', async () => {
    const cast = await caseCast(app);
    const first = (await cast.gridWorker.gql(REPORT_CASE, { i: { title: '垃圾堆放', category: 'ENVIRONMENT', latitude: 30.1161, longitude: 114.3001 } })).data?.reportCase.id;
    await cast.gridWorker.gql(REPORT_CASE, { i: { title: '远处的垃圾', category: 'ENVIRONMENT', latitude: 30.13, longitude: 114.32 } });
    const second = (await cast.gridWorker.gql(REPORT_CASE, { i: { title: '又见垃圾', category: 'ENVIRONMENT', latitude: 30.1162, longitude: 114.3002 } })).data?.reportCase.id;
    const r = await cast.officer.gql('query($id: ID!) { case(id: $id) { likelyDuplicates { id } } }', { id: second });
    expect(r.data?.case.likelyDuplicates).toEqual([{ id: first }]);
  });
});

describe('the live queue', () => {
  it('the command centre hears a new report and its dispatch; the unit hears only its own cases', async () => {
    const cast = await caseCast(app);
    const other = await unitWithRep(app);
    const listen = (token: string | null, count: number) => {
      const client = liveClient(app.url, token);
      const heard: any[] = [];
      const done = new Promise<any[]>((resolve, reject) => {
        client.subscribe(
          { query: 'subscription { caseUpdates { action case { title status assignedUnit { name } } } }' },
          {
            next: (m) => {
              heard.push(m.data?.caseUpdates);
              if (heard.length === count) resolve(heard);
            },
            error: reject,
            complete: () => undefined,
          },
        );
      });
      return { client, heard, done };
    };
    const queue = listen(cast.officer.token, 3);
    const inbox = listen(cast.rep.token, 1);
    const stranger = listen(other.rep.token, 1);
    await new Promise((r) => setTimeout(r, 300));
    const id = (await cast.gridWorker.gql(REPORT_CASE, { i: { title: '实时案件' } })).data?.reportCase.id;
    await cast.officer.gql(ACCEPT, { id });
    await cast.officer.gql(DISPATCH, { id, u: cast.unit.id });
    const events = await Promise.race([queue.done, new Promise<any[]>((_, reject) => setTimeout(() => reject(new Error('queue heard nothing')), 3000))]);
    expect(events.map((e) => e.action)).toEqual(['REPORTED', 'ACCEPTED', 'DISPATCHED']);
    const unitHeard = await Promise.race([inbox.done, new Promise<any[]>((_, reject) => setTimeout(() => reject(new Error('inbox heard nothing')), 3000))]);
    expect(unitHeard[0]).toMatchObject({ action: 'DISPATCHED', case: { title: '实时案件', assignedUnit: { name: cast.unit.name } } });
    await new Promise((r) => setTimeout(r, 300));
    expect(stranger.heard).toEqual([]);
    for (const l of [queue, inbox, stranger]) await l.client.dispose();
  });
});
