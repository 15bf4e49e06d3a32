import type { Role } from '../../api/src/shared/auth/role';
import { messages } from '../../api/src/shared/i18n/messages';
import { type Caller, codeOf, startTestApp, type TestApp } from '../support/app';
import { actAs, caseCast, must, REPORT_CASE, residentOf } from '../support/factories';
import { jpegWithGps } from '../support/images';

// 市民下单: a resident of 赤马港 registers with their phone, reports a blocked drain from the street,
// and follows it to the close on a public timeline that names the unit but no official.

const REGISTER = 'mutation($i: RegisterResidentInput!) { registerResident(input: $i) { id roles } }';
const MY_REPORTS = `query { myReports { totalCount edges { node {
  id number title status dueAt unitName abusive rating
  timeline { action at unitName }
  photos { id url } afterPhotos { id url }
} } } }`;
const MY_REPORT = 'query($id: ID!) { myReport(id: $id) { id title } }';
const STANDING = 'query { myReportingStanding { suspended abusiveReports reportsToday reportsPerDay } }';
const MARK = 'mutation($id: ID!) { markCaseAbusive(caseId: $id) { id abusiveAt source } }';
const RESTORE = 'mutation($u: ID!) { restoreResidentReporting(userId: $u) { suspended abusiveReports } }';

let app: TestApp;
let cast: Awaited<ReturnType<typeof caseCast>>;
beforeAll(async () => {
  app = await startTestApp({ RESIDENT_REPORTS_PER_DAY: '4', RESIDENT_ABUSE_LIMIT: '2' });
  cast = await caseCast(app, { community: '赤马港社区', unit: '赤壁市城管局' });
});
afterAll(() => app.close());

