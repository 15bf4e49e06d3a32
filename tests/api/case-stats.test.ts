import { CaseFile } from '../../api/src/modules/case/case.entity';
import { ARTICLE_QUARTER, insertQuarter } from '../../seeds/cases';
import { codeOf, startTestApp, type TestApp } from '../support/app';
import { actAs, caseCast, makeCommunity, makeUnit, REPORT_CASE, unitWithRep } from '../support/factories';

const STATS = 'query($f: DateTime!, $t: DateTime!) { caseStats(from: $f, to: $t) { reported filed closed disposalRate } }';
const RANKING = 'query($f: DateTime!, $t: DateTime!) { unitRanking(from: $f, to: $t) { rank dispatched closed disposalRate onTime late onTimeRate unit { name } } }';

describe("the article's quarter, July to September", () => {
  it('7534 reported, 7389 filed and dispatched, 6967 closed: a disposal rate of 94.29 %', async () => {
    const app = await startTestApp();
    try {
      const community = await makeCommunity(app);
      const units = await Promise.all(['水利和湖泊局', '城市管理执法局', '住房和城乡建设局', '国网赤壁市供电公司'].map((name) => makeUnit(app, name)));
      const { user: officer, caller } = await actAs(app, ['COMMAND_CENTER' as never]);
      const worker = await actAs(app, ['GRID_WORKER' as never], { communityId: community.id });
      const from = new Date('2026-06-30T16:00:00Z');
      const to = new Date('2026-09-30T16:00:00Z');
      const inserted = await insertQuarter(app.orm.em.fork(), {
        from,
        to,
        ...ARTICLE_QUARTER,
        unitIds: units.map((u) => u.id),
        communityIds: [community.id],
        reporterId: worker.user.id,
        officerId: officer.id,
        gridWorkerId: worker.user.id,
        unitRepId: officer.id,
        keyPrefix: 'q3-',
      });
      expect(inserted).toBe(7534);
      const stats = (await caller.gql(STATS, { f: from.toISOString(), t: to.toISOString() })).data?.caseStats;
      expect(stats).toMatchObject({ reported: 7534, filed: 7389, closed: 6967 });
      expect((stats.disposalRate * 100).toFixed(2)).toBe('94.29');
      const ranking = (await caller.gql(RANKING, { f: from.toISOString(), t: to.toISOString() })).data?.unitRanking;
      expect(ranking.reduce((sum: number, r: { dispatched: number }) => sum + r.dispatched, 0)).toBe(7389);
      expect(ranking.reduce((sum: number, r: { closed: number }) => sum + r.closed, 0)).toBe(6967);
      expect(ranking[0].rank).toBe(1);
      for (let i = 1; i < ranking.length; i++) expect(ranking[i].disposalRate).toBeLessThanOrEqual(ranking[i - 1].disposalRate);
      // Loading again adds nothing.
      expect(
        await insertQuarter(app.orm.em.fork(), {
          from,
          to,
          ...ARTICLE_QUARTER,
          unitIds: [units[0].id],
          communityIds: [community.id],
          reporterId: worker.user.id,
          officerId: officer.id,
          gridWorkerId: worker.user.id,
          unitRepId: officer.id,
          keyPrefix: 'q3-',
        }),
      ).toBe(0);
    } finally {
      await app.close();
    }
  });
});

