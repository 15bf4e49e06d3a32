import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods, RouteGenericInterface, RouteOptions } from 'fastify';
import type { Context } from '../context';
import { type AppDeps, contextForRequest, sendError } from '../request-context';
import { type Access, passesRule } from '../shared/auth/access';
import type { Role } from '../shared/auth/role';
import type { Viewer } from '../shared/auth/viewer';
import { AppError, unauthenticated } from '../shared/errors';
import { langFrom } from '../shared/i18n/lang';

// Deny by default for HTTP, as for root GraphQL fields: every route carries an `access` rule in its
// config, checked in onRequest (before the body is read); a route without one is refused and fails a test.

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** Set by the guard for a route that needs a session; the handler reads it through route(). */
    signedIn: SignedInContext | null;
  }
}

export type SignedInContext = Context & { viewer: Viewer };

type Common = { method: HTTPMethods | HTTPMethods[]; url: string; bodyLimit?: number };
export type RouteSpec<G extends RouteGenericInterface> = Common &
  (
    | { access: 'public'; handler: (request: FastifyRequest<G>, reply: FastifyReply) => Promise<unknown> }
    | { access: 'signedIn' | 'anyAccount' | readonly Role[]; handler: (request: FastifyRequest<G>, reply: FastifyReply, ctx: SignedInContext) => Promise<unknown> }
  );

/** Registers a route with its rule; a guarded handler gets the signed-in caller's context. */
export function route<G extends RouteGenericInterface = RouteGenericInterface>(app: FastifyInstance, spec: RouteSpec<G>): void {
  app.route({
    method: spec.method,
    url: spec.url,
    bodyLimit: spec.bodyLimit,
    config: { access: spec.access },
    handler: (raw, reply) => {
      // G only types the request, as app.get<G> does.
      const request = raw as FastifyRequest<G>;
      return spec.access === 'public' ? spec.handler(request, reply) : spec.handler(request, reply, signedIn(raw));
    },
  });
}

function signedIn(request: FastifyRequest): SignedInContext {
  if (!request.signedIn) throw new Error(`${request.method} ${request.url}: the access guard did not run`);
  return request.signedIn;
}

/** Who may call a route that a plugin registered (its options are not ours to write), or undefined. */
export type PluginRule = (method: string, url: string) => Access | undefined;

/** Call first in buildServer: rules plugin routes from `pluginRule`, then checks every request against its route's rule. */
export function guardRoutes(app: FastifyInstance, deps: AppDeps, pluginRule: PluginRule): void {
  app.decorateRequest('signedIn', null);
  app.addHook('onRoute', (options: RouteOptions) => {
    if (options.config?.access) return;
    const rules = new Set([options.method].flat().map((method) => pluginRule(method, options.url)));
    const [access] = rules;
    if (rules.size === 1 && access) options.config = { ...options.config, access };
  });
  app.addHook('onRequest', async (request, reply) => {
    // Unmatched URLs (the SPA fallback, 404s) serve the same public shell to everyone.
    if (request.is404) return;
    const access = request.routeOptions.config.access;
    if (access === 'public') return;
    if (!access) return sendError(reply, 403, new AppError('FORBIDDEN', 'auth.notRuled'), langFrom(request.headers['accept-language']));
    const ctx = await contextForRequest(deps, request);
    if (!ctx.viewer) return sendError(reply, 401, unauthenticated(), ctx.lang);
    if (!passesRule(access, ctx.viewer)) return sendError(reply, 403, new AppError('FORBIDDEN', 'auth.roleDenied'), ctx.lang);
    request.signedIn = ctx as SignedInContext;
  });
}
