import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from './config';
import type { Viewer } from './shared/auth/viewer';
import type { Lang } from './shared/i18n/lang';
import type { Loaders } from './shared/loaders';
import type { PgPubSub } from './shared/pubsub';
import type { FileStorage } from './shared/storage';

/** Everything a request carries: its own EntityManager and loaders, who is calling, and their language. */
export interface Context {
  em: EntityManager;
  viewer: Viewer | null;
  lang: Lang;
  ip: string;
  /** The bearer token's session, for logout. */
  sessionId: string | null;
  config: Config;
  loaders: Loaders;
  /** Live events (LISTEN/NOTIFY), shared by the process. */
  pubsub: PgPubSub;
  /** Uploaded files (case photos), by content hash. */
  storage: FileStorage;
}