describe('statistics on a scripted set, exactly', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('counts filed, closed, disposal rate and ranks with ties, rejected and reworked cases included; open overdue cases are late', async () => {
    const cast = await caseCast(app, { unit: '甲单位' });
    const b = await unitWithRep(app, '乙单位');
    const c = await unitWithRep(app, '丙单位');
    const d = await unitWithRep(app, '丁单位');
    const report = async (title: string) => (await cast.gridWorker.gql(REPORT_CASE, { i: { title } })).data?.reportCase.id as string;
    const run = async (unit: { id: string }, rep: typeof cast.rep, until: 'DISPATCHED' | 'HANDLED' | 'CLOSED' | 'REWORK_CLOSED') => {
      const id = await report(`${until} 案件`);
      await cast.officer.gql('mutation($id: ID!) { acceptCase(id: $id) { id } }', { id });
      await cast.officer.gql('mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { id } }', { id, u: unit.id });
      if (until === 'DISPATCHED') return id;
      await rep.gql('mutation($id: ID!) { handleCase(id: $id, note: "处理") { id } }', { id });
      if (until === 'HANDLED') return id;
      if (until === 'REWORK_CLOSED') {
        await cast.gridWorker.gql('mutation($id: ID!) { verifyCase(id: $id, passed: false) { id } }', { id });
        await rep.gql('mutation($id: ID!) { handleCase(id: $id, note: "返工") { id } }', { id });
      }
      await cast.gridWorker.gql('mutation($id: ID!) { verifyCase(id: $id, passed: true) { id } }', { id });
      await cast.officer.gql('mutation($id: ID!) { closeCase(id: $id) { id } }', { id });
      return id;
    };
    const from = new Date(Date.now() - 3_600_000).toISOString();
    await run(cast.unit, cast.rep, 'CLOSED');
    await run(cast.unit, cast.rep, 'CLOSED');
    await run(b.unit, b.rep, 'CLOSED');
    await run(c.unit, c.rep, 'REWORK_CLOSED');
    await run(c.unit, c.rep, 'HANDLED');
    const late = await run(d.unit, d.rep, 'DISPATCHED');
    await app.orm.em.fork().nativeUpdate(CaseFile, { id: late }, { dueAt: new Date(Date.now() - 60_000) });
    const rejected = await report('驳回的案件');
    await cast.officer.gql('mutation($id: ID!) { rejectCase(id: $id, reason: "不属实") { id } }', { id: rejected });
    await report('刚上报的案件');
    const to = new Date(Date.now() + 3_600_000).toISOString();

    const stats = (await cast.officer.gql(STATS, { f: from, t: to })).data?.caseStats;
    expect(stats).toEqual({ reported: 8, filed: 6, closed: 4, disposalRate: 4 / 6 });
    const ranking = (await cast.officer.gql(RANKING, { f: from, t: to })).data?.unitRanking;
    expect(ranking.map((r: any) => [r.unit.name, r.rank, r.dispatched, r.closed, r.disposalRate])).toEqual([
      ['甲单位', 1, 2, 2, 1],
      ['乙单位', 1, 1, 1, 1],
      ['丙单位', 3, 2, 1, 0.5],
      ['丁单位', 4, 1, 0, 0],
    ]);
    const lateUnit = ranking.find((r: any) => r.unit.name === '丁单位');
    expect(lateUnit).toMatchObject({ onTime: 0, late: 1, onTimeRate: 0 });
    expect(ranking.find((r: any) => r.unit.name === '甲单位')).toMatchObject({ onTime: 2, late: 0, onTimeRate: 1 });

    const report2 = (
      await cast.officer.gql(
        'query($f: DateTime!, $t: DateTime!) { caseReport(from: $f, to: $t) { stats { reported } byCategory { category reported } averageHours { accept handle total } } }',
        { f: from, t: to },
      )
    ).data?.caseReport;
    expect(report2.stats.reported).toBe(8);
    expect(report2.byCategory).toEqual([{ category: 'OTHER', reported: 8 }]);
    expect(report2.averageHours.accept).toBeGreaterThanOrEqual(0);

    const empty = (await cast.officer.gql(STATS, { f: '2020-01-01T00:00:00Z', t: '2020-02-01T00:00:00Z' })).data?.caseStats;
    expect(empty).toEqual({ reported: 0, filed: 0, closed: 0, disposalRate: 0 });
    expect(codeOf(await cast.officer.gql(STATS, { f: to, t: from }))).toBe('BAD_USER_INPUT');
    const { caller: volunteer } = await actAs(app, ['VOLUNTEER' as never]);
    expect(codeOf(await volunteer.gql(STATS, { f: from, t: to }))).toBe('FORBIDDEN');
  });
});

describe('the weekly report as a spreadsheet', () => {
  it("exports the window's totals, unit ranking, categories, communities and hours to .xlsx", async () => {
    const app = await startTestApp();
    try {
      const ExcelJS = (await import('exceljs')).default;
      const from = new Date(Date.now() - 7 * 86_400_000).toISOString();
      const to = new Date(Date.now() + 60_000).toISOString();
      const response = await fetch(`${app.url}/api/exports/cases.xlsx?from=${from}&to=${to}`, { headers: { authorization: `Bearer ${app.admin.token}` } });
      expect(response.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await response.arrayBuffer());
      expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '单位排名', '按类别', '按社区', '平均用时（小时）', '案件清单']);
      const { caller: volunteer } = await actAs(app, ['VOLUNTEER' as never]);
      expect((await fetch(`${app.url}/api/exports/cases.xlsx?from=${from}&to=${to}`, { headers: { authorization: `Bearer ${volunteer.token}` } })).status).toBe(403);
      expect((await fetch(`${app.url}/api/exports/cases.xlsx?from=${to}&to=${from}`, { headers: { authorization: `Bearer ${app.admin.token}` } })).status).toBe(400);
    } finally {
      await app.close();
    }
  });
});
