import type { Role } from '../../api/src/shared/auth/role';
import { codeOf, startTestApp, type TestApp } from '../support/app';
import { actAs, caseCast, must, REPORT_CASE } from '../support/factories';

// Before reporting, a grid worker or a resident sees the open problems already reported within
// 100 m: 黄霞 stands 60 m from a broken street light someone reported an hour ago.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const NEAR = 'query($lat: Float!, $lng: Float!) { casesNear(latitude: $lat, longitude: $lng) { number title category status distance } }';
const METRE = 1 / 111_195;
// A spot of its own on the map, far from any other test's cases.
const LAT = 30.3;
const LNG = 114.2;

describe('open problems near where a reporter stands', () => {
  it('lists open cases within 100 m, nearest first, with the words only for officials; closed, rejected and farther ones are left out', async () => {
    const cast = await caseCast(app);
    const report = async (title: string, metresNorth: number) =>
      must<any>(await cast.gridWorker.gql(REPORT_CASE, { i: { title, category: 'LIGHTING', latitude: LAT + metresNorth * METRE, longitude: LNG } }), 'reportCase').reportCase
        .id as string;
    await report('路灯不亮', 60);
    await report('路灯杆倾斜', 30);
    await report('远处路灯', 150);
    const rejected = await report('重复上报', 20);
    must<any>(await cast.officer.gql('mutation($id: ID!) { rejectCase(id: $id, reason: "重复") { status } }', { id: rejected }), 'rejectCase');

    const { caller: worker } = await actAs(app, ['GRID_WORKER' as Role], { communityId: cast.community.id });
    const seen = must<any>(await worker.gql(NEAR, { lat: LAT, lng: LNG }), 'casesNear').casesNear;
    expect(seen.map((c: any) => [c.title, c.category, c.status, c.distance])).toEqual([
      ['路灯杆倾斜', 'LIGHTING', 'REPORTED', 30],
      ['路灯不亮', 'LIGHTING', 'REPORTED', 60],
    ]);

    const { caller: resident } = await actAs(app, ['RESIDENT' as Role], { communityId: cast.community.id });
    const theirs = must<any>(await resident.gql(NEAR, { lat: LAT, lng: LNG }), 'casesNear').casesNear;
    expect(theirs.map((c: any) => [c.title, c.category, c.distance])).toEqual([
      [null, 'LIGHTING', 30],
      [null, 'LIGHTING', 60],
    ]);
  });

  it('refuses an impossible position and the roles that do not report', async () => {
    const cast = await caseCast(app);
    expect(codeOf(await cast.gridWorker.gql(NEAR, { lat: 95, lng: LNG }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await cast.rep.gql(NEAR, { lat: LAT, lng: LNG }))).toBe('FORBIDDEN');
  });
});
