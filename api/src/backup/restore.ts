import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { migrationsList } from '../../migrations';
import { openOrm } from '../orm';
import { loadDatabase, publicTables } from '../shared/db/logical-dump';
import { type FileStorage, LocalDiskStorage, openStorage } from '../shared/storage';
import { databaseForTool, type Manifest, openArchive, readManifest } from './archive';
import type { BackupConfig } from './backup';

export interface RestoreOptions {
  /** Drop everything in a database that already has tables; without it such a database is refused. */
  replace?: boolean;
}

/** `npm run restore`: the archive's rows into an empty database (schema by its migrations), its photos into the configured storage. */
export async function restore(config: BackupConfig, source: string, options: RestoreOptions = {}, log: (line: string) => void = () => undefined): Promise<Manifest> {
  const archive = await openArchive(resolve(source));
  try {
    const manifest = await readManifest(archive.dir);
    const migrations = knownMigrations(manifest.database.migrations);
    // Before the database is touched: a store that cannot take the photos stops the restore here.
    const storage = await openStorage(config.storage);
    const db = await databaseForTool(config, log);
    try {
      const client = new Client({ connectionString: db.url });
      await client.connect();
      try {
        await emptyDatabase(client, options, log);
        const orm = await openOrm(db.url);
        try {
          if (migrations.length) await orm.getMigrator().up({ to: migrations[migrations.length - 1] });
        } finally {
          await orm.close();
        }
        await loadDatabase(client, join(archive.dir, 'database'), manifest.database);
      } finally {
        await client.end();
      }
    } finally {
      await db.stop();
    }
    const photos = join(archive.dir, 'photos');
    if (existsSync(photos)) log(`restored ${await copyPhotos(new LocalDiskStorage(photos), storage)} photos`);
    if (manifest.photos.storage === 's3') log(manifest.photos.note);
    return manifest;
  } finally {
    await archive.cleanup();
  }
}

/** The archive's migrations, when they are this version's first ones; a newer version's backup is refused by name. */
function knownMigrations(names: string[]): string[] {
  const ours = migrationsList.map((migration) => migration.name);
  names.forEach((name, index) => {
    if (ours[index] !== name) {
      throw new Error(`the backup's schema has migration ${name}, which this version of Gongjian does not have at that place: restore it with the version that made it`);
    }
  });
  return names;
}

async function emptyDatabase(client: Client, options: RestoreOptions, log: (line: string) => void): Promise<void> {
  const tables = await publicTables(client);
  if (!tables.length) return;
  if (!options.replace) {
    throw new Error(
      `the database already has ${tables.length} tables (${tables.slice(0, 3).join(', ')}, …): restore into an empty one (a new DATA_DIR, or a new database in DATABASE_URL), or pass --replace to drop everything in it first`,
    );
  }
  log(`--replace: dropping the ${tables.length} tables and everything else in schema public, and the job queue's schema`);
  await client.query('DROP SCHEMA public CASCADE');
  // The job queue's tables (pg-boss) are made by a migration too: they go with the rest, and come back with it.
  await client.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
  await client.query('CREATE SCHEMA public');
}

/** Each archived file, checked against its name (the SHA-256 of its bytes), into the store. */
async function copyPhotos(from: LocalDiskStorage, to: FileStorage): Promise<number> {
  let count = 0;
  for await (const sha256 of from.hashes()) {
    const bytes = await from.get(sha256);
    if (!bytes || createHash('sha256').update(bytes).digest('hex') !== sha256) throw new Error(`the archive's photo ${sha256} is damaged: its bytes do not match its name`);
    await to.put(sha256, bytes);
    count += 1;
  }
  return count;
}