const upload = async (caller: Caller, at: [number, number]) => {
  const response = await fetch(`${app.url}/api/uploads`, {
    method: 'POST',
    headers: { 'content-type': 'image/jpeg', authorization: `Bearer ${caller.token}` },
    body: jpegWithGps(...at),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
};
const reported = async (caller: Caller, i: object) => must(await caller.gql<{ reportCase: { id: string } }>(REPORT_CASE, { i }), 'reportCase').reportCase;
const photoStatus = async (caller: Caller, url: string) => (await fetch(`${app.url}${url}`, { headers: { authorization: `Bearer ${caller.token}` } })).status;

describe('a resident registers with their phone and signs in as anyone does', () => {
  it('refuses a bad phone, a weak password, an unknown community and a taken phone, each with a clear message', async () => {
    const input = { phone: '139 0715 8801', password: 'chimagang2026', communityId: cast.community.id };
    const en = (i: object) => app.anonymous.gql(REGISTER, { i: { ...input, ...i } }, { lang: 'en' });

    const badPhone = await en({ phone: '12345' });
    expect([codeOf(badPhone), badPhone.errors?.[0].message]).toEqual(['BAD_USER_INPUT', messages['resident.badPhone'].en]);
    for (const password of ['onlyletters', '1390715880100', 'x13907158801']) {
      const weak = await en({ password });
      expect([password, codeOf(weak), weak.errors?.[0].message]).toEqual([password, 'BAD_USER_INPUT', messages['resident.weakPassword'].en]);
    }
    const nowhere = await en({ communityId: '00000000-0000-4000-8000-000000000000' });
    expect(codeOf(nowhere)).toBe('NOT_FOUND');

    const made = await app.anonymous.gql(REGISTER, { i: input });
    expect(made.data?.registerResident).toEqual({ id: expect.any(String), roles: ['RESIDENT'] });

    const again = await en({ phone: '+86 139-0715-8801', password: 'another2026' });
    expect([codeOf(again), again.errors?.[0].message]).toEqual(['CONFLICT', 'The phone number 13907158801 is already registered: sign in instead.']);

    const resident = await app.signIn('13907158801', 'chimagang2026');
    const me = await resident.gql('{ me { username roles community { id } } }');
    expect(me.data?.me).toEqual({ username: '13907158801', roles: ['RESIDENT'], community: { id: cast.community.id } });
  });
});

describe('a resident reports a blocked drain and follows it to the close', () => {
  it('reports like a grid worker (photo, position, category, safe to retry) and reads a public timeline with no official in it', async () => {
    const { user, caller: resident } = await residentOf(app, cast.community.id);
    const photoId = await upload(resident, [29.7168, 113.8845]);
    const report = { title: '雨水篦子堵塞', category: 'DRAINAGE', latitude: 29.7168, longitude: 113.8845, idempotencyKey: 'phone-key-1', photoIds: [photoId] };
    const first = await reported(resident, report);
    // The answer was lost on a bad connection: the retry returns the first case, not a second one.
    const retry = await reported(resident, report);
    expect(retry.id).toBe(first.id);

    // The command centre sees a resident's report, told apart from a grid worker's.
    const byWorker = await reported(cast.gridWorker, { title: '路灯不亮' });
    const SOURCE = 'query($id: ID!) { case(id: $id) { source reporter { id } } }';
    expect((await cast.officer.gql(SOURCE, { id: first.id })).data?.case).toEqual({ source: 'RESIDENT', reporter: { id: user.id } });
    expect((await cast.officer.gql(SOURCE, { id: byWorker.id })).data?.case.source).toBe('GRID_WORKER');

    // Accepted, dispatched with an internal note, signed for, handled with an after photo, verified, closed.
    const officerName = (await cast.officer.gql('{ me { displayName } }')).data?.me.displayName;
    must(await cast.officer.gql('mutation($id: ID!) { acceptCase(id: $id, note: "内部：先核实是否重复") { id } }', { id: first.id }), 'accept');
    must(await cast.officer.gql('mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { id } }', { id: first.id, u: cast.unit.id }), 'dispatch');
    must(await cast.rep.gql('mutation($id: ID!) { acknowledgeCase(id: $id, note: "已联系王科长 13900001111") { id } }', { id: first.id }), 'acknowledge');
    const after = await upload(cast.rep, [29.7168, 113.8845]);
    must(await cast.rep.gql('mutation($id: ID!, $p: [ID!]) { handleCase(id: $id, note: "内部备注：班组长李师傅", photoIds: $p) { id } }', { id: first.id, p: [after] }), 'handle');
    must(await cast.gridWorker.gql('mutation($id: ID!) { verifyCase(id: $id, passed: true, note: "现场核查通过") { id } }', { id: first.id }), 'verify');
    must(await cast.officer.gql('mutation($id: ID!) { closeCase(id: $id) { id } }', { id: first.id }), 'close');

    // Later, a fresh request: my reports.
    const mine = await resident.gql(MY_REPORTS);
    expect(mine.errors).toBeUndefined();
    const node = mine.data?.myReports.edges.find((e: { node: { id: string } }) => e.node.id === first.id)?.node;
    expect(node).toMatchObject({ number: expect.stringMatching(/-\d{8}-\d{4}$/), title: '雨水篦子堵塞', status: 'CLOSED', unitName: '赤壁市城管局', abusive: false });
    expect(node.dueAt).toEqual(expect.any(String));
    expect(node.timeline.map((s: { action: string; unitName: string | null }) => [s.action, s.unitName])).toEqual([
      ['REPORTED', null],
      ['ACCEPTED', null],
      ['DISPATCHED', '赤壁市城管局'],
      ['ACKNOWLEDGED', '赤壁市城管局'],
      ['HANDLED', '赤壁市城管局'],
      ['VERIFIED', '赤壁市城管局'],
      ['CLOSED', '赤壁市城管局'],
    ]);
    expect(node.photos.map((p: { id: string }) => p.id)).toEqual([photoId]);
    expect(node.afterPhotos.map((p: { id: string }) => p.id)).toEqual([after]);
    expect(await photoStatus(resident, node.afterPhotos[0].url)).toBe(200);
    const text = JSON.stringify(mine.data);
    for (const secret of ['内部', '13900001111', '李师傅', '现场核查', officerName]) expect(text).not.toContain(secret);

    // Asked to rate the closed case, the resident answers 满意; my reports shows the rating, and the form goes.
    expect(node.rating).toBeNull();
    const RATE = 'mutation($id: ID!) { recordFollowUp(caseId: $id, solved: SOLVED, satisfaction: SATISFIED, note: "很快就修好了") { id } }';
    must(await resident.gql(RATE, { id: first.id }), 'recordFollowUp');
    const rated = await resident.gql('{ myReports { edges { node { id rating } } } }');
    expect(rated.data?.myReports.edges.find((e: { node: { id: string } }) => e.node.id === first.id)?.node.rating).toBe('SATISFIED');

    // The full case stays closed to the resident: by ID, in lists, and through the report's own answer.
    expect(codeOf(await resident.gql('query($id: ID!) { case(id: $id) { id } }', { id: first.id }))).toBe('FORBIDDEN');
    expect(codeOf(await resident.gql('{ cases { totalCount } }'))).toBe('FORBIDDEN');
    const events = await resident.gql('mutation($i: ReportCaseInput!) { reportCase(input: $i) { id events { note actor { displayName } } } }', { i: report });
    expect(events.data?.reportCase).toEqual({ id: first.id, events: [] });

    // Another resident of the same community sees none of it.
    const { caller: neighbour } = await residentOf(app, cast.community.id);
    expect((await neighbour.gql(MY_REPORTS)).data?.myReports.totalCount).toBe(0);
    expect((await neighbour.gql(MY_REPORT, { id: first.id })).data?.myReport).toBeNull();
    expect(await photoStatus(neighbour, node.photos[0].url)).toBe(404);
    expect(await photoStatus(neighbour, node.afterPhotos[0].url)).toBe(404);
  });
});

describe('abuse limits', () => {
  it('a resident reports at most the day’s limit; a retry past it still returns the first case', async () => {
    const { caller: resident } = await residentOf(app, cast.community.id);
    const ids: string[] = [];
    for (let n = 1; n <= 4; n++) ids.push((await reported(resident, { title: `楼道堆物 ${n}`, idempotencyKey: `k${n}` })).id);
    const fifth = await resident.gql(REPORT_CASE, { i: { title: '楼道堆物 5', idempotencyKey: 'k5' } }, { lang: 'en' });
    expect([codeOf(fifth), fifth.errors?.[0].message]).toEqual(['TOO_MANY_REQUESTS', 'A resident may report at most 4 problems a day; please report again tomorrow.']);
    expect((await resident.gql(REPORT_CASE, { i: { title: '楼道堆物 1', idempotencyKey: 'k1' } })).data?.reportCase.id).toBe(ids[0]);
    expect((await resident.gql(STANDING)).data?.myReportingStanding).toEqual({ suspended: false, abusiveReports: 0, reportsToday: 4, reportsPerDay: 4 });
    // A grid worker is not a resident: no daily limit.
    for (let n = 1; n <= 5; n++) await reported(cast.gridWorker, { title: `巡查发现 ${n}` });
  });

  it('the command centre marks abusive reports; the second mark suspends reporting until an administrator restores it', async () => {
    const { user, caller: resident } = await residentOf(app, cast.community.id);
    const [a, b] = [(await reported(resident, { title: '恶作剧 1' })).id, (await reported(resident, { title: '恶作剧 2' })).id];
    expect((await cast.officer.gql(MARK, { id: a })).data?.markCaseAbusive).toEqual({ id: a, abusiveAt: expect.any(String), source: 'RESIDENT' });
    expect(codeOf(await cast.officer.gql(MARK, { id: a }))).toBe('CONFLICT');
    const byWorker = (await reported(cast.gridWorker, { title: '占道经营' })).id;
    expect(codeOf(await cast.officer.gql(MARK, { id: byWorker }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await cast.rep.gql(MARK, { id: b }))).toBe('FORBIDDEN');
    await reported(resident, { title: '还能报' });

    must(await cast.officer.gql(MARK, { id: b }), 'second mark');
    const refused = await resident.gql(REPORT_CASE, { i: { title: '又一条' } }, { lang: 'en' });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toBe('Your reporting is suspended: 2 of your reports were marked abusive by the command centre. Contact your community to restore it.');
    expect((await resident.gql(STANDING)).data?.myReportingStanding).toMatchObject({ suspended: true, abusiveReports: 2 });
    const mine = await resident.gql(MY_REPORTS);
    expect(mine.data?.myReports.edges.filter((e: { node: { abusive: boolean } }) => e.node.abusive)).toHaveLength(2);

    const { caller: officer } = await actAs(app, ['COMMAND_CENTER' as Role]);
    expect(codeOf(await officer.gql(RESTORE, { u: user.id }))).toBe('FORBIDDEN');
    expect((await app.admin.gql(RESTORE, { u: user.id })).data?.restoreResidentReporting).toEqual({ suspended: false, abusiveReports: 0 });
    await reported(resident, { title: '恢复后上报' });
  });
});

describe('statistics', () => {
  it("the case report tells residents' reports from grid workers' (the stories above: 9 by residents, one closed; 7 by the grid worker)", async () => {
    const from = new Date(Date.now() - 3_600_000).toISOString();
    const to = new Date(Date.now() + 3_600_000).toISOString();
    const report = await cast.officer.gql('query($f: DateTime!, $t: DateTime!) { caseReport(from: $f, to: $t) { bySource { source reported filed closed } } }', { f: from, t: to });
    expect(report.data?.caseReport.bySource).toEqual([
      { source: 'RESIDENT', reported: 9, filed: 1, closed: 1 },
      { source: 'GRID_WORKER', reported: 7, filed: 0, closed: 0 },
    ]);
  });
});
