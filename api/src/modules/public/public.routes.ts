import type { FastifyInstance, FastifyReply } from 'fastify';
import { route } from '../../http/routes';
import { type AppDeps, contextFor, sendError } from '../../request-context';
import { notFound } from '../../shared/errors';
import { langFrom } from '../../shared/i18n/lang';
import { sendXlsx } from '../../shared/xlsx';
import { PublicService } from './public.service';
import { OPEN_TABLES, type OpenTable, openDataCsv, openDataWorkbook } from './public-sheet';

// The public page's open data (公示), for anyone: the same rule as its queries (@Public).

const disposition = (name: string) => `attachment; filename="${encodeURIComponent(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export function registerPublicRoutes(app: FastifyInstance, deps: AppDeps): void {
  async function pageFor(id: string, acceptLanguage: string | undefined) {
    const lang = langFrom(acceptLanguage);
    const ctx = await contextFor(deps, null, lang, '');
    return { page: await new PublicService(ctx).page(id), lang };
  }

  route<{ Params: { id: string } }>(app, {
    method: 'GET',
    url: '/api/public/communities/:id/open-data.xlsx',
    access: 'public',
    handler: async (request, reply) => {
      const { page, lang } = await pageFor(request.params.id, request.headers['accept-language']);
      if (!page) return sendError(reply, 404, notFound('community'), lang);
      return sendXlsx(reply, `${page.community.name}-${lang === 'en' ? 'open-data' : '公示数据'}.xlsx`, await openDataWorkbook(page, lang));
    },
  });

  route<{ Params: { id: string; table: string } }>(app, {
    method: 'GET',
    url: '/api/public/communities/:id/:table.csv',
    access: 'public',
    handler: async (request, reply: FastifyReply) => {
      const table = request.params.table as OpenTable;
      const { page, lang } = await pageFor(request.params.id, request.headers['accept-language']);
      if (!OPEN_TABLES.includes(table)) return sendError(reply, 404, notFound('table'), lang);
      if (!page) return sendError(reply, 404, notFound('community'), lang);
      const csv = openDataCsv(page, lang, table);
      return reply
        .header('Content-Type', 'text/csv; charset=utf-8')
        .header('Content-Disposition', disposition(`${page.community.name}-${csv.name}.csv`))
        .header('Cache-Control', 'no-store')
        .send(csv.body);
    },
  });
}
