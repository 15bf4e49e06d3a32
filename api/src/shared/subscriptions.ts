import websocket from '@fastify/websocket';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { type GraphQLError, type GraphQLSchema, Kind, specifiedRules, type ValidationRule, validate } from 'graphql';
import { makeHandler } from 'graphql-ws/use/@fastify/websocket';
import type { Config } from '../config';
import type { Context } from '../context';
import { viewerFromToken } from '../modules/org/auth.service';
import { notRuledError, unruledRootFields } from './auth/access';
import { formatError, localizeError } from './graphql-errors';
import { type Lang, langFrom } from './i18n/lang';
import { createLoaders } from './loaders';
import type { PgPubSub } from './pubsub';
import type { FileStorage } from './storage';

type Params = Record<string, unknown> & {
  authorization?: string;
  'accept-language'?: string;
};

/** GraphQL over WebSocket (graphql-ws) on GET /graphql, with the same rules as HTTP: a valid token, armor limits, access rules. */
export function subscriptionHandler(deps: {
  schema: GraphQLSchema;
  orm: MikroORM;
  config: Config;
  pubsub: PgPubSub;
  storage: FileStorage;
  rules: ValidationRule[];
  logError: (e: unknown) => void;
}) {
  const { schema, orm, config, pubsub, storage, rules, logError } = deps;
  const langOf = (params: Params | undefined): Lang => langFrom(params?.['accept-language']);
  return makeHandler<Params>({
    schema,
    // Refuse the connection itself without a valid session.
    onConnect: async (ctx) => {
      const token = ctx.connectionParams?.authorization?.replace(/^Bearer\s+/, '') ?? null;
      return !!(await viewerFromToken(orm.em.fork(), token));
    },
    validate: (s, document) => {
      const errors: GraphQLError[] = [...validate(s, document, [...specifiedRules, ...rules])];
      for (const definition of document.definitions) {
        if (definition.kind === Kind.OPERATION_DEFINITION && unruledRootFields(s, definition).length) errors.push(notRuledError('zh'));
      }
      return errors;
    },
    context: async (ctx): Promise<Context> => {
      const em = orm.em.fork();
      const token = ctx.connectionParams?.authorization?.replace(/^Bearer\s+/, '') ?? null;
      const viewer = await viewerFromToken(em, token);
      return {
        em,
        viewer,
        lang: langOf(ctx.connectionParams),
        ip: ctx.extra.request.ip,
        sessionId: viewer?.sessionId ?? null,
        config,
        loaders: createLoaders(em),
        pubsub,
        storage,
      };
    },
    onNext: (ctx, _id, _payload, _args, result) => {
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
      reply.code(400).send({ errors: [{ message: 'Send queries with POST, or open a WebSocket for subscriptions.', extensions: { code: 'BAD_REQUEST' } }] }),
    wsHandler: handler,
  });
}
