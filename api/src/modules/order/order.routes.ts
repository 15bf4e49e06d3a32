import type { FastifyInstance } from 'fastify';
import { route } from '../../http/routes';
import { Role } from '../../shared/auth/role';
import { sendXlsx } from '../../shared/xlsx';
import { OrderReportService, partyOrderWorkbook } from './order.report';

/** 党员领单月报 as a workbook: the same rule and scope as the partyOrderMonth query. */
export function registerOrderRoutes(app: FastifyInstance): void {
  route<{ Querystring: { communityId?: string; month?: string } }>(app, {
    method: 'GET',
    url: '/api/exports/party-orders.xlsx',
    access: [Role.ADMIN, Role.COMMUNITY_SECRETARY],
    handler: async (request, reply, ctx) => {
      const report = await new OrderReportService(ctx).month(request.query.communityId ?? '', request.query.month ?? '');
      const { fileName, body } = await partyOrderWorkbook(report, ctx.lang);
      return sendXlsx(reply, fileName, body);
    },
  });
}
