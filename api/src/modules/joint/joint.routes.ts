import type { FastifyInstance } from 'fastify';
import { route } from '../../http/routes';
import { sendXlsx, TableWorkbook } from '../../shared/xlsx';
import { needTemplate } from './need-sheet';
import { TotalsService } from './totals.service';

// Spreadsheet downloads: the need-list template and the leaders' tables. Signed-in users only,
// with the same bearer token as the API (the web client fetches them and saves the blob).

export function registerJointRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'GET',
    url: '/api/templates/needs.xlsx',
    access: 'signedIn',
    handler: async (_request, reply) => sendXlsx(reply, '需求清单模板.xlsx', await needTemplate()),
  });

  // The same rule as the totals queries it exports (@Allow()).
  route<{ Querystring: { communityId?: string } }>(app, {
    method: 'GET',
    url: '/api/exports/joint-totals.xlsx',
    access: 'signedIn',
    handler: async (request, reply, ctx) => {
      const totals = new TotalsService(ctx);
      const communityId = request.query.communityId ?? null;
      const all = await totals.totals(communityId);
      const workbook = new TableWorkbook()
        .sheet(
          '总计',
          ['共建协议', '资源清单', '已发布需求', '已认领需求', '认领率'],
          [[all.agreements, all.resources, all.publishedNeeds, all.claimedNeeds, all.publishedNeeds ? Number((all.claimedNeeds / all.publishedNeeds).toFixed(4)) : 0]],
        )
        .sheet(
          '按社区',
          ['社区', '办事处', '共建协议', '资源清单', '已发布需求', '已认领需求'],
          (await totals.byCommunity()).map((r) => [r.community.name, r.community.subdistrict, r.agreements, r.resources, r.publishedNeeds, r.claimedNeeds]),
        )
        .sheet(
          '按单位',
          ['单位', '共建协议', '资源清单', '认领'],
          (await totals.byUnit()).map((r) => [r.unit.name, r.agreements, r.resources, r.claims]),
        )
        .sheet(
          '按月',
          ['月份', '签订协议', '发布需求', '认领'],
          (await totals.byMonth(12, communityId)).map((r) => [r.month, r.agreementsSigned, r.needsPublished, r.claimsMade]),
        );
      return sendXlsx(reply, '共建统计.xlsx', await workbook.buffer());
    },
  });
}
