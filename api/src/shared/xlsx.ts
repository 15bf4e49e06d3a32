import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

type Cell = string | number | Date | null;

/** A column's title, and how Excel shows its cells: a date, a date and time, a percentage of a 0–1 fraction. */
export type Column = string | { title: string; format: 'date' | 'month' | 'datetime' | 'percent' | 'hours' };

const FORMATS = { date: 'yyyy-mm-dd', month: 'yyyy-mm', datetime: 'yyyy-mm-dd hh:mm', percent: '0.00%', hours: '0.0' } as const;

const CHINA_OFFSET = 8 * 3_600_000;

/** An instant as the date cell a reader in China expects: Excel dates have no time zone, so write China's wall clock. */
export function chinaCell(at: Date | null | undefined): Date | null {
  return at ? new Date(at.getTime() + CHINA_OFFSET) : null;
}

/** A workbook of plain tables: a bold header row, then the rows, columns 16 wide, typed cells formatted per column. */
export class TableWorkbook {
  private readonly workbook = new ExcelJS.Workbook();

  sheet(name: string, columns: Column[], rows: Cell[][], note?: string): this {
    const ws = this.workbook.addWorksheet(name);
    ws.addRow(columns.map((c) => (typeof c === 'string' ? c : c.title))).font = { bold: true };
    for (const row of rows) ws.addRow(row);
    if (note) ws.addRow([note]).font = { italic: true };
    columns.forEach((c, i) => {
      const column = ws.getColumn(i + 1);
      column.width = typeof c !== 'string' && c.format === 'datetime' ? 18 : 16;
      if (typeof c === 'string') return;
      // Per cell, not per column: a column style would also format the header.
      for (let r = 2; r <= rows.length + 1; r++) ws.getCell(r, i + 1).numFmt = FORMATS[c.format];
    });
    return this;
  }

  async buffer(): Promise<Buffer> {
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }
}

/** Answer a download of a workbook, with a file name that survives Chinese characters. */
export function sendXlsx(reply: FastifyReply, fileName: string, body: Buffer): FastifyReply {
  return reply
    .header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('Content-Disposition', `attachment; filename="${encodeURIComponent(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header('Cache-Control', 'no-store')
    .send(body);
}
