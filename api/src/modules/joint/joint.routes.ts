import type { MikroORM } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config';
import type { Context } from '../../context';
import { createLoaders } from '../../shared/loaders';
import type { PgPubSub } from '../../shared/pubsub';
import type { FileStorage } from '../../shared/storage';
import { viewerFromToken } from '../org/auth.service';
import { needTemplate } from './need-sheet';
import { TotalsService } from './totals.service';

// Spreadsheet downloads: the need-list template and the leaders' tables. Signed-in users only,
// with the same bearer token as the API (the web client fetches them and saves the blob).

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function send(reply: FastifyReply, fileName: string, body: Buffer) {
  return reply
    .header('Content-Type', XLSX)
    .header('Content-Disposition', `attachment; filename="${encodeURIComponent(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header('Cache-Control', 'no-store')
    .send(body);
}

export function registerJointRoutes(app: FastifyInstance, deps: { orm: MikroORM; config: Config; pubsub: PgPubSub; storage: FileStorage }): void {
  const signedIn = async (request: FastifyRequest, reply: FastifyReply): Promise<Context | null> => {
    const header = request.headers.authorization;
    const em = deps.orm.em.fork();
    const viewer = await viewerFromToken(em, header?.startsWith('Bearer ') ? header.slice(7) : null);
    if (!viewer) {
      await reply.code(401).send({ error: 'UNAUTHENTICATED' });
      return null;
    }
    return { em, viewer, lang: 'zh', ip: request.ip, sessionId: viewer.sessionId, config: deps.config, loaders: createLoaders(em), pubsub: deps.pubsub, storage: deps.storage };
  };

  app.get('/api/templates/needs.xlsx', async (request, reply) => {
    if (!(await signedIn(request, reply))) return reply;
    return send(reply, '需求清单模板.xlsx', await needTemplate());
  });

  app.get<{ Querystring: { communityId?: string } }>('/api/exports/joint-totals.xlsx', async (request, reply) => {
    const ctx = await signedIn(request, reply);
    if (!ctx) return reply;
    const totals = new TotalsService(ctx);
    const workbook = new ExcelJS.Workbook();
    const sheet = (name: string, header: string[], rows: (string | number)[][]) => {
      const ws = workbook.addWorksheet(name);
      ws.addRow(header).font = { bold: true };
      for (const row of rows) ws.addRow(row);
      ws.columns.forEach((column) => {
        column.width = 16;
      });
    };
    const all = await totals.totals(request.query.communityId ?? null);
    sheet(
      '总计',
      ['共建协议', '资源清单', '已发布需求', '已认领需求', '认领率'],
      [[all.agreements, all.resources, all.publishedNeeds, all.claimedNeeds, all.publishedNeeds ? Number((all.claimedNeeds / all.publishedNeeds).toFixed(4)) : 0]],
    );
    sheet(
      '按社区',
      ['社区', '办事处', '共建协议', '资源清单', '已发布需求', '已认领需求'],
      (await totals.byCommunity()).map((r) => [r.community.name, r.community.subdistrict, r.agreements, r.resources, r.publishedNeeds, r.claimedNeeds]),
    );
    sheet(
      '按单位',
      ['单位', '共建协议', '资源清单', '认领'],
      (await totals.byUnit()).map((r) => [r.unit.name, r.agreements, r.resources, r.claims]),
    );
    sheet(
      '按月',
      ['月份', '签订协议', '发布需求', '认领'],
      (await totals.byMonth(12, request.query.communityId ?? null)).map((r) => [r.month, r.agreementsSigned, r.needsPublished, r.claimsMade]),
    );
    return send(reply, '共建统计.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
  });
}
