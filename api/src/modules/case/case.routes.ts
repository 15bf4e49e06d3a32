import type { FastifyInstance } from 'fastify';
import { route } from '../../http/routes';
import { sendError } from '../../request-context';
import { AppError } from '../../shared/errors';
import { sendXlsx, TableWorkbook } from '../../shared/xlsx';
import { type CaseReport, CaseStatsService, STATS_WATCHERS, type UnitRanking } from './case-stats.service';

const pct = (v: number) => Number((v * 100).toFixed(2));

/** GET /api/exports/cases.xlsx?from=&to=: the weekly report (周报) or monthly ranking (月通报) as a workbook. */
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
      try {
        report = await stats.report(from, to);
        ranking = await stats.ranking(from, to);
      } catch (error) {
        if (error instanceof AppError) return sendError(reply, 400, error, ctx.lang);
        throw error;
      }
      const h = report.averageHours;
      const workbook = new TableWorkbook()
        .sheet(
          '汇总',
          ['开始', '结束', '受理上报', '立案派单', '处置结案', '处置率（%）'],
          [[from.toISOString(), to.toISOString(), report.stats.reported, report.stats.filed, report.stats.closed, pct(report.stats.disposalRate)]],
        )
        .sheet(
          '单位排名',
          ['排名', '单位', '派单', '结案', '处置率（%）', '按时', '超时', '按时率（%）'],
          ranking.map((r) => [r.rank, r.unit.name, r.dispatched, r.closed, pct(r.disposalRate), r.onTime, r.late, pct(r.onTimeRate)]),
        )
        .sheet(
          '按类别',
          ['类别', '上报', '立案', '结案'],
          report.byCategory.map((r) => [r.category, r.reported, r.filed, r.closed]),
        )
        .sheet(
          '按社区',
          ['社区', '上报', '立案', '结案'],
          report.byCommunity.map((r) => [r.community?.name ?? '—', r.reported, r.filed, r.closed]),
        )
        .sheet('平均用时（小时）', ['受理', '派单', '处置', '核查', '全程'], [[h.accept, h.dispatch, h.handle, h.verify, h.total]]);
      return sendXlsx(reply, `案件统计_${from.toISOString().slice(0, 10)}_${to.toISOString().slice(0, 10)}.xlsx`, await workbook.buffer());
    },
  });
}
