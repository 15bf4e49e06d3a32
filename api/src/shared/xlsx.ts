import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

type Cell = string | number | null;

/** A workbook of plain tables: a bold header row, then the rows, columns 16 wide. */
export class TableWorkbook {
  private readonly workbook = new ExcelJS.Workbook();

  sheet(name: string, header: string[], rows: Cell[][]): this {
    const ws = this.workbook.addWorksheet(name);
    ws.addRow(header).font = { bold: true };
    for (const row of rows) ws.addRow(row);
    ws.columns.forEach((column) => {
      column.width = 16;
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
