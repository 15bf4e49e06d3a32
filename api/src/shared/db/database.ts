import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres';

export interface Database {
  url: string;
  /** Stops the embedded cluster, if we started one. */
  stop(): Promise<void>;
}

/** What of the configuration says where the database is (Config has it). */
export interface DatabaseSettings {
  /** External PostgreSQL; unset means an embedded cluster under dataDir. */
  databaseUrl?: string;
  dataDir: string;
}

const EMBEDDED_DB = 'gongjian';

/** DATABASE_URL when given; otherwise an embedded cluster under DATA_DIR. */
export async function startDatabase(config: DatabaseSettings, log: (line: string) => void = () => undefined): Promise<Database> {
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
