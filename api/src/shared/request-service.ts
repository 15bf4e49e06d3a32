import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessState, PolicyContext } from './auth/access-state';
import type { Viewer } from './auth/viewer';
import { unauthenticated } from './errors';
import type { Lang } from './i18n/lang';

/** What a per-request service needs of the request's context. */
export interface ServiceContext extends PolicyContext {
  lang: Lang;
}

/** A service made for one request: its EntityManager and its viewer. */
export abstract class RequestService {
  protected readonly em: EntityManager;
  protected readonly viewer: Viewer | null;
  protected readonly lang: Lang;
  /** The request as the access policies see it (their SQL filters and predicates take it). */
  protected readonly policy: PolicyContext;

  constructor(ctx: ServiceContext) {
    this.em = ctx.em;
    this.viewer = ctx.viewer;
    this.lang = ctx.lang;
    this.policy = { em: ctx.em, viewer: ctx.viewer, access: ctx.access as AccessState };
  }

  /** The signed-in viewer; every mutation is behind @Allow, so this only guards against misuse. */
  protected get me(): Viewer {
    if (!this.viewer) throw unauthenticated();
    return this.viewer;
  }
}
