import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import type { Config } from './config';
import type { Context } from './context';
import { scheduleHousekeeping } from './housekeeping';
import { answerUnavailable, guardDatabase } from './http/database-guard';
import { pluginRoutes } from './http/plugin-routes';
import { guardRoutes, route } from './http/routes';
import { registerCompression, serveWeb } from './http/web';
import { registerCaseRoutes } from './modules/case/case.routes';
import { registerPhotoRoutes } from './modules/case/photo.routes';
import { registerJointRoutes } from './modules/joint/joint.routes';
import { tileOrigin } from './modules/map/map-settings';
import { startNotifyWorkers } from './modules/notify/workers';
import { registerOrderRoutes } from './modules/order/order.routes';
import { registerPublicRoutes } from './modules/public/public.routes';
import { openConnections } from './orm';
import { type AppDeps, contextForRequest } from './request-context';
import { appSchema } from './schema';
import { personalReadsPlugin } from './shared/audit/audit-plugin';
import { denyUnruledPlugin } from './shared/auth/access';
import { DatabaseWatch } from './shared/db/availability';
import { contextError, errorPlugin, formatError } from './shared/graphql-errors';
import { langFrom } from './shared/i18n/lang';
import { PgPubSub } from './shared/pubsub';
import { apiErrorHandler, frameworkErrors, guardRequest } from './shared/request-guard';
import { openStorage } from './shared/storage';
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
  const app = Fastify({ bodyLimit: BODY_LIMIT, logger: false, return503OnClosing: true, trustProxy: config.trustProxy, frameworkErrors });
  // First: a bucket that cannot be used stops the start before anything else is opened.
  const storage = await openStorage(config.storage);
  const databaseUrl = orm.config.get('clientUrl') as string;
  const log = (line: string) => logError(`[gongjian] ${line}`);
  const pubsub = new PgPubSub(databaseUrl, { timeoutMs: config.database.connectMs, log });
  await pubsub.start();
  app.addHook('onClose', () => pubsub.stop());
  // A hung database answers 503 within about one and a half health deadlines, not after the statement timeout.
  const watch = new DatabaseWatch(databaseUrl, config.database.healthMs, () => openConnections(orm), log);
  app.addHook('onClose', async () => watch.stop());
  // Its connection is opened now, while all is calm: a probe that first had to connect on a machine
  // starved by a burst of work (forty password hashes at once) once missed its deadline and ended a
  // healthy pool.
  await watch.check();
  guardDatabase(app, watch, config.database.healthMs / 2);
  // With the job queue on, pruning is one of its scheduled jobs; without it, the timer prunes.
  if (!config.notify.jobQueue) scheduleHousekeeping(app, orm, logError);
  await startNotifyWorkers(app, orm, config, databaseUrl, logError);
  const deps: AppDeps = { orm, config, pubsub, storage };
  // Before any route: every route gets its access rule checked, the plugins' ones from one list.
  guardRoutes(app, deps, pluginRoutes(config.webDir));
  if (onRoute) app.addHook('onRoute', onRoute);

  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 20 },
    // Counted by guardRequest instead (MAX_TOKENS), whose refusal is a 400: armor's was a 500.
    maxTokens: { enabled: false },
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
    plugins: [
      ...protection.plugins,
      fastifyApolloDrainPlugin(app),
      denyUnruledPlugin(),
      personalReadsPlugin(logError),
      errorPlugin(logError),
      // No type sets cache hints; the implicit cache-control plugin's per-field hook cost ~a quarter of a page's time for one header.
      ApolloServerPluginCacheControlDisabled(),
      { requestDidStart: async () => ({ willSendResponse: async ({ response }) => void response.http.headers.set('cache-control', 'no-store') }) },
    ],
    formatError,
  });
  await apollo.start();

  app.addHook('onSend', async (_request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'same-origin');
  });

  await registerCompression(app);
  // Before Apollo's route, which keeps the error handler and hooks there are when it is registered.
  app.setErrorHandler(answerUnavailable(apiErrorHandler(logError)));
  app.addHook('preHandler', guardRequest);

  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    method: ['POST', 'OPTIONS'],
    context: (request) => contextForRequest(deps, request).catch((error) => Promise.reject(contextError(error, langFrom(request.headers['accept-language']), logError))),
  });
  await registerSubscriptions(app, subscriptionHandler({ deps, schema: appSchema(), rules: protection.validationRules, logError }));

  registerJointRoutes(app);
  registerPhotoRoutes(app);
  registerCaseRoutes(app);
  registerPublicRoutes(app, deps);
  registerOrderRoutes(app);

  route(app, {
    method: 'GET',
    url: '/healthz',
    access: 'public',
    // 503 within DB_HEALTH_TIMEOUT_MS when PostgreSQL does not answer; `listener` is the LISTEN connection's state.
    handler: async (_request, reply) => {
      const answers = await watch.check();
      return reply.code(answers ? 200 : 503).send({ status: answers ? 'ok' : 'database unavailable', listener: pubsub.state });
    },
  });

  await serveWeb(app, config.webDir, tileOrigin(config.map));
  return app;
}
