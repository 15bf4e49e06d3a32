import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from './config';
import type { Loaders } from './loaders';
import type { AccessState } from './shared/auth/access-state';
import type { Viewer } from './shared/auth/viewer';
import type { Lang } from './shared/i18n/lang';
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
  /** The access policies' per-request facts and the personal data read, for the audit log. */
  access: AccessState;
  /** Live events (LISTEN/NOTIFY), shared by the process. */
  pubsub: PgPubSub;
  /** Uploaded files (case photos), by content hash. */
  storage: FileStorage;
}
