import type { MikroORM } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config';
import { Role } from '../../shared/auth/role';
import { createLoaders } from '../../shared/loaders';
import type { PgPubSub } from '../../shared/pubsub';
import type { FileStorage } from '../../shared/storage';
import { viewerFromToken } from '../org/auth.service';
import { CaseStatsService } from './case-stats.service';

const WATCHERS = [Role.ADMIN, Role.CITY_LEADER, Role.COMMAND_CENTER, Role.COMMUNITY_SECRETARY, Role.UNIT_REP];

/** GET /api/exports/cases.xlsx?from=&to=: the weekly report (周报) or monthly ranking (月通报) as a workbook. */
export function registerCaseRoutes(app: FastifyInstance, deps: { orm: MikroORM; config: Config; pubsub: PgPubSub; storage: FileStorage }): void {
  app.get<{ Querystring: { from?: string; to?: string } }>('/api/exports/cases.xlsx', async (request, reply) => {
    const header = request.headers.authorization;
    const em = deps.orm.em.fork();
    const viewer = await viewerFromToken(em, header?.startsWith('Bearer ') ? header.slice(7) : null);
    if (!viewer) return reply.code(401).send({ error: { code: 'UNAUTHENTICATED' } });
    if (!WATCHERS.some((role) => viewer.roles.includes(role))) return reply.code(403).send({ error: { code: 'FORBIDDEN' } });
    const from = new Date(request.query.from ?? '');
    const to = new Date(request.query.to ?? '');
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to <= from) return reply.code(400).send({ error: { code: 'BAD_USER_INPUT' } });
    const stats = new CaseStatsService({
      em,
      viewer,
      lang: 'zh',
      ip: request.ip,
      sessionId: viewer.sessionId,
      config: deps.config,
      loaders: createLoaders(em),
      pubsub: deps.pubsub,
      storage: deps.storage,
    });
    const report = await stats.report(from, to);
    const ranking = await stats.ranking(from, to);
    const workbook = new ExcelJS.Workbook();
    const sheet = (name: string, headerRow: string[], rows: (string | number | null)[][]) => {
      const ws = workbook.addWorksheet(name);
      ws.addRow(headerRow).font = { bold: true };
      for (const row of rows) ws.addRow(row);
      ws.columns.forEach((column) => {
        column.width = 16;
      });
    };
    const pct = (v: number) => Number((v * 100).toFixed(2));
    sheet(
      '汇总',
      ['开始', '结束', '受理上报', '立案派单', '处置结案', '处置率（%）'],
      [[from.toISOString(), to.toISOString(), report.stats.reported, report.stats.filed, report.stats.closed, pct(report.stats.disposalRate)]],
    );
    sheet(
      '单位排名',
      ['排名', '单位', '派单', '结案', '处置率（%）', '按时', '超时', '按时率（%）'],
      ranking.map((r) => [r.rank, r.unit.name, r.dispatched, r.closed, pct(r.disposalRate), r.onTime, r.late, pct(r.onTimeRate)]),
    );
    sheet(
      '按类别',
      ['类别', '上报', '立案', '结案'],
      report.byCategory.map((r) => [r.category, r.reported, r.filed, r.closed]),
    );
    sheet(
      '按社区',
      ['社区', '上报', '立案', '结案'],
      report.byCommunity.map((r) => [r.community?.name ?? '—', r.reported, r.filed, r.closed]),
    );
    const h = report.averageHours;
    sheet('平均用时（小时）', ['受理', '派单', '处置', '核查', '全程'], [[h.accept, h.dispatch, h.handle, h.verify, h.total]]);
    const name = `案件统计_${from.toISOString().slice(0, 10)}_${to.toISOString().slice(0, 10)}.xlsx`;
    return reply
      .header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
      .header('Cache-Control', 'no-store')
      .send(Buffer.from(await workbook.xlsx.writeBuffer()));
  });
}
