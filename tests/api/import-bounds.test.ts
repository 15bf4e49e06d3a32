import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { type Caller, codeOf, type GqlResult, startPeerServer, startTestApp, type TestApp } from '../support/app';
import { communityWithSecretary } from '../support/factories';

// Bounds before work: a need-list import is measured while it is read and refused at the first
// limit (700 KB, 500 rows, 20 MB unpacked), and a secretary runs one import at a time.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const IMPORT = 'mutation($c: ID!, $f: String!, $b: String!) { importNeeds(communityId: $c, fileName: $f, contentBase64: $b) { imported errors { row message } } }';
const HEADER = '标题,类别,描述,可认领单位数,网格,地点,预算（元）';
const MB = 1024 * 1024;

const csvOf = (rows: number) => Buffer.from(`${HEADER}\n${Array.from({ length: rows }, (_, i) => `需求${i + 1},文化体育,,1,,,`).join('\n')}\n`);

/** Runs one import and prints what it cost the server, which runs in this process. */
async function measured(label: string, secretary: Caller, communityId: string, fileName: string, file: Buffer) {
  const rssBefore = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const started = Date.now();
  const result = await secretary.gql(IMPORT, { c: communityId, f: fileName, b: file.toString('base64') }, { lang: 'en' });
  const ms = Date.now() - started;
  const rssGrowth = process.memoryUsage().rss - rssBefore;
  const peakGrowth = process.resourceUsage().maxRSS * 1024 - peakBefore;
  console.log(
    `${label}: ${(file.length / 1024).toFixed(0)} KB answered in ${ms} ms; rss +${(rssGrowth / MB).toFixed(1)} MB, peak rss +${(peakGrowth / MB).toFixed(1)} MB: ${result.errors?.[0]?.message ?? 'accepted'}`,
  );
  return { result, growth: Math.max(rssGrowth, peakGrowth) };
}

// A zip written by hand, so its parts can be as large, as repetitive or as dishonest as a test needs.
interface Part {
  name: string;
  packed: Buffer;
  crc: number;
  size: number;
}

const part = (name: string, text: string): Part => {
  const data = Buffer.from(text);
  return { name, packed: deflateRawSync(data), crc: crc32(data), size: data.length };
};

function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.packed.length, 18);
    local.writeUInt32LE(p.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.crc, 16);
    central.writeUInt32LE(p.packed.length, 20);
    central.writeUInt32LE(p.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.packed);
    centrals.push(central, name);
    offset += 30 + name.length + p.packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const NS = 'http://schemas.openxmlformats.org';
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}/spreadsheetml/2006/main"><sheetData>`;
const SHEET_TAIL = '</sheetData></worksheet>';

