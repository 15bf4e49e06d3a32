import { join } from 'node:path';
import { DataloaderType, type LoggerNamespace } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import type { Client } from 'pg';
import { migrationsList } from '../migrations';
import { type DatabaseTimeouts, databaseTimeouts, projectRoot } from './config';
import { ENTITIES } from './entities';
import { type DatabaseSettings, startDatabase } from './shared/db/database';

export type Orm = MikroORM;

export interface OrmOptions {
  /** Called with every SQL statement; tests count them to catch N+1 queries. */
  onQuery?: (sql: string) => void;
  poolMax?: number;
  /** Defaults to the DB_*_TIMEOUT_MS settings of the environment. */
  timeouts?: DatabaseTimeouts;
  /** Sees every connection the pool opens (the database watch ends them when PostgreSQL hangs). */
  onConnection?: (connection: Client) => void;
  /** Read and write api/migrations/.snapshot-gongjian.json (creating migrations only). */
  snapshot?: boolean;
}

export function ormConfig(clientUrl: string, options: OrmOptions = {}): Options {
  const migrationsPath = join(projectRoot(), 'api', 'migrations');
  const onQuery = options.onQuery;
  const timeouts = options.timeouts ?? databaseTimeouts();
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    colors: false,
    discovery: { disableDynamicFileAccess: true },
    pool: {
      min: 0,
      max: options.poolMax ?? 10,
      afterCreate: (connection: Client, done: (error: Error | null, connection: Client) => void) => {
        options.onConnection?.(connection);
        done(null, connection);
      },
    },
    // Deadlines, so a slow or hung database fails a request instead of holding it (see DatabaseTimeouts).
    driverOptions: {
      connection: {
        application_name: 'gongjian',
        statement_timeout: timeouts.statementMs,
        idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
        connectionTimeoutMillis: timeouts.connectMs,
        keepAlive: true,
      },
      acquireConnectionTimeout: timeouts.statementMs,
      // A connection PostgreSQL ended is dropped and replaced by the pool; no line for each of them.
      log: { warn: (message: string) => !String(message).startsWith('Connection Error') && console.warn(message) },
    },
    debug: onQuery ? (['query'] as LoggerNamespace[]) : false,
    logger: onQuery ? (message: string) => onQuery(message) : () => undefined,
    migrations: {
      path: migrationsPath,
      pathTs: migrationsPath,
      migrationsList,
      // Only `db:migration:create` keeps the snapshot: MikroORM rewrites it whenever migrations are applied,
      // and every server start and test run would dirty the checkout.
      snapshot: options.snapshot ?? false,
      snapshotName: '.snapshot-gongjian',
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
    },
  });
}

const poolConnections = new WeakMap<MikroORM, Set<Client>>();

export async function openOrm(clientUrl: string, options: OrmOptions = {}): Promise<MikroORM> {
  const open = new Set<Client>();
  const onConnection = (connection: Client) => {
    open.add(connection);
    connection.once('end', () => open.delete(connection));
    options.onConnection?.(connection);
  };
  const orm = await MikroORM.init(ormConfig(clientUrl, { ...options, onConnection }));
  poolConnections.set(orm, open);
  return orm;
}

/** The connections the ORM's pool holds open now. */
export function openConnections(orm: MikroORM): Iterable<Client> {
  return poolConnections.get(orm) ?? [];
}

/** Applies every committed migration that has not run yet. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const connection = orm.em.getConnection();
  // A migration may rewrite a large table: no statement_timeout for it.
  const done = await connection.transactional(async (trx) => {
    await connection.execute('SET LOCAL statement_timeout = 0', [], 'run', trx);
    return orm.getMigrator().up({ transaction: trx });
  });
  return done.map((m) => m.name);
}

/** For scripts: opens the configured database, migrated, runs fn, and closes everything. */
export async function withDatabase<T>(config: DatabaseSettings, fn: (orm: Orm) => Promise<T>, options: OrmOptions = {}): Promise<T> {
  const db = await startDatabase(config, (line) => console.log(line));
  const orm = await openOrm(db.url, options);
  try {
    await migrate(orm);
    return await fn(orm);
  } finally {
    await orm.close();
    await db.stop();
  }
}
