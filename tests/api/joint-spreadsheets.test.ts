import ExcelJS from 'exceljs';
import { codeOf, startTestApp, type TestApp } from '../support/app';
import { communityWithSecretary } from '../support/factories';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const IMPORT =
  'mutation($c: ID!, $f: String!, $b: String!) { importNeeds(communityId: $c, fileName: $f, contentBase64: $b) { imported needs { title status category maxClaimants grid { name } budgetEstimate } errors { row message } } }';

async function workbook(rows: (string | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('需求清单');
  ws.addRow(['标题', '类别', '描述', '可认领单位数', '网格', '地点', '预算（元）']);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

async function download(path: string, token: string | null): Promise<Response> {
  return fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

describe('need lists kept in Excel', () => {
  it('the secretary downloads the template, fills it in and imports it: every row becomes a draft', async () => {
    const { community, secretary } = await communityWithSecretary(app, '六米桥社区');
    await secretary.gql('mutation($i: CreateGridInput!) { createGrid(input: $i) { id } }', { i: { communityId: community.id, name: '翠泉花苑小区' } });
    const template = await download('/api/templates/needs.xlsx', secretary.token);
    expect(template.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await template.arrayBuffer());
    expect(wb.worksheets[0].getRow(1).getCell(1).value).toBe('标题');

    const file = await workbook([
      ['小区路灯更换', '基础设施', '翠泉花苑 12 盏', 2, '翠泉花苑小区', '翠泉花苑', 36000],
      ['老人理发志愿服务', '养老助老', null, null, null, null, null],
      ['雨污分流', 'ENVIRONMENT', null, 1, null, null, null],
    ]);
    const r = await secretary.gql(IMPORT, { c: community.id, f: '需求清单.xlsx', b: file });
    expect(r.data?.importNeeds.errors).toEqual([]);
    expect(r.data?.importNeeds.imported).toBe(3);
    expect(r.data?.importNeeds.needs[0]).toEqual({
      title: '小区路灯更换',
      status: 'DRAFT',
      category: 'INFRASTRUCTURE',
      maxClaimants: 2,
      grid: { name: '翠泉花苑小区' },
      budgetEstimate: 36000,
    });
    expect(r.data?.importNeeds.needs[1].category).toBe('ELDERLY_CARE');
  });

  it('one bad row and nothing is imported; each error names its row', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const before = (await secretary.gql('query($c: ID) { needs(filter: { communityId: $c }) { totalCount } }', { c: community.id })).data?.needs.totalCount;
    const file = await workbook([
      ['好的一行', '文化体育', null, 1, null, null, null],
      ['', '文化体育', null, 1, null, null, null],
      ['类别不对', '修路', null, 0, '没有的网格', null, -5],
    ]);
    const r = await secretary.gql(IMPORT, { c: community.id, f: 'needs.xlsx', b: file });
    expect(r.data?.importNeeds.imported).toBe(0);
    expect(r.data?.importNeeds.errors.map((e: { row: number }) => e.row)).toEqual([3, 4]);
    expect(r.data?.importNeeds.errors[1].message).toContain('修路');
    const after = (await secretary.gql('query($c: ID) { needs(filter: { communityId: $c }) { totalCount } }', { c: community.id })).data?.needs.totalCount;
    expect(after).toBe(before);
  });

  it('a CSV from Excel imports too; a file that is not a spreadsheet is refused', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const csv = '\uFEFF标题,类别,描述,可认领单位数,网格,地点,预算（元）\n社区图书角,文化体育,"捐书, 书架",1,,,\n';
    const ok = await secretary.gql(IMPORT, { c: community.id, f: 'needs.csv', b: Buffer.from(csv).toString('base64') });
    expect(ok.data?.importNeeds.imported).toBe(1);
    const junk = await secretary.gql(IMPORT, { c: community.id, f: 'needs.xlsx', b: Buffer.from('not a zip').toString('base64') });
    expect(codeOf(junk)).toBe('BAD_USER_INPUT');
    const other = await communityWithSecretary(app);
    expect(codeOf(await other.secretary.gql(IMPORT, { c: community.id, f: 'needs.csv', b: Buffer.from(csv).toString('base64') }))).toBe('FORBIDDEN');
  });

  it('leaders export the totals to .xlsx; without a session there is nothing to download', async () => {
    const response = await download('/api/exports/joint-totals.xlsx', app.admin.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await response.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['总计', '按社区', '按单位', '按月']);
    expect((await download('/api/exports/joint-totals.xlsx', null)).status).toBe(401);
  });
});
