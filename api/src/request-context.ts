import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from './config';
import type { Context } from './context';
import { createLoaders } from './loaders';
import { viewerFromToken } from './modules/org/auth.service';
import { newAccessState } from './shared/auth/access-state';
import { AppError } from './shared/errors';
import { type Lang, langFrom } from './shared/i18n/lang';
import type { PgPubSub } from './shared/pubsub';
import type { FileStorage } from './shared/storage';

/** What a server process shares between requests. */
export interface AppDeps {
  orm: MikroORM;
  config: Config;
  pubsub: PgPubSub;
  storage: FileStorage;
}

/** The token of an `Authorization: Bearer …` value, or null. */
export function bearerToken(header: unknown): string | null {
  return typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : null;
}

/** One request's context: its own EntityManager and loaders, the viewer behind the token, the language. */
export async function contextFor(deps: AppDeps, token: string | null, lang: Lang, ip: string): Promise<Context> {
  const em = deps.orm.em.fork();
  const viewer = await viewerFromToken(em, token);
  return {
    em,
    viewer,
    lang,
    ip,
    sessionId: viewer?.sessionId ?? null,
    config: deps.config,
    loaders: createLoaders(em),
    access: newAccessState(),
    pubsub: deps.pubsub,
    storage: deps.storage,
  };
}

/** Each live event is read with a fresh unit of work, loaders and policy facts: the subscription's context lives on. */
export function renewForEvent(ctx: Context): void {
  ctx.em = ctx.em.fork();
  ctx.loaders = createLoaders(ctx.em);
  ctx.access = newAccessState();
}

/** The same, for a plain HTTP request (GraphQL POST, downloads, uploads). */
export function contextForRequest(deps: AppDeps, request: FastifyRequest): Promise<Context> {
  return contextFor(deps, bearerToken(request.headers.authorization), langFrom(request.headers['accept-language']), request.ip);
}

/** A route's error answer, in the same shape and language as the API's: `{ error: { code, message } }`. */
export function sendError(reply: FastifyReply, status: number, error: AppError, lang: Lang): FastifyReply {
  return reply.code(status).send({ error: { code: error.code, message: error.localize(lang) } });
}
