import { codeOf, startTestApp, type TestApp } from '../support/app';
import { communityWithSecretary, must, residentOf, volunteerWithProfile } from '../support/factories';

// 砂子岭: a volunteer standing by the community office opens "tasks near me" and sees the
// task 300 m away before the one 800 m away; the one 3 km away across the river, a closed
// one next door and one without a position are not on the map.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const NEAR = 'query($lat: Float!, $lng: Float!, $r: Int!) { tasksNear(latitude: $lat, longitude: $lng, radiusMeters: $r) { distance task { title status latitude longitude } } }';
const CREATE = 'mutation($i: CreateTaskInput!) { createTask(input: $i) { id latitude longitude } }';
const METRE = 1 / 111_195;
const LAT = 29.7235;
const LNG = 113.8912;

describe('open tasks near a volunteer', () => {
  it('lists open tasks with a position within the radius, nearest first, with the distance', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const startsAt = new Date(Date.now() + 86_400_000).toISOString();
    const endsAt = new Date(Date.now() + 90_000_000).toISOString();
    const task = async (title: string, metresNorth: number | null) =>
      must<any>(
        await secretary.gql(CREATE, {
          i: { communityId: community.id, title, startsAt, endsAt, capacity: 3, ...(metresNorth === null ? {} : { latitude: LAT + metresNorth * METRE, longitude: LNG }) },
        }),
        'createTask',
      ).createTask.id as string;
    await task('清理楼道杂物', 800);
    await task('陪老人就医', 300);
    await task('陆水河边捡垃圾', 3000);
    await task('整理图书角', null);
    const closed = await task('已结束的义诊', 100);
    await app.orm.em.fork().getConnection().execute("UPDATE volunteer_task SET status = 'CLOSED' WHERE id = ?", [closed]);

    const { caller: volunteer } = await volunteerWithProfile(app, community.id);
    const seen = must<any>(await volunteer.gql(NEAR, { lat: LAT, lng: LNG, r: 2000 }), 'tasksNear').tasksNear;
    expect(seen.map((n: any) => [n.task.title, n.task.status, n.distance])).toEqual([
      ['陪老人就医', 'OPEN', 300],
      ['清理楼道杂物', 'OPEN', 800],
    ]);
    expect(seen[0].task.longitude).toBeCloseTo(LNG, 6);
  });

  it('refuses impossible coordinates, a bad radius, a half position on a task, and residents', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const { caller: volunteer } = await volunteerWithProfile(app, community.id);
    expect(codeOf(await volunteer.gql(NEAR, { lat: 95, lng: LNG, r: 500 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await volunteer.gql(NEAR, { lat: LAT, lng: 200, r: 500 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await volunteer.gql(NEAR, { lat: LAT, lng: LNG, r: 0 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await volunteer.gql(NEAR, { lat: LAT, lng: LNG, r: 50_000 }))).toBe('BAD_USER_INPUT');
    const startsAt = new Date(Date.now() + 86_400_000).toISOString();
    const endsAt = new Date(Date.now() + 90_000_000).toISOString();
    const half = await secretary.gql(CREATE, { i: { communityId: community.id, title: '半个位置', startsAt, endsAt, capacity: 1, latitude: LAT } });
    expect(codeOf(half)).toBe('BAD_USER_INPUT');
    const far = await secretary.gql(CREATE, { i: { communityId: community.id, title: '出界', startsAt, endsAt, capacity: 1, latitude: 91, longitude: LNG } });
    expect(codeOf(far)).toBe('BAD_USER_INPUT');
    const { caller: resident } = await residentOf(app, community.id);
    expect(codeOf(await resident.gql(NEAR, { lat: LAT, lng: LNG, r: 500 }))).toBe('FORBIDDEN');
  });
});

describe('positions on the map', () => {
  const CREATE_COMMUNITY = 'mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id latitude longitude } }';
  const UPDATE_COMMUNITY = 'mutation($id: ID!, $i: UpdateCommunityInput!) { updateCommunity(id: $id, input: $i) { latitude longitude } }';

  it("an administrator places a community's office, moves it and takes it off the map; half or impossible positions are refused", async () => {
    const placed = must<any>(
      await app.admin.gql(CREATE_COMMUNITY, { i: { name: '砂子岭社区', subdistrict: '陆水湖办事处', latitude: LAT, longitude: LNG } }),
      'createCommunity',
    ).createCommunity;
    expect([placed.latitude, placed.longitude]).toEqual([LAT, LNG]);
    const moved = must<any>(await app.admin.gql(UPDATE_COMMUNITY, { id: placed.id, i: { latitude: 29.72, longitude: 113.88 } }), 'updateCommunity').updateCommunity;
    expect(moved).toEqual({ latitude: 29.72, longitude: 113.88 });
    const renamed = must<any>(await app.admin.gql(UPDATE_COMMUNITY, { id: placed.id, i: { address: '砂子岭路 1 号' } }), 'updateCommunity').updateCommunity;
    expect(renamed).toEqual({ latitude: 29.72, longitude: 113.88 });
    const cleared = must<any>(await app.admin.gql(UPDATE_COMMUNITY, { id: placed.id, i: { latitude: null, longitude: null } }), 'updateCommunity').updateCommunity;
    expect(cleared).toEqual({ latitude: null, longitude: null });
    expect(codeOf(await app.admin.gql(UPDATE_COMMUNITY, { id: placed.id, i: { longitude: 113.88 } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.admin.gql(CREATE_COMMUNITY, { i: { name: '出界社区', subdistrict: '陆水湖办事处', latitude: LAT, longitude: 181 } }))).toBe('BAD_USER_INPUT');
  });

  it('a secretary places a household when adding it; a half position is refused', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const ADD = 'mutation($i: HouseholdInput!) { addHousehold(input: $i) { latitude longitude } }';
    const base = { communityId: community.id, residents: '黎逢保夫妇', address: '砂子岭 3 栋 101', consent: true };
    expect(must<any>(await secretary.gql(ADD, { i: { ...base, latitude: LAT, longitude: LNG } }), 'addHousehold').addHousehold).toEqual({ latitude: LAT, longitude: LNG });
    expect(codeOf(await secretary.gql(ADD, { i: { ...base, latitude: LAT } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await secretary.gql(ADD, { i: { ...base, latitude: -91, longitude: LNG } }))).toBe('BAD_USER_INPUT');
  });
});
