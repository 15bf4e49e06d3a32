import ExcelJS from 'exceljs';
import { type Caller, startTestApp, type TestApp } from '../support/app';
import { caseCast, communityWithSecretary, must } from '../support/factories';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function workbook(caller: Caller, path: string, lang = 'zh-CN'): Promise<ExcelJS.Workbook> {
  const response = await fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${caller.token}`, 'accept-language': lang } });
  expect(response.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await response.arrayBuffer());
  return wb;
}

const REPORT = 'mutation($i: ReportCaseInput!) { reportCase(input: $i) { id number reportedAt } }';

describe('spreadsheets people open in Excel: labels, real dates, percentages', () => {
  it('the weekly report lists each case by its number, with Chinese labels, date cells and percent cells', async () => {
    const cast = await caseCast(app, { unit: '水利和湖泊局' });
    const reported = must(
      await cast.gridWorker.gql<{ reportCase: { id: string; number: string; reportedAt: string } }>(REPORT, { i: { title: '北渠附近出现少量垃圾', category: 'ENVIRONMENT' } }),
      'r',
    ).reportCase;
    must(await cast.officer.gql('mutation($id: ID!) { acceptCase(id: $id) { status } }', { id: reported.id }), 'accept');
    must(await cast.officer.gql('mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { status } }', { id: reported.id, u: cast.unit.id }), 'dispatch');
    const from = new Date(Date.now() - 86_400_000);
    const to = new Date(Date.now() + 60_000);
    const wb = await workbook(app.admin, `/api/exports/cases.xlsx?from=${from.toISOString()}&to=${to.toISOString()}`);

    const summary = wb.getWorksheet('汇总');
    const start = summary?.getCell('A2');
    expect(start?.value).toBeInstanceOf(Date);
    expect(start?.numFmt).toBe('yyyy-mm-dd hh:mm');
    // Excel shows the China wall clock: 8 hours ahead of UTC.
    expect((start?.value as Date | undefined)?.getTime()).toBe(from.getTime() + 8 * 3_600_000);
    expect(summary?.getCell('F2').numFmt).toBe('0.00%');
    expect(typeof summary?.getCell('F2').value).toBe('number');
    expect(summary?.getCell('F2').value).toBeLessThanOrEqual(1);

    const ranking = wb.getWorksheet('单位排名');
    expect(ranking?.getRow(1).values).toContain('处置率');
    expect(ranking?.getCell('E2').numFmt).toBe('0.00%');
    expect(ranking?.getCell('H2').numFmt).toBe('0.00%');

    const categories = wb.getWorksheet('按类别');
    const labels = categories?.getColumn(1).values.slice(2);
    expect(labels).toContain('环境卫生');
    expect(labels).not.toContain('ENVIRONMENT');

    const list = wb.getWorksheet('案件清单');
    expect(list?.getRow(1).values).toEqual([undefined, '编号', '标题', '类别', '状态', '社区', '处置单位', '上报时间', '处置时限', '结案时间']);
    const row = list?.getRows(2, list.rowCount - 1)?.find((r) => r.getCell(1).value === reported.number);
    expect(row?.getCell(2).value).toBe('北渠附近出现少量垃圾');
    expect(row?.getCell(3).value).toBe('环境卫生');
    expect(row?.getCell(4).value).toBe('处置中');
    expect(row?.getCell(6).value).toBe('水利和湖泊局');
    expect(row?.getCell(7).value).toBeInstanceOf(Date);
    expect(row?.getCell(7).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(row?.getCell(8).value).toBeInstanceOf(Date);
  });

  it('a leader reading in English gets English sheets and labels', async () => {
    await caseCast(app).then((cast) => cast.gridWorker.gql(REPORT, { i: { title: '路灯不亮', category: 'LIGHTING' } }));
    const from = new Date(Date.now() - 86_400_000).toISOString();
    const to = new Date(Date.now() + 60_000).toISOString();
    const wb = await workbook(app.admin, `/api/exports/cases.xlsx?from=${from}&to=${to}`, 'en-US,en;q=0.9');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Unit ranking', 'By category', 'By community', 'Average hours', 'Cases']);
    expect(wb.getWorksheet('By category')?.getColumn(1).values.slice(2)).toContain('Street lights');
  });

  it('the joint totals: the claim rate is a percentage cell, months are date cells', async () => {
    const wb = await workbook(app.admin, '/api/exports/joint-totals.xlsx');
    const rate = wb.getWorksheet('总计')?.getCell('E2');
    expect(rate?.numFmt).toBe('0.00%');
    expect(typeof rate?.value).toBe('number');
    const month = wb.getWorksheet('按月')?.getCell('A13');
    expect(month?.value).toBeInstanceOf(Date);
    expect(month?.numFmt).toBe('yyyy-mm');
    const now = new Date(Date.now() + 8 * 3_600_000);
    expect((month?.value as Date | undefined)?.toISOString().slice(0, 7)).toBe(now.toISOString().slice(0, 7));
  });

  it("the need template's example row names one of the secretary's own grids, never another community's", async () => {
    const { community, secretary } = await communityWithSecretary(app);
    await secretary.gql('mutation($i: CreateGridInput!) { createGrid(input: $i) { id } }', { i: { communityId: community.id, name: '翠泉花苑小区' } });
    const wb = await workbook(secretary, '/api/templates/needs.xlsx');
    expect(wb.getWorksheet('需求清单')?.getCell('E2').value).toBe('翠泉花苑小区');
    const { secretary: other } = await communityWithSecretary(app);
    expect((await workbook(other, '/api/templates/needs.xlsx')).getWorksheet('需求清单')?.getCell('E2').value).toBeNull();
  });
});
