import { type Config, loadConfig } from '../../config';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres';
import { migrate, type Orm, openOrm } from './orm';

export interface Database {
  url: string;
  /** Stops the embedded cluster, if we started one. */
  stop(): Promise<void>;
}

const EMBEDDED_DB = 'gongjian';

/** DATABASE_URL when given; otherwise an embedded cluster under DATA_DIR. */
export async function startDatabase(config: Config, log: (line: string) => void = () => undefined): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => undefined };
  const cluster = await startEmbeddedPostgres({ dataDir: config.dataDir, log });
  try {
    await ensureDatabase(cluster, EMBEDDED_DB);
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return { url: cluster.url(EMBEDDED_DB), stop: () => cluster.stop() };
}

/** For scripts: opens the configured database, migrated, runs fn, and closes everything. */
export async function withDatabase<T>(fn: (orm: Orm) => Promise<T>): Promise<T> {
  const db = await startDatabase(loadConfig(), (line) => console.log(line));
  const orm = await openOrm(db.url);
  try {
    await migrate(orm);
    return await fn(orm);
  } finally {
    await orm.close();
    await db.stop();
  }
}
