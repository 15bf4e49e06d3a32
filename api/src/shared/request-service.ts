import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context';
import type { Viewer } from './auth/viewer';
import { unauthenticated } from './errors';
import type { Lang } from './i18n/lang';

/** A service made for one request: its EntityManager and its viewer. */
export abstract class RequestService {
  protected readonly em: EntityManager;
  protected readonly viewer: Viewer | null;
  protected readonly lang: Lang;

  constructor(ctx: Context) {
    this.em = ctx.em;
    this.viewer = ctx.viewer;
    this.lang = ctx.lang;
  }

  /** The signed-in viewer; every mutation is behind @Allow, so this only guards against misuse. */
  protected get me(): Viewer {
    if (!this.viewer) throw unauthenticated();
    return this.viewer;
  }
}
