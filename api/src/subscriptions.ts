import websocket from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import { GraphQLError, type GraphQLSchema, Kind, NoSchemaIntrospectionCustomRule, specifiedRules, type ValidationRule, validate } from 'graphql';
import { makeHandler } from 'graphql-ws/use/@fastify/websocket';
import type { Context } from './context';
import { viewerFromToken } from './modules/org/auth.service';
import { type AccessChanged, hasEnded, liveSessionIds, SESSION_TOPIC, type SessionsEnded } from './modules/org/session-events';
import { type AppDeps, bearerToken, contextFor } from './request-context';
import { notRuledError, unruledRootFields } from './shared/auth/access';
import { isDatabaseUnavailable } from './shared/db/availability';
import { unauthenticated } from './shared/errors';
import { formatError, localizeError } from './shared/graphql-errors';
import { type Lang, langFrom } from './shared/i18n/lang';
import { LiveSockets } from './shared/live-sockets';

type Params = Record<string, unknown> & {
  authorization?: string;
  'accept-language'?: string;
};

// 4401 is graphql-ws's Unauthorized, which its clients by default do not retry: the sign-in behind the socket ended.
const SESSION_ENDED = 4401;
// 4000 (retried by clients): the account's roles or scope changed; the client reconnects as who they are now.
const ACCESS_CHANGED = 4000;
// 1013 Try Again Later (retried by clients, where 4500 is not): the database did not answer the session check.
const TRY_AGAIN_LATER = 1013;
/** Closes the socket with 1013 when the database is the cause (and answers null), else rethrows. */
const tryLater = (socket: { close(code: number, reason: string): void }, error: unknown): null => {
  if (!isDatabaseUnavailable(error)) throw error;
  socket.close(TRY_AGAIN_LATER, 'database unavailable');
  return null;
};
const closeReason = (why: SessionsEnded['why'] | AccessChanged['why']) =>
  why === 'deactivated' ? 'account deactivated' : why === 'accessChanged' ? 'access changed' : 'session ended';

// As Apollo's hideSchemaDetailsFromClientErrors does over HTTP: no "Did you mean …?" in production.
const withoutSuggestions = (error: GraphQLError) => {
  error.message = error.message.replace(/ ?Did you mean(.+?)\?$/, '');
  return error;
};

/** GraphQL over WebSocket (graphql-ws) on GET /graphql, with the same rules as HTTP: a valid token, armor limits, access rules, no introspection in production. */
export function subscriptionHandler({ deps, schema, rules, logError }: { deps: AppDeps; schema: GraphQLSchema; rules: ValidationRule[]; logError: (e: unknown) => void }) {
  const tokenOf = (params: Params | undefined) => bearerToken(params?.authorization);
  const langOf = (params: Params | undefined): Lang => langFrom(params?.['accept-language']);
  const production = deps.config.production;
  const validationRules = [...specifiedRules, ...rules, ...(production ? [NoSchemaIntrospectionCustomRule] : [])];
  const sockets = new LiveSockets();
  // Any API process may end a session; each closes its own sockets of it.
  deps.pubsub.listen<SessionsEnded | AccessChanged>(SESSION_TOPIC, (ended) =>
    sockets.close(ended.userId, (owner) => hasEnded(ended, owner), ended.why === 'accessChanged' ? ACCESS_CHANGED : SESSION_ENDED, closeReason(ended.why)),
  );
  // Endings announced while the LISTEN connection was away were not heard: after it is back, ask the database.
  deps.pubsub.onResync(() => {
    const open = sockets.sessionIds();
    void liveSessionIds(deps.orm.em.fork(), open)
      .then((alive) => {
        for (const sessionId of open) if (!alive.has(sessionId)) sockets.closeSession(sessionId, SESSION_ENDED, 'session ended');
      })
      .catch(logError);
  });
  return makeHandler<Params>({
    schema,
    // Refuse the connection itself without a valid session; track the socket by its sign-in.
    onConnect: async (ctx) => {
      const socket = ctx.extra.socket;
      const viewer = await viewerFromToken(deps.orm.em.fork(), tokenOf(ctx.connectionParams)).catch((error) => tryLater(socket, error));
      if (!viewer || socket.readyState !== socket.OPEN) return false;
      sockets.add(socket, viewer);
      return true;
    },
    // The session may have ended while the socket was connecting, before it was tracked.
    onSubscribe: async (ctx) => {
      if (await viewerFromToken(deps.orm.em.fork(), tokenOf(ctx.connectionParams)).catch((error) => tryLater(ctx.extra.socket, error))) return;
      sockets.remove(ctx.extra.socket);
      ctx.extra.socket.close(SESSION_ENDED, 'session ended');
      return [new GraphQLError(unauthenticated().localize(langOf(ctx.connectionParams)), { extensions: { code: 'UNAUTHENTICATED' } })];
    },
    onClose: (ctx) => sockets.remove(ctx.extra.socket),
    validate: (s, document) => {
      const errors: GraphQLError[] = [...validate(s, document, validationRules)];
      for (const definition of document.definitions) {
        if (definition.kind === Kind.OPERATION_DEFINITION && unruledRootFields(s, definition).length) errors.push(notRuledError('zh'));
      }
      return production ? errors.map(withoutSuggestions) : errors;
    },
    context: (ctx): Promise<Context> =>
      contextFor(deps, tokenOf(ctx.connectionParams), langOf(ctx.connectionParams), ctx.extra.request.ip).catch((error) => {
        tryLater(ctx.extra.socket, error);
        throw error;
      }),
    // A subscribe function's own failure (a database error, an AppError) is told like any other; graphql's checks are left as they are.
    onError: (ctx, _id, _payload, errors) => {
      const lang = langOf(ctx.connectionParams);
      return errors.map((error) => {
        if (!error.originalError) return error.toJSON();
        localizeError(error, lang, logError);
        return formatError(error.toJSON());
      });
    },
    onNext: async (ctx, _id, _payload, args, result) => {
      // Personal data this event disclosed goes to the audit log, as for an HTTP request.
      const live = args.contextValue as Context;
      await live.access.reads.flush(live.em, live.viewer).catch(logError);
      if (!result.errors?.length) return;
      const lang = langOf(ctx.connectionParams);
      for (const error of result.errors) localizeError(error as GraphQLError, lang, logError);
      return { ...result, errors: result.errors.map((error) => formatError((error as GraphQLError).toJSON())) };
    },
  });
}

export async function registerSubscriptions(app: FastifyInstance, handler: ReturnType<typeof subscriptionHandler>): Promise<void> {
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  app.route({
    method: 'GET',
    url: '/graphql',
    handler: (_request, reply) =>
      reply.code(400).send({ errors: [{ message: 'Send queries with POST, or open a WebSocket for subscriptions.', extensions: { code: 'BAD_USER_INPUT' } }] }),
    wsHandler: handler,
  });
}