/** The smallest workbook exceljs reads, around a worksheet part. */
function xlsx(sheet: Part): Buffer {
  return zip([
    part(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${NS}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    part(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${NS}/officeDocument/2006/relationships"><sheets><sheet name="需求清单" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    sheet,
  ]);
}

const row = (r: number, title: string) => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${title}</t></is></c><c r="B${r}" t="inlineStr"><is><t>文化体育</t></is></c></row>`;

/** A worksheet part of two real rows and `padding` MB of blanks between them, packed a megabyte at a time. */
async function paddedSheet(padding: number): Promise<Part> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  let size = 0;
  const write = (data: Buffer) => {
    crc = crc32(data, crc);
    size += data.length;
    deflate.write(data);
  };
  write(Buffer.from(SHEET_HEAD + row(1, '标题')));
  const blanks = Buffer.alloc(MB, ' ');
  for (let i = 0; i < padding; i++) write(blanks);
  write(Buffer.from(row(2, '社区图书角') + SHEET_TAIL));
  deflate.end();
  await done;
  return { name: 'xl/worksheets/sheet1.xml', packed: Buffer.concat(chunks), crc, size };
}

async function workbook(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('需求清单');
  ws.addRow(HEADER.split(','));
  for (let i = 1; i <= rows; i++) ws.addRow([`需求${i}`, '文化体育', null, 1, null, null, null]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const needCount = async (secretary: Caller, communityId: string) =>
  (await secretary.gql('query($c: ID) { needs(filter: { communityId: $c }) { totalCount } }', { c: communityId })).data?.needs.totalCount as number;

describe('need-list imports are bounded before the work is done', () => {
  it('a 698 KB CSV of 349,000 rows is refused at its 501st row, without parsing the rest', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const file = Buffer.from(`${HEADER}\n${'x\n'.repeat(349_000)}`);
    const { result, growth } = await measured('349,000-row CSV', secretary, community.id, 'needs.csv', file);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('500');
    expect(growth).toBeLessThan(200 * MB);
    expect(await needCount(secretary, community.id)).toBe(0);
  });

  it('an xlsx of 100 KB that would unpack to 100 MB is refused before it is unpacked', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const file = xlsx(await paddedSheet(100));
    expect(file.length).toBeLessThan(200 * 1024);
    const { result, growth } = await measured('zip bomb xlsx', secretary, community.id, 'needs.xlsx', file);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('20 MB');
    expect(growth).toBeLessThan(200 * MB);
  });

  it('an xlsx whose directory says 2 KB but whose sheet inflates to 300 MB is refused as unreadable, without inflating it', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const sheet = await paddedSheet(300);
    const file = xlsx({ ...sheet, size: 2048 });
    const { result, growth } = await measured('lying xlsx', secretary, community.id, 'needs.xlsx', file);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(growth).toBeLessThan(200 * MB);
  });

  it('an xlsx of 120,000 rows in 600 KB is refused from its row count, before exceljs builds them', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const rows = Array.from({ length: 120_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join('');
    const file = xlsx(part('xl/worksheets/sheet1.xml', SHEET_HEAD + rows + SHEET_TAIL));
    expect(file.length).toBeLessThan(700 * 1024);
    const { result, growth } = await measured('120,000-row xlsx', secretary, community.id, 'needs.xlsx', file);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('500');
    expect(growth).toBeLessThan(200 * MB);
  });

  it('500 rows import; the 501st row is refused, in CSV and in Excel, and nothing of it is kept', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const tooMany = await secretary.gql(IMPORT, { c: community.id, f: 'needs.csv', b: csvOf(501).toString('base64') });
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0].message).toContain('500');
    const tooManyXlsx = await secretary.gql(IMPORT, { c: community.id, f: 'needs.xlsx', b: (await workbook(501)).toString('base64') }, { lang: 'en' });
    expect(codeOf(tooManyXlsx)).toBe('BAD_USER_INPUT');
    expect(tooManyXlsx.errors?.[0].message).toContain('500');
    expect(await needCount(secretary, community.id)).toBe(0);

    const csv = await secretary.gql(IMPORT, { c: community.id, f: 'needs.csv', b: csvOf(500).toString('base64') });
    expect(csv.data?.importNeeds).toEqual({ imported: 500, errors: [] });
    const excel = await secretary.gql(IMPORT, { c: community.id, f: 'needs.xlsx', b: (await workbook(500)).toString('base64') });
    expect(excel.data?.importNeeds).toEqual({ imported: 500, errors: [] });
    expect(await needCount(secretary, community.id)).toBe(1000);
  });

  it('a CSV keeps quoted commas, doubled quotes and line breaks inside a cell', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const csv = `\uFEFF${HEADER}\r\n"书架, 图书角",文化体育,"说明""第一行""\r\n第二行",2,,,\r\n\r\n007,OTHER,,,,,\r\n`;
    const r = await secretary.gql(
      'mutation($c: ID!, $b: String!) { importNeeds(communityId: $c, fileName: "needs.csv", contentBase64: $b) { imported needs { title description maxClaimants category } errors { row message } } }',
      { c: community.id, b: Buffer.from(csv).toString('base64') },
    );
    expect(r.data?.importNeeds.errors).toEqual([]);
    expect(r.data?.importNeeds.needs).toEqual([
      { title: '书架, 图书角', description: '说明"第一行"\r\n第二行', maxClaimants: 2, category: 'CULTURE' },
      { title: '007', description: null, maxClaimants: 1, category: 'OTHER' },
    ]);
  });
});

describe('one import at a time per secretary', () => {
  const both = (results: GqlResult[]) => results.map((r) => codeOf(r) ?? r.data?.importNeeds.imported).sort();

  it('two imports at once by the same secretary, on one API process or on two: one is refused, the other imports', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const other = await communityWithSecretary(app);
    const file = csvOf(500).toString('base64');
    const run = (who: Caller, c: string) => who.gql(IMPORT, { c, f: 'needs.csv', b: file });

    const [first, second, neighbour] = await Promise.all([run(secretary, community.id), run(secretary, community.id), run(other.secretary, other.community.id)]);
    expect(both([first, second])).toEqual([500, 'TOO_MANY_REQUESTS']);
    const refused = [first, second].find((r) => codeOf(r));
    expect(refused?.errors?.[0].message).toContain('导入');
    expect(neighbour.data?.importNeeds.imported).toBe(500);

    const peer = await startPeerServer(app);
    try {
      const onPeer: Caller = { token: secretary.token, gql: (q, v, o) => fetchGql(peer.url, secretary.token, q, v, o?.lang) };
      expect(both(await Promise.all([run(secretary, community.id), run(onPeer, community.id)]))).toEqual([500, 'TOO_MANY_REQUESTS']);
    } finally {
      await peer.close();
    }
    // The lock ends with the import: the next one goes through.
    expect((await run(secretary, community.id)).data?.importNeeds.imported).toBe(500);
    expect(await needCount(secretary, community.id)).toBe(1500);
  });
});

async function fetchGql(url: string, token: string | null, query: string, variables: Record<string, unknown> = {}, lang = 'zh-CN'): Promise<GqlResult<any>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': lang, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await response.json()) as GqlResult), status: response.status };
}
