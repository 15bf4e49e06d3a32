import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Lexer, Source, TokenKind } from 'graphql';
import { type ErrorCode, localizeMessage } from './errors';
import { langFrom, type Params } from './i18n/lang';
import type { MessageKey } from './i18n/messages';
import { unstorableTextAt } from './text-guard';

// Requests refused before any work, in the API's own shapes: `{ errors: [...] }` with a contract code
// on /graphql (what GraphQL clients read), `{ error: { code, message } }` on every other route.

/** The most lexical tokens a GraphQL document may have (armor's limit, counted here so the answer is a 400). */
export const MAX_TOKENS = 5_000;

const isGraphqlPath = (url: string) => url.split('?')[0] === '/graphql';

/** Sends a refusal in the caller's language and in the shape its path's clients read. */
export function refuse(request: FastifyRequest, reply: FastifyReply, status: number, code: ErrorCode | 'INTERNAL_SERVER_ERROR', key: MessageKey, params: Params = {}) {
  const message = localizeMessage(key, langFrom(request.headers['accept-language']), params);
  return reply.code(status).send(isGraphqlPath(request.url) ? { errors: [{ message, extensions: { code } }] } : { error: { code, message } });
}

/** Whether a document has more than `max` tokens, counted with graphql's own lexer up to the first one too many. */
export function exceedsTokens(query: string, max = MAX_TOKENS): boolean {
  const lexer = new Lexer(new Source(query));
  try {
    for (let count = 1; lexer.advance().kind !== TokenKind.EOF; count++) if (count > max) return true;
  } catch {
    // A syntax error is the parser's to report, with its position.
  }
  return false;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const optional = (value: unknown, ok: (v: unknown) => boolean) => value === undefined || value === null || ok(value);

/** What is wrong with a GraphQL POST body, before Apollo sees it: its shape, then its size in tokens. */
function graphqlBodyProblem(body: unknown): MessageKey | null {
  if (!isRecord(body)) return 'request.notGraphql';
  const { query, variables, operationName, extensions } = body;
  const persisted = isRecord(extensions) && isRecord(extensions.persistedQuery);
  const shaped =
    (typeof query === 'string' || (query === undefined && persisted)) &&
    optional(variables, isRecord) &&
    optional(operationName, (v) => typeof v === 'string') &&
    optional(extensions, isRecord);
  if (!shaped) return 'request.notGraphql';
  return typeof query === 'string' && exceedsTokens(query) ? 'request.tooManyTokens' : null;
}

/** preHandler of every route: query strings and path parameters hold storable text; a GraphQL body is one request of at most MAX_TOKENS tokens. */
export async function guardRequest(request: FastifyRequest, reply: FastifyReply) {
  if (unstorableTextAt(request.query) || unstorableTextAt(request.params)) return refuse(request, reply, 400, 'BAD_USER_INPUT', 'request.badText');
  if (request.method !== 'POST' || !isGraphqlPath(request.url)) return;
  const problem = graphqlBodyProblem(request.body);
  if (problem) return refuse(request, reply, 400, 'BAD_USER_INPUT', problem, { max: MAX_TOKENS });
}

const CODE_OF_STATUS: Record<number, ErrorCode> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 409: 'CONFLICT', 429: 'TOO_MANY_REQUESTS' };

function messageOf(error: FastifyError, request: FastifyRequest): MessageKey {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return request.url.startsWith('/api/uploads') ? 'photo.tooLarge' : 'input.tooLarge';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'request.unsupportedType';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'request.badJson';
    default:
      return 'request.malformed';
  }
}

/** Fastify's errors (a body too large, malformed JSON, a content type nobody parses) as a 4xx with a contract code; anything else is logged and a bare 500. */
export function apiErrorHandler(logError: (error: unknown) => void) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return refuse(request, reply, status, CODE_OF_STATUS[status] ?? 'BAD_USER_INPUT', messageOf(error, request));
    logError(error);
    return refuse(request, reply, 500, 'INTERNAL_SERVER_ERROR', 'internal');
  };
}

/** Fastify's `frameworkErrors`: a URL that cannot be decoded (`/api/photos/%ff`) is a 400 in the API's shape. */
export function frameworkErrors(_error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return refuse(request, reply, 400, 'BAD_USER_INPUT', 'request.malformed');
}
