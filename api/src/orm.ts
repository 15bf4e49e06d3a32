import { join } from 'node:path';
import { DataloaderType, type LoggerNamespace } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import { migrationsList } from '../migrations';
import { projectRoot } from './config';
import { ENTITIES } from './entities';
import { type DatabaseSettings, startDatabase } from './shared/db/database';

export type Orm = MikroORM;

export interface OrmOptions {
  /** Called with every SQL statement; tests count them to catch N+1 queries. */
  onQuery?: (sql: string) => void;
  poolMax?: number;
}

export function ormConfig(clientUrl: string, options: OrmOptions = {}): Options {
  const migrationsPath = join(projectRoot(), 'api', 'migrations');
  const onQuery = options.onQuery;
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    colors: false,
    discovery: { disableDynamicFileAccess: true },
    pool: { min: 0, max: options.poolMax ?? 10 },
    debug: onQuery ? (['query'] as LoggerNamespace[]) : false,
    logger: onQuery ? (message: string) => onQuery(message) : () => undefined,
    migrations: {
      path: migrationsPath,
      pathTs: migrationsPath,
      migrationsList,
      snapshotName: '.snapshot-gongjian',
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
    },
  });
}

export async function openOrm(clientUrl: string, options: OrmOptions = {}): Promise<MikroORM> {
  return MikroORM.init(ormConfig(clientUrl, options));
}

/** Applies every committed migration that has not run yet. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const done = await orm.getMigrator().up();
  return done.map((m) => m.name);
}

/** For scripts: opens the configured database, migrated, runs fn, and closes everything. */
export async function withDatabase<T>(config: DatabaseSettings, fn: (orm: Orm) => Promise<T>): Promise<T> {
  const db = await startDatabase(config, (line) => console.log(line));
  const orm = await openOrm(db.url);
  try {
    await migrate(orm);
    return await fn(orm);
  } finally {
    await orm.close();
    await db.stop();
  }
}
