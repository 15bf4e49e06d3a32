import { escalateToChiefs, remindUnpatrolled } from '../../api/src/modules/street/street-alerts';
import type { Role } from '../../api/src/shared/auth/role';
import { codeOf, startTestApp, type TestApp } from '../support/app';
import { actAs, caseCast, must, REPORT_CASE } from '../support/factories';

// 街长制: the bureau head who is street chief of 陆水路 sees the cases on his road and which
// ones ran past their deadline; the street patrol group walks it from a phone and the
// secretary sees which sections were patrolled this week and which were not.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const SAVE = `mutation($i: RoadSectionInput!) { saveRoadSection(input: $i) { id name addresses path { lat lng } chief { id displayName } patrollers { id } } }`;
const SECTION = `query($id: ID!) { roadSection(id: $id) { name cases { number title status address unitName escalated stageDueAt } rounds { id endedAt patroller { id } positions { lat lng } casesReported } } }`;
const WEEK = `query($c: ID!, $f: DateTime!) { patrolWeek(communityId: $c, from: $f) { section { name } rounds lastPatrolAt openCases escalatedCases } }`;
const START = `mutation($s: ID!, $k: String!) { startPatrol(sectionId: $s, clientKey: $k) { id startedAt endedAt } }`;
const ADD = `mutation($r: ID!, $p: [TrailPointInput!]!) { addPatrolPositions(roundId: $r, positions: $p) { id } }`;
const END = `mutation($i: PatrolEndInput!) { endPatrol(input: $i) { id endedAt positions { lat lng } } }`;

// 陆水路, east–west, about 1 km, and 金鸾路 to the north of it: each story on its own stretch of
// the map (sections take every case near them, whatever community reported it).
const METRE = 1 / 111_195;
let streets = 0;
let LUSHUI: { lat: number; lng: number }[] = [];
let JINLUAN: { lat: number; lng: number }[] = [];
let BASE = 29.72;

async function street() {
  streets += 1;
  BASE = 29 + streets * 0.05;
  LUSHUI = [
    { lat: BASE, lng: 113.9 },
    { lat: BASE, lng: 113.91 },
  ];
  JINLUAN = [
    { lat: BASE + 0.01, lng: 113.9 },
    { lat: BASE + 0.01, lng: 113.91 },
  ];
  const cast = await caseCast(app, { community: `陆水社区${streets}`, unit: `住建局${streets}` });
  const { caller: secretary } = await actAs(app, ['COMMUNITY_SECRETARY' as Role], { communityId: cast.community.id });
  const { user: chiefUser, caller: chief } = await actAs(app, ['UNIT_REP' as Role], { unitId: cast.unit.id });
  const { user: patrolUser, caller: patroller } = await actAs(app, ['GRID_WORKER' as Role], { communityId: cast.community.id });
  const lushui = must<any>(
    await secretary.gql(SAVE, {
      i: { communityId: cast.community.id, name: '陆水路', path: LUSHUI, addresses: [`陆水路${streets}号路`], chiefId: chiefUser.id, patrollerIds: [patrolUser.id] },
    }),
    'saveRoadSection',
  ).saveRoadSection;
  const jinluan = must<any>(
    await secretary.gql(SAVE, { i: { communityId: cast.community.id, name: '金鸾路', path: JINLUAN, addresses: [], patrollerIds: [] } }),
    'saveRoadSection',
  ).saveRoadSection;
  return { ...cast, secretary, chief, chiefUser, patroller, patrolUser, lushui, jinluan };
}

async function report(caller: Awaited<ReturnType<typeof street>>['gridWorker'], title: string, where: { latitude?: number; longitude?: number; address?: string }) {
  return must<any>(await caller.gql(REPORT_CASE, { i: { title, category: 'ROADS', ...where } }), 'reportCase').reportCase.id as string;
}

