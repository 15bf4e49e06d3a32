import websocket from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import { type GraphQLError, type GraphQLSchema, Kind, specifiedRules, type ValidationRule, validate } from 'graphql';
import { makeHandler } from 'graphql-ws/use/@fastify/websocket';
import type { Context } from '../context';
import { viewerFromToken } from '../modules/org/auth.service';
import { type AppDeps, bearerToken, contextFor } from '../request-context';
import { notRuledError, unruledRootFields } from './auth/access';
import { formatError, localizeError } from './graphql-errors';
import { type Lang, langFrom } from './i18n/lang';

type Params = Record<string, unknown> & {
  authorization?: string;
  'accept-language'?: string;
};

/** GraphQL over WebSocket (graphql-ws) on GET /graphql, with the same rules as HTTP: a valid token, armor limits, access rules. */
export function subscriptionHandler({ deps, schema, rules, logError }: { deps: AppDeps; schema: GraphQLSchema; rules: ValidationRule[]; logError: (e: unknown) => void }) {
  const tokenOf = (params: Params | undefined) => bearerToken(params?.authorization);
  const langOf = (params: Params | undefined): Lang => langFrom(params?.['accept-language']);
  return makeHandler<Params>({
    schema,
    // Refuse the connection itself without a valid session.
    onConnect: async (ctx) => !!(await viewerFromToken(deps.orm.em.fork(), tokenOf(ctx.connectionParams))),
    validate: (s, document) => {
      const errors: GraphQLError[] = [...validate(s, document, [...specifiedRules, ...rules])];
      for (const definition of document.definitions) {
        if (definition.kind === Kind.OPERATION_DEFINITION && unruledRootFields(s, definition).length) errors.push(notRuledError('zh'));
      }
      return errors;
    },
    context: (ctx): Promise<Context> => contextFor(deps, tokenOf(ctx.connectionParams), langOf(ctx.connectionParams), ctx.extra.request.ip),
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
