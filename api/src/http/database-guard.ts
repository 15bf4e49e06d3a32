import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../request-context';
import { type DatabaseWatch, isDatabaseUnavailable } from '../shared/db/availability';
import { unavailable } from '../shared/errors';
import { langFrom } from '../shared/i18n/lang';

/**
 * While PostgreSQL does not answer, GraphQL requests get 503 SERVICE_UNAVAILABLE at once instead of
 * waiting; a request that has waited `slowMs` starts a check, which ends the hung connections if it fails.
 */
export function guardDatabase(app: FastifyInstance, watch: DatabaseWatch, slowMs: number): void {
  const timers = new WeakMap<FastifyRequest, NodeJS.Timeout>();
  app.addHook('onRequest', async (request, reply) => {
    if (request.headers.upgrade) return;
    if (!watch.available && request.method === 'POST' && request.url.startsWith('/graphql')) {
      const message = unavailable().localize(langFrom(request.headers['accept-language']));
      // The same media type Apollo would answer with, so clients read the error the same way.
      const type = (request.headers.accept ?? '').includes('application/graphql-response+json') ? 'application/graphql-response+json' : 'application/json';
      return reply
        .code(503)
        .type(`${type}; charset=utf-8`)
        .send({ errors: [{ message, extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    }
    timers.set(
      request,
      setTimeout(() => void watch.check(), slowMs),
    );
  });
  const done = async (request: FastifyRequest) => clearTimeout(timers.get(request));
  app.addHook('onResponse', done);
  app.addHook('onRequestAbort', done);
}

type ErrorHandler = (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => unknown;

/** Route errors (uploads, photos, exports): the database's trouble is 503 SERVICE_UNAVAILABLE in the API's shape; the rest goes on to `next`. */
export function answerUnavailable(next: ErrorHandler): ErrorHandler {
  return (error, request, reply) =>
    isDatabaseUnavailable(error) ? sendError(reply, 503, unavailable(), langFrom(request.headers['accept-language'])) : next(error, request, reply);
}
