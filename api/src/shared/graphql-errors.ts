import type { ApolloServerPlugin } from '@apollo/server';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { isDatabaseUnavailable } from './db/availability';
import { AppError, localizeMessage, unavailable } from './errors';
import type { Lang } from './i18n/lang';
import { describeValidationErrors } from './validation';

// The one place where failures become what a client sees: a contract code and a message in the
// caller's language. Anything unexpected is logged here and reaches the client as a bare
// INTERNAL_SERVER_ERROR, never with its SQL, stack or driver text.

const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

type Logger = (error: unknown) => void;

interface ClientError {
  code: string;
  message: string;
  extra?: Record<string, unknown>;
}

// A throttled caller is told in `retryAfter` how many seconds to wait.
const retryAfterOf = (error: AppError) => (error.code === 'TOO_MANY_REQUESTS' && typeof error.params.seconds === 'number' ? { retryAfter: error.params.seconds } : undefined);

/** What the client is told about an error, or null to leave graphql's own error as it is. */
function describeError(error: GraphQLError, lang: Lang, log: Logger): ClientError | null {
  const original = error.originalError;
  if (original instanceof AppError) return { code: original.code, message: original.localize(lang), extra: retryAfterOf(original) };
  const validation = original instanceof ArgumentValidationError ? original : (error as unknown) instanceof ArgumentValidationError ? (error as ArgumentValidationError) : null;
  if (validation) {
    const problems = describeValidationErrors((validation.extensions.validationErrors ?? []) as ValidationError[], lang);
    return { code: 'BAD_USER_INPUT', message: localizeMessage('input.invalid', lang, { details: problems.join(lang === 'zh' ? '；' : '; ') }), extra: { problems } };
  }
  if (original instanceof UniqueConstraintViolationException) return { code: 'CONFLICT', message: localizeMessage('conflict.generic', lang) };
  if (isDatabaseUnavailable(original)) return { code: 'SERVICE_UNAVAILABLE', message: unavailable().localize(lang) };
  const code = error.extensions?.code;
  const fromGraphql = !original || original instanceof GraphQLError;
  if (fromGraphql && typeof code === 'string' && PASS_THROUGH.has(code)) return null;
  log(original ?? error);
  return { code: 'INTERNAL_SERVER_ERROR', message: localizeMessage('internal', lang) };
}

export function localizeError(error: GraphQLError, lang: Lang, log: Logger): void {
  const described = describeError(error, lang, log);
  if (!described) return;
  error.message = described.message;
  const extensions = error.extensions as Record<string, unknown>;
  for (const key of Object.keys(extensions)) delete extensions[key];
  Object.assign(extensions, { code: described.code, ...described.extra });
  // Apollo takes the HTTP status from here (and removes it before formatError).
  if (described.code === 'SERVICE_UNAVAILABLE') extensions.http = { status: 503 };
}

/** A GraphQL error for when the database cannot be reached or did not answer in time (HTTP 503). */
export function unavailableError(lang: Lang): GraphQLError {
  return new GraphQLError(unavailable().localize(lang), { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });
}

/** A request whose context failed (its session lookup): never with the driver's text; 503 when the database is the cause. */
export function contextError(error: unknown, lang: Lang, log: Logger): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof AppError) return new GraphQLError(error.localize(lang), { extensions: { code: error.code } });
  if (isDatabaseUnavailable(error)) return unavailableError(lang);
  log(error);
  return new GraphQLError(localizeMessage('internal', lang), { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/** Localizes every error of a request; of the context it needs only the caller's language. */
export function errorPlugin(log: Logger): ApolloServerPlugin<{ lang: Lang }> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) localizeError(error as GraphQLError, contextValue?.lang ?? 'zh', log);
        },
      };
    },
  };
}

/** Last line of defence: only message, code, problems, retryAfter, locations and path leave the server. */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { code, problems, retryAfter } = (formatted.extensions ?? {}) as { code?: string; problems?: string[]; retryAfter?: number };
  return {
    message: formatted.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: code ?? 'INTERNAL_SERVER_ERROR', ...(problems ? { problems } : {}), ...(typeof retryAfter === 'number' ? { retryAfter } : {}) },
  };
}
