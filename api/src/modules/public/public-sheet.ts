import type { Lang } from '../../shared/i18n/lang';
import { chinaCell, TableWorkbook } from '../../shared/xlsx';
import { CASE_CATEGORY_LABELS } from '../case/case-labels';
import { AGREEMENT_STATUS_LABELS, NEED_CATEGORY_LABELS, NEED_STATUS_LABELS } from '../joint/joint-labels';
import type { PublicCommunityPage } from './public.types';

// The public page as open data: one workbook of three sheets, or each table as CSV, with the labels
// people read (as the web shows them), dates in China time.

const TEXT = {
  zh: {
    needs: ['需求清单', '需求', '类别', '状态', '认领单位', '发布日期', '完成日期'],
    agreements: ['今年签订的共建协议', '共建单位', '签订日期', '状态'],
    cases: ['近 12 个月办结案件', '月份', '类别', '办结数'],
    separator: '、',
  },
  en: {
    needs: ['Needs', 'Need', 'Category', 'Status', 'Claimed by', 'Published', 'Done'],
    agreements: ['Agreements signed this year', 'Partner unit', 'Signed', 'Status'],
    cases: ['Cases closed, last 12 months', 'Month', 'Category', 'Closed'],
    separator: '; ',
  },
} as const;

export type OpenTable = 'needs' | 'agreements' | 'closed-cases';
export const OPEN_TABLES: readonly OpenTable[] = ['needs', 'agreements', 'closed-cases'];

type Cell = string | number | Date | null;
interface Table {
  name: string;
  titles: string[];
  rows: Cell[][];
}

function tables(page: PublicCommunityPage, lang: Lang): Record<OpenTable, Table> {
  const t = TEXT[lang];
  const [needCategory, needStatus, agreementStatus] = [NEED_CATEGORY_LABELS[lang], NEED_STATUS_LABELS[lang], AGREEMENT_STATUS_LABELS[lang]];
  const [needsName, ...needTitles] = t.needs;
  const [agreementsName, ...agreementTitles] = t.agreements;
  const [casesName, ...caseTitles] = t.cases;
  return {
    needs: {
      name: needsName,
      titles: needTitles,
      rows: page.needs.map((x) => [x.title, needCategory[x.category], needStatus[x.status], x.claimedBy.join(t.separator) || null, chinaCell(x.publishedAt), chinaCell(x.doneAt)]),
    },
    agreements: { name: agreementsName, titles: agreementTitles, rows: page.agreements.map((a) => [a.unit, chinaCell(a.signedAt), agreementStatus[a.status]]) },
    'closed-cases': { name: casesName, titles: caseTitles, rows: page.closedCases.map((c) => [c.month, CASE_CATEGORY_LABELS[lang][c.category], c.closed]) },
  };
}

export function openDataWorkbook(page: PublicCommunityPage, lang: Lang): Promise<Buffer> {
  const all = tables(page, lang);
  const book = new TableWorkbook();
  const [needs, agreements, cases] = [all.needs, all.agreements, all['closed-cases']];
  book.sheet(needs.name, [...needs.titles.slice(0, 4), { title: needs.titles[4], format: 'date' }, { title: needs.titles[5], format: 'date' }], needs.rows);
  book.sheet(agreements.name, [agreements.titles[0], { title: agreements.titles[1], format: 'date' }, agreements.titles[2]], agreements.rows);
  book.sheet(cases.name, cases.titles, cases.rows);
  return book.buffer();
}

/** A cell as CSV: quoted when it must be, and never read as a formula by a spreadsheet (a title may start with =). */
function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One table as CSV, with a byte-order mark so Excel reads the Chinese right. */
export function openDataCsv(page: PublicCommunityPage, lang: Lang, table: OpenTable): { name: string; body: string } {
  const { name, titles, rows } = tables(page, lang)[table];
  return { name, body: `\uFEFF${[titles, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n` };
}
