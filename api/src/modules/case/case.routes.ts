import type { FastifyInstance } from 'fastify';
import { route } from '../../http/routes';
import { sendError } from '../../request-context';
import { AppError } from '../../shared/errors';
import { interpolate } from '../../shared/i18n/lang';
import { type Column, chinaCell, sendXlsx, TableWorkbook } from '../../shared/xlsx';
import { CASE_CATEGORY_LABELS, CASE_SHEET_TEXT, CASE_STATUS_LABELS } from './case-labels';
import { type CaseReport, CaseStatsService, STATS_WATCHERS, type UnitRanking } from './case-stats.service';
import type { RateWeights } from './rate-weights.entity';
import { currentWeights } from './rate-weights.service';

const CASE_ROWS = 20_000;

/** Titles of a sheet (its first entry is the sheet's name), with formats for some columns by index. */
const titled = (names: readonly string[], formats: Record<number, Exclude<Column, string>['format']> = {}): [string, Column[]] => [
  names[0],
  names.slice(1).map((title, i) => (formats[i] ? { title, format: formats[i] } : title)),
];

/** GET /api/exports/cases.xlsx?from=&to=: the weekly report (周报) or monthly ranking (月通报) as a workbook, in the caller's language. */
export function registerCaseRoutes(app: FastifyInstance): void {
  route<{ Querystring: { from?: string; to?: string } }>(app, {
    method: 'GET',
    url: '/api/exports/cases.xlsx',
    access: STATS_WATCHERS,
    handler: async (request, reply, ctx) => {
      const from = new Date(request.query.from ?? '');
      const to = new Date(request.query.to ?? '');
      const stats = new CaseStatsService(ctx);
      let report: CaseReport;
      let ranking: UnitRanking[];
      let weights: RateWeights;
      try {
        report = await stats.report(from, to);
        [ranking, weights] = await Promise.all([stats.ranking(from, to), currentWeights(ctx.em)]);
      } catch (error) {
        if (error instanceof AppError) return sendError(reply, 400, error, ctx.lang);
        throw error;
      }
      const cases = await stats.cases(from, to, CASE_ROWS + 1);
      const text = CASE_SHEET_TEXT[ctx.lang];
      const category = CASE_CATEGORY_LABELS[ctx.lang];
      const status = CASE_STATUS_LABELS[ctx.lang];
      const h = report.averageHours;
      const workbook = new TableWorkbook()
        .sheet(...titled(text.summary, { 0: 'datetime', 1: 'datetime', 5: 'percent' }), [
          [chinaCell(from), chinaCell(to), report.stats.reported, report.stats.filed, report.stats.closed, report.stats.disposalRate],
        ])
        .sheet(
          ...titled(text.ranking, { 4: 'percent', 7: 'percent', 8: 'percent', 9: 'percent', 10: 'percent' }),
          ranking.map((r) => [
            ...[r.rank, r.unit.name, r.dispatched, r.closed, r.disposalRate, r.onTime, r.late, r.onTimeRate],
            ...[r.responseRate, r.resolutionRate, r.satisfactionRate, r.score, r.scoreRank, r.followedUp, r.pendingFollowUp, r.reworked],
          ]),
          // The weights in force when the workbook was made: a reader can redo the score by hand.
          interpolate(text.weights, {
            response: weights.response,
            resolution: weights.resolution,
            satisfaction: weights.satisfaction,
            partly: weights.partlySolvedCredit,
            basically: weights.basicallySatisfiedCredit,
          }),
        )
        .sheet(
          ...titled(text.category),
          report.byCategory.map((r) => [category[r.category], r.reported, r.filed, r.closed]),
        )
        .sheet(
          ...titled(text.community),
          report.byCommunity.map((r) => [r.community?.name ?? text.noCommunity, r.reported, r.filed, r.closed]),
        )
        .sheet(...titled(text.hours, { 0: 'hours', 1: 'hours', 2: 'hours', 3: 'hours', 4: 'hours' }), [[h.accept, h.dispatch, h.handle, h.verify, h.total]])
        .sheet(
          ...titled(text.cases, { 6: 'datetime', 7: 'datetime', 8: 'datetime' }),
          cases
            .slice(0, CASE_ROWS)
            .map((c) => [
              c.number,
              c.title,
              category[c.category],
              status[c.status],
              c.community?.getEntity().name ?? null,
              c.assignedUnit?.getEntity().name ?? null,
              chinaCell(c.reportedAt),
              chinaCell(c.dueAt),
              chinaCell(c.closedAt),
            ]),
          cases.length > CASE_ROWS ? interpolate(text.more, { n: CASE_ROWS }) : undefined,
        );
      const day = (d: Date) => chinaCell(d)?.toISOString().slice(0, 10);
      return sendXlsx(reply, `${text.file}_${day(from)}_${day(to)}.xlsx`, await workbook.buffer());
    },
  });
}
