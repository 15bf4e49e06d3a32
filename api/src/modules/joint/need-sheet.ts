import ExcelJS from 'exceljs';
import { AppError } from '../../shared/errors';
import type { NeedCategory } from './joint.enums';
import { NEED_CATEGORY_LABELS } from './joint-labels';
import { checkXlsxBounds } from './sheet-bounds';

// The need-list spreadsheet secretaries keep: its columns, its template, and reading it back.

/** The sheet is written and read in Chinese, as secretaries keep it. */
export const CATEGORY_LABELS: Record<NeedCategory, string> = NEED_CATEGORY_LABELS.zh;

export const COLUMNS = ['标题', '类别', '描述', '可认领单位数', '网格', '地点', '预算（元）'] as const;

export interface SheetRow {
  row: number;
  cells: (string | null)[];
}

export const MAX_ROWS = 500;

const tooManyRows = () => new AppError('BAD_USER_INPUT', 'import.tooManyRows', { max: MAX_ROWS });

function text(value: ExcelJS.CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return value.result === undefined || value.result === null ? null : String(value.result);
    if ('text' in value) return String(value.text);
    if (value instanceof Date) return value.toISOString();
  }
  const s = String(value).trim();
  return s === '' ? null : s;
}

/** Keeps a data row unless its columns are all empty; refuses the file at the row past the limit. */
function collect(rows: SheetRow[], row: number, cells: (string | null)[]): void {
  if (cells.every((c) => c === null)) return;
  if (rows.length === MAX_ROWS) throw tooManyRows();
  rows.push({ row, cells });
}

/** CSV records (quoted cells, doubled quotes, CRLF or LF), read one at a time and dropped at the row past the limit. */
function readCsv(content: Buffer): SheetRow[] {
  const body = content.toString('utf8').replace(/^\uFEFF/, '');
  const rows: SheetRow[] = [];
  let at = 0;
  for (let record = 1; at < body.length; record++) {
    const fields: string[] = [];
    for (;;) {
      let value = '';
      if (body[at] === '"') {
        for (at++; ; ) {
          const quote = body.indexOf('"', at);
          if (quote < 0) throw new Error(`record ${record}: a quote is never closed`);
          value += body.slice(at, quote);
          at = quote + 1;
          if (body[at] !== '"') break;
          value += '"';
          at++;
        }
      }
      let stop = at;
      while (stop < body.length && body[stop] !== ',' && body[stop] !== '\n' && body[stop] !== '\r') stop++;
      fields.push(value + body.slice(at, stop));
      at = stop;
      if (body[at] !== ',') break;
      at++;
    }
    if (body[at] === '\r') at++;
    if (body[at] === '\n') at++;
    const cells = COLUMNS.map((_, i) => fields[i]?.trim() || null);
    if (record > 1) collect(rows, record, cells);
  }
  return rows;
}

/** Rows after the header, of an .xlsx or .csv file; BAD_USER_INPUT past a bound, any other throw when the file cannot be read. */
export async function readSheet(fileName: string, content: Buffer): Promise<SheetRow[]> {
  if (/\.csv$/i.test(fileName)) return readCsv(content);
  checkXlsxBounds(content, MAX_ROWS);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, index) => {
    if (index > 1)
      collect(
        rows,
        index,
        COLUMNS.map((_, i) => text(row.getCell(i + 1).value)),
      );
  });
  return rows;
}

/** The template, its example row and grid list taken from the secretary's own grids (none: the grid is left blank). */
export async function needTemplate(grids: string[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('需求清单');
  sheet.addRow([...COLUMNS]);
  sheet.addRow(['背街小巷道路硬化', '基础设施', '约 300 米道路硬化', 2, grids[0] ?? null, null, 120000]);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, i) => {
    column.width = [28, 12, 40, 14, 16, 20, 14][i];
  });
  const categories = `"${Object.values(CATEGORY_LABELS).join(',')}"`;
  for (let r = 2; r <= 501; r++) sheet.getCell(`B${r}`).dataValidation = { type: 'list', allowBlank: false, formulae: [categories] };
  // A list of names longer than Excel's 255 characters cannot be inline; then the help sheet names them.
  const gridList = `"${grids.join(',')}"`;
  if (grids.length && gridList.length <= 255 && !grids.some((g) => g.includes(',') || g.includes('"')))
    for (let r = 2; r <= 501; r++) sheet.getCell(`E${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: [gridList] };
  const help = workbook.addWorksheet('说明');
  help.addRow(['列', '要求']);
  help.addRow(['标题', '必填，1–200 字']);
  help.addRow(['类别', `必填：${Object.values(CATEGORY_LABELS).join('、')}`]);
  help.addRow(['描述', '选填，最多 10000 字']);
  help.addRow(['可认领单位数', '选填，1–100 的整数，默认 1']);
  help.addRow(['网格', grids.length ? `选填，本社区的网格：${grids.join('、')}` : '选填，须为本社区已有网格的名称']);
  help.addRow(['地点', '选填，最多 200 字']);
  help.addRow(['预算（元）', '选填，非负整数']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
