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

  it('the monthly ranking gives each unit its three rates, score and score rank, followed up, awaiting and reworked, with the weights used', async () => {
    const cast = await caseCast(app, { unit: '国网赤壁市供电公司' });
    const FOLLOW_UP = 'mutation($c: ID!, $s: FollowUpSolved!, $a: FollowUpSatisfaction!) { recordFollowUp(caseId: $c, solved: $s, satisfaction: $a) { reworked } }';
    const closedCase = async (title: string, answer?: [string, string]) => {
      const { id } = must(await cast.gridWorker.gql<{ reportCase: { id: string } }>(REPORT, { i: { title, category: 'LIGHTING' } }), 'r').reportCase;
      for (const [who, mutation] of [
        [cast.officer, 'acceptCase(id: $id) { id }'],
        [cast.officer, `dispatchCase(id: $id, unitId: "${cast.unit.id}") { id }`],
        [cast.rep, 'acknowledgeCase(id: $id) { id }'],
        [cast.rep, 'handleCase(id: $id, note: "已修复") { id }'],
        [cast.gridWorker, 'verifyCase(id: $id, passed: true) { id }'],
        [cast.officer, 'closeCase(id: $id) { id }'],
      ] as const)
        must(await who.gql(`mutation($id: ID!) { ${mutation} }`, { id }), mutation);
      if (answer) must(await cast.officer.gql(FOLLOW_UP, { c: id, s: answer[0], a: answer[1] }), 'recordFollowUp');
      // Into April 2024, a month holding only these cases.
      await app.orm.em.fork().getConnection().execute(`update case_file set reported_at = '2024-04-10T02:00:00Z' where id = ?`, [id]);
    };
    await closedCase('路灯不亮', ['SOLVED', 'BASICALLY_SATISFIED']);
    await closedCase('路灯闪烁', ['NOT_SOLVED', 'SATISFIED']);
    await closedCase('灯杆倾斜');
    const wb = await workbook(app.admin, '/api/exports/cases.xlsx?from=2024-03-31T16:00:00.000Z&to=2024-04-30T16:00:00.000Z');
    const ranking = wb.getWorksheet('单位排名');
    expect(ranking?.getRow(1).values).toEqual([
      ...[undefined, '排名', '单位', '派单', '结案', '处置率', '按时', '超时', '按时率'],
      ...['响应率', '解决率', '满意率', '得分', '得分排名', '已回访', '待回访', '退回重办'],
    ]);
    // Signed for in time 3 / 3; solved 1 of 2 followed up; satisfied 1 + basically 0.5 of 2; 路灯闪烁 went back (2 of 3 closed).
    expect(ranking?.getRow(2).values).toEqual([undefined, 1, '国网赤壁市供电公司', 3, 2, 2 / 3, 2, 0, 1, 1, 0.5, 0.75, 73.75, 1, 2, 1, 1]);
    for (const column of ['I', 'J', 'K']) expect(ranking?.getCell(`${column}2`).numFmt).toBe('0.00%');
    expect(ranking?.getCell('A3').value).toBe('得分 = 响应率 × 30 + 解决率 × 35 + 满意率 × 35；部分解决按 0.5 计，基本满意按 0.5 计');
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
