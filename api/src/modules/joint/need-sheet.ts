import ExcelJS from 'exceljs';
import { NeedCategory } from './joint.enums';

// The need-list spreadsheet secretaries keep: its columns, its template, and reading it back.

export const CATEGORY_LABELS: Record<NeedCategory, string> = {
  INFRASTRUCTURE: '基础设施',
  ENVIRONMENT: '环境卫生',
  SAFETY: '平安建设',
  ELDERLY_CARE: '养老助老',
  CHILDREN: '儿童关爱',
  CULTURE: '文化体育',
  HEALTH: '卫生健康',
  EMPLOYMENT: '就业帮扶',
  OTHER: '其他',
};

export const COLUMNS = ['标题', '类别', '描述', '可认领单位数', '网格', '地点', '预算（元）'] as const;

export interface SheetRow {
  row: number;
  cells: (string | null)[];
}

const MAX_ROWS = 500;

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

/** Rows after the header, of an .xlsx or .csv file; throws when the file cannot be read. */
export async function readSheet(fileName: string, content: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  if (/\.csv$/i.test(fileName)) {
    const { Readable } = await import('node:stream');
    const body = content.toString('utf8').replace(/^\uFEFF/, '');
    await workbook.csv.read(Readable.from([body]));
  } else {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, index) => {
    if (index === 1) return;
    const cells = COLUMNS.map((_, i) => text(row.getCell(i + 1).value));
    if (cells.every((c) => c === null)) return;
    rows.push({ row: index, cells });
  });
  if (rows.length > MAX_ROWS) throw new Error(`more than ${MAX_ROWS} rows`);
  return rows;
}

export async function needTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('需求清单');
  sheet.addRow([...COLUMNS]);
  sheet.addRow(['背街小巷道路硬化', '基础设施', '和尚岭路东段约 300 米', 2, '和尚岭一网格', '和尚岭路', 120000]);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, i) => {
    column.width = [28, 12, 40, 14, 16, 20, 14][i];
  });
  const categories = `"${Object.values(CATEGORY_LABELS).join(',')}"`;
  for (let r = 2; r <= 501; r++) sheet.getCell(`B${r}`).dataValidation = { type: 'list', allowBlank: false, formulae: [categories] };
  const help = workbook.addWorksheet('说明');
  help.addRow(['列', '要求']);
  help.addRow(['标题', '必填，1–200 字']);
  help.addRow(['类别', `必填：${Object.values(CATEGORY_LABELS).join('、')}`]);
  help.addRow(['描述', '选填，最多 10000 字']);
  help.addRow(['可认领单位数', '选填，1–100 的整数，默认 1']);
  help.addRow(['网格', '选填，须为本社区已有网格的名称']);
  help.addRow(['地点', '选填，最多 200 字']);
  help.addRow(['预算（元）', '选填，非负整数']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
