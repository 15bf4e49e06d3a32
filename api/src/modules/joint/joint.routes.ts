import type { FastifyInstance } from 'fastify';
import { route } from '../../http/routes';
import { sendXlsx, TableWorkbook } from '../../shared/xlsx';
import { Grid } from '../org/grid.entity';
import { needTemplate } from './need-sheet';
import { TotalsService } from './totals.service';

// Spreadsheet downloads: the need-list template and the leaders' tables. Signed-in users only,
// with the same bearer token as the API (the web client fetches them and saves the blob).

const TOTALS_TEXT = {
  zh: {
    total: ['总计', '共建协议', '资源清单', '已发布需求', '已认领需求', '认领率'],
    community: ['按社区', '社区', '办事处', '共建协议', '资源清单', '已发布需求', '已认领需求'],
    unit: ['按单位', '单位', '共建协议', '资源清单', '认领'],
    month: ['按月', '月份', '签订协议', '发布需求', '认领'],
    file: '共建统计.xlsx',
  },
  en: {
    total: ['Totals', 'Agreements', 'Resources', 'Needs published', 'Needs claimed', 'Claim rate'],
    community: ['By community', 'Community', 'Subdistrict', 'Agreements', 'Resources', 'Needs published', 'Needs claimed'],
    unit: ['By unit', 'Unit', 'Agreements', 'Resources', 'Claims'],
    month: ['By month', 'Month', 'Agreements signed', 'Needs published', 'Claims'],
    file: 'joint-totals.xlsx',
  },
} as const;

export function registerJointRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'GET',
    url: '/api/templates/needs.xlsx',
    access: 'signedIn',
    handler: async (_request, reply, ctx) => {
      const communityId = ctx.viewer?.communityId;
      const grids = communityId ? await ctx.em.find(Grid, { community: communityId }, { orderBy: { name: 'asc' }, limit: 200 }) : [];
      return sendXlsx(reply, '需求清单模板.xlsx', await needTemplate(grids.map((g) => g.name)));
    },
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
      const text = TOTALS_TEXT[ctx.lang];
      const [, ...totalTitles] = text.total;
      const [, ...monthTitles] = text.month;
      const workbook = new TableWorkbook()
        .sheet(
          text.total[0],
          [...totalTitles.slice(0, 4), { title: totalTitles[4], format: 'percent' }],
          [[all.agreements, all.resources, all.publishedNeeds, all.claimedNeeds, all.publishedNeeds ? all.claimedNeeds / all.publishedNeeds : 0]],
        )
        .sheet(
          text.community[0],
          text.community.slice(1),
          (await totals.byCommunity()).map((r) => [r.community.name, r.community.subdistrict, r.agreements, r.resources, r.publishedNeeds, r.claimedNeeds]),
        )
        .sheet(
          text.unit[0],
          text.unit.slice(1),
          (await totals.byUnit()).map((r) => [r.unit.name, r.agreements, r.resources, r.claims]),
        )
        .sheet(
          text.month[0],
          [{ title: monthTitles[0], format: 'month' }, ...monthTitles.slice(1)],
          // The first of the month, as a date cell Excel shows as 2026-09.
          (await totals.byMonth(12, communityId)).map((r) => [new Date(`${r.month}-01T00:00:00Z`), r.agreementsSigned, r.needsPublished, r.claimsMade]),
        );
      return sendXlsx(reply, text.file, await workbook.buffer());
    },
  });
}