describe('街长制: road sections and their chiefs', () => {
  it('the chief of 陆水路 sees the cases on his road — by position within 50 m or by address — and the overdue ones as escalated', async () => {
    const s = await street();
    const onLine = await report(s.gridWorker, '路面坑洼', { latitude: BASE + 30 * METRE, longitude: 113.905 });
    await report(s.gridWorker, '井盖缺失', { latitude: BASE + 80 * METRE, longitude: 113.905 }); // 80 m off: not on it
    await report(s.gridWorker, '人行道破损', { address: `赤壁市陆水路${streets}号路 18 号` });
    await report(s.gridWorker, '金鸾路积水', { latitude: BASE + 0.01, longitude: 113.905 });
    // The first case waits on the command centre past its acceptance deadline.
    await app.orm.em.fork().execute(`UPDATE case_file SET accept_due_at = now() - interval '1 hour' WHERE id = ?`, [onLine]);

    const read = must<any>(await s.chief.gql(SECTION, { id: s.lushui.id }), 'roadSection').roadSection;
    expect(read.cases.map((c: any) => c.title).sort()).toEqual(['人行道破损', '路面坑洼']);
    const late = read.cases.find((c: any) => c.title === '路面坑洼');
    expect(late).toMatchObject({ status: 'REPORTED', escalated: true, unitName: null });
    expect(read.cases.find((c: any) => c.title === '人行道破损')).toMatchObject({ escalated: false, address: `赤壁市陆水路${streets}号路 18 号` });

    const other = must<any>(await s.secretary.gql(SECTION, { id: s.jinluan.id }), 'roadSection').roadSection;
    expect(other.cases.map((c: any) => c.title)).toEqual(['金鸾路积水']);
    // The chief is not the chief of 金鸾路 and is not of the community: he does not see it.
    expect(must<any>(await s.chief.gql(SECTION, { id: s.jinluan.id }), 'roadSection').roadSection).toBeNull();
    expect(must<any>(await s.chief.gql('{ myRoadSections { name } }'), 'mine').myRoadSections).toEqual([{ name: '陆水路' }]);
  });

  it('the patrol group walks 陆水路 from a phone: a retried start is the same round, positions arrive on the way, the end is once; the week shows which sections were walked', async () => {
    const s = await street();
    const from = new Date(Date.now() - 86_400_000).toISOString();
    const started = must<any>(await s.patroller.gql(START, { s: s.lushui.id, k: 'round-1' }), 'startPatrol').startPatrol;
    const again = must<any>(await s.patroller.gql(START, { s: s.lushui.id, k: 'round-1' }), 'startPatrol').startPatrol;
    expect(again.id).toBe(started.id);
    expect(codeOf(await s.patroller.gql(START, { s: s.jinluan.id, k: 'round-1' }))).toBe('NOT_FOUND'); // not in 金鸾路's group

    must<any>(await s.patroller.gql(ADD, { r: started.id, p: [LUSHUI[0], { lat: BASE, lng: 113.905 }] }), 'addPatrolPositions');
    await report(s.patroller, '路灯不亮', { latitude: BASE, longitude: 113.906 });
    const ended = must<any>(await s.patroller.gql(END, { i: { roundId: started.id, positions: [LUSHUI[1]], note: '全程正常' } }), 'endPatrol').endPatrol;
    expect(ended.endedAt).not.toBeNull();
    expect(ended.positions).toEqual([LUSHUI[0], { lat: BASE, lng: 113.905 }, LUSHUI[1]]);
    // Ending again (a retry) changes nothing; adding after the end is refused.
    const twice = must<any>(await s.patroller.gql(END, { i: { roundId: started.id, positions: [LUSHUI[1]] } }), 'endPatrol').endPatrol;
    expect(twice).toEqual(ended);
    expect(codeOf(await s.patroller.gql(ADD, { r: started.id, p: [LUSHUI[0]] }))).toBe('CONFLICT');

    const week = must<any>(await s.secretary.gql(WEEK, { c: s.community.id, f: from }), 'patrolWeek').patrolWeek;
    expect(week.map((w: any) => [w.section.name, w.rounds, w.openCases])).toEqual([
      ['金鸾路', 0, 0],
      ['陆水路', 1, 1],
    ]);
    expect(week[0].lastPatrolAt).toBeNull();

    // The chief reads the round with its trail and the case reported on the way.
    const read = must<any>(await s.chief.gql(SECTION, { id: s.lushui.id }), 'roadSection').roadSection;
    expect(read.rounds).toEqual([{ id: started.id, endedAt: ended.endedAt, patroller: { id: s.patrolUser.id }, positions: ended.positions, casesReported: 1 }]);
  });

  it('where a patroller walked is theirs, their chief’s and their secretary’s: another grid worker of the community sees the round but not the trail', async () => {
    const s = await street();
    const round = must<any>(await s.patroller.gql(START, { s: s.lushui.id, k: 'trail' }), 'startPatrol').startPatrol;
    must<any>(await s.patroller.gql(END, { i: { roundId: round.id, positions: [LUSHUI[0]] } }), 'endPatrol');
    const { caller: neighbour } = await actAs(app, ['GRID_WORKER' as Role], { communityId: s.community.id });
    const seen = must<any>(await neighbour.gql(SECTION, { id: s.lushui.id }), 'roadSection').roadSection;
    expect(seen.rounds).toHaveLength(1);
    expect(seen.rounds[0].positions).toEqual([]);
    // Nor may another add to it or end it: it answers as no round.
    expect(codeOf(await neighbour.gql(ADD, { r: round.id, p: [LUSHUI[0]] }))).toBe('NOT_FOUND');
    for (const reader of [s.patroller, s.chief, s.secretary]) {
      const full = must<any>(await reader.gql(SECTION, { id: s.lushui.id }), 'roadSection').roadSection;
      expect(full.rounds[0].positions).toEqual([LUSHUI[0]]);
    }
  });

  it('refuses what cannot be a section, another community’s secretary, and a second section of the same name', async () => {
    const s = await street();
    const base = { communityId: s.community.id, name: '新河路', path: [LUSHUI[0]], addresses: [], patrollerIds: [] };
    expect(codeOf(await s.secretary.gql(SAVE, { i: base }))).toBe('BAD_USER_INPUT'); // one point, no address
    expect(codeOf(await s.secretary.gql(SAVE, { i: { ...base, path: [{ lat: 91, lng: 113.9 }, LUSHUI[1]] } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await s.secretary.gql(SAVE, { i: { ...base, path: LUSHUI, chiefId: '00000000-0000-4000-8000-000000000000' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await s.secretary.gql(SAVE, { i: { ...base, name: '陆水路', path: LUSHUI } }))).toBe('CONFLICT');
    const stranger = await street();
    expect(codeOf(await stranger.secretary.gql(SAVE, { i: { ...base, path: LUSHUI } }))).toBe('FORBIDDEN');
    expect(codeOf(await stranger.secretary.gql(SAVE, { i: { ...base, id: s.lushui.id, communityId: stranger.community.id, path: LUSHUI } }))).toBe('NOT_FOUND');
    expect(codeOf(await stranger.secretary.gql('mutation($id: ID!) { deleteRoadSection(id: $id) }', { id: s.lushui.id }))).toBe('NOT_FOUND');
    // The secretary renames 陆水路 and names a new group; read back by a later request.
    must<any>(await s.secretary.gql(SAVE, { i: { ...base, id: s.lushui.id, name: '陆水路（东段）', path: LUSHUI, patrollerIds: [s.chiefUser.id] } }), 'save');
    const read = must<any>(await s.secretary.gql('query($id: ID!) { roadSection(id: $id) { name chief { id } patrollers { id } } }', { id: s.lushui.id }), 'read').roadSection;
    expect(read).toEqual({ name: '陆水路（东段）', chief: null, patrollers: [{ id: s.chiefUser.id }] });
    expect(must<any>(await s.secretary.gql('mutation($id: ID!) { deleteRoadSection(id: $id) }', { id: s.jinluan.id }), 'delete').deleteRoadSection).toBe(true);
    expect(must<any>(await s.secretary.gql('query($c: ID) { roadSections(communityId: $c) { name } }', { c: s.community.id }), 'list').roadSections).toEqual([
      { name: '陆水路（东段）' },
    ]);
  });

  it('the job queue tells the chief once of a case on his road past its deadline, and of a section nobody walked this week', async () => {
    const s = await street();
    const late = await report(s.gridWorker, '路面塌陷', { latitude: BASE, longitude: 113.902 });
    await app.orm.em.fork().execute(`UPDATE case_file SET accept_due_at = now() - interval '10 minutes' WHERE id = ?`, [late]);
    const NEWS = '{ notifications(first: 20) { edges { node { kind text link } } } }';
    const news = async () => must<any>(await s.chief.gql(NEWS), 'notifications').notifications.edges.map((e: any) => e.node);

    const sweep = () => app.orm.em.fork().transactional((tx) => escalateToChiefs(tx));
    expect(await sweep()).toBeGreaterThanOrEqual(1);
    await sweep(); // the next run tells no one again
    const overdue = (await news()).filter((n: any) => n.kind === 'SECTION_CASE_OVERDUE');
    expect(overdue).toHaveLength(1);
    expect(overdue[0].text).toContain('路面塌陷');
    expect(overdue[0].link).toBe('/streets/mine');

    // 陆水路 is walked today; 金鸾路 has no chief, so only 陆水路's chief could hear, and does not.
    const round = must<any>(await s.patroller.gql(START, { s: s.lushui.id, k: 'monday' }), 'startPatrol').startPatrol;
    must<any>(await s.patroller.gql(END, { i: { roundId: round.id } }), 'endPatrol');
    await app.orm.em.fork().transactional((tx) => remindUnpatrolled(tx));
    expect((await news()).filter((n: any) => n.kind === 'SECTION_NOT_PATROLLED')).toEqual([]);
    // A week later with no round: the chief hears of it, once that day.
    const nextWeek = new Date(Date.now() + 8 * 86_400_000);
    await app.orm.em.fork().transactional((tx) => remindUnpatrolled(tx, nextWeek));
    await app.orm.em.fork().transactional((tx) => remindUnpatrolled(tx, nextWeek));
    const idle = (await news()).filter((n: any) => n.kind === 'SECTION_NOT_PATROLLED');
    expect(idle.map((n: any) => n.text)).toEqual(['路段“陆水路”近 7 天没有巡查记录']);
  });
});
