import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import fastifyStatic from '@fastify/static';
import type { MikroORM } from '@mikro-orm/postgresql';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import type { Config } from './config';
import type { Context } from './context';
import { pluginRoutes } from './http/plugin-routes';
import { guardRoutes, route } from './http/routes';
import { registerCaseRoutes } from './modules/case/case.routes';
import { registerPhotoRoutes } from './modules/case/photo.routes';
import { registerJointRoutes } from './modules/joint/joint.routes';
import { type AppDeps, contextForRequest, sendError } from './request-context';
import { appSchema } from './schema';
import { personalReadsPlugin } from './shared/audit/audit-plugin';
import { denyUnruledPlugin } from './shared/auth/access';
import { AppError } from './shared/errors';
import { errorPlugin, formatError } from './shared/graphql-errors';
import { langFrom } from './shared/i18n/lang';
import { PgPubSub } from './shared/pubsub';
import { LocalDiskStorage } from './shared/storage';
import { registerSubscriptions, subscriptionHandler } from './subscriptions';

export interface ServerDeps {
  orm: MikroORM;
  config: Config;
  /** Where unexpected errors go; they never reach a client. */
  logError?: (error: unknown) => void;
  /** Sees every route as registered, with its access rule (the test that no route is unruled). */
  onRoute?: (options: RouteOptions) => void;
}

const BODY_LIMIT = 1024 * 1024;

/** The whole HTTP surface on one port: /graphql, /healthz and the web client. Not yet listening. */
export async function buildServer({ orm, config, logError = (e) => console.error(e), onRoute }: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({ bodyLimit: BODY_LIMIT, logger: false, return503OnClosing: true, trustProxy: config.trustProxy });
  const pubsub = new PgPubSub(orm.config.get('clientUrl') as string);
  await pubsub.start();
  app.addHook('onClose', () => pubsub.stop());
  const deps: AppDeps = { orm, config, pubsub, storage: new LocalDiskStorage(join(config.dataDir, 'uploads')) };
  // Before any route: every route gets its access rule checked, the plugins' ones from one list.
  guardRoutes(app, deps, pluginRoutes(config.webDir));
  if (onRoute) app.addHook('onRoute', onRoute);

  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 20 },
    maxTokens: { n: 5_000 },
    maxDirectives: { n: 20 },
    costLimit: { maxCost: 20_000 },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<Context>({
    schema: appSchema(),
    introspection: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    validationRules: protection.validationRules,
    plugins: [...protection.plugins, fastifyApolloDrainPlugin(app), denyUnruledPlugin(), personalReadsPlugin(logError), errorPlugin(logError)],
    formatError,
  });
  await apollo.start();

  app.addHook('onSend', async (_request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'same-origin');
  });

  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    method: ['POST', 'OPTIONS'],
    context: (request) => contextForRequest(deps, request),
  });
  await registerSubscriptions(app, subscriptionHandler({ deps, schema: appSchema(), rules: protection.validationRules, logError }));

  // Route errors (bodies too large, malformed requests) in the API's shape; GraphQL answers its own.
  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const lang = langFrom(request.headers['accept-language']);
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return sendError(reply, 413, new AppError('BAD_USER_INPUT', request.url.startsWith('/api/uploads') ? 'photo.tooLarge' : 'input.tooLarge'), lang);
    }
    if (error.statusCode && error.statusCode < 500) return reply.code(error.statusCode).send({ error: { code: 'BAD_REQUEST', message: error.message } });
    logError(error);
    return reply.code(500).send({ error: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  registerJointRoutes(app);
  registerPhotoRoutes(app);
  registerCaseRoutes(app);

  route(app, {
    method: 'GET',
    url: '/healthz',
    access: 'public',
    handler: async (_request, reply) => {
      try {
        await orm.em.getConnection().execute('SELECT 1');
        return reply.send({ status: 'ok' });
      } catch {
        return reply.code(503).send({ status: 'database unavailable' });
      }
    },
  });

  await serveWeb(app, config.webDir);
  return app;
}

const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' ws: wss:; frame-ancestors 'none'";

async function serveWeb(app: FastifyInstance, webDir: string): Promise<void> {
  const hasWeb = existsSync(join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      setHeaders: (res, path) => {
        res.setHeader('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  // Client-side routes get the app shell; anything else that matches nothing is a 404.
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      request.method === 'GET' && !request.url.startsWith('/graphql') && !request.url.startsWith('/assets/') && (request.headers.accept ?? '').includes('text/html');
    if (wantsPage && hasWeb) {
      return reply.header('Cache-Control', 'no-cache').header('Content-Security-Policy', CSP).type('text/html').sendFile('index.html');
    }
    if (wantsPage) return reply.code(404).type('text/plain').send('The web client is not built: run `npm run build`.');
    return reply.code(404).send({ error: 'Not Found' });
  });
}
