import { copyFile, mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import type { Config } from '../config';
import { dumpDatabase } from '../shared/db/logical-dump';
import { LocalDiskStorage, storageKey } from '../shared/storage';
import { databaseForTool, FORMAT, type Manifest, stagingFor, VERSION, writeManifest } from './archive';

export type BackupConfig = Pick<Config, 'databaseUrl' | 'dataDir' | 'storage'>;

/** `npm run backup`: the database's rows and the photos on local disk, into one folder or .tar at target. */
export async function backup(config: BackupConfig, target: string, log: (line: string) => void = () => undefined): Promise<Manifest> {
  const path = resolve(target);
  await mkdir(dirname(path), { recursive: true });
  const staging = await stagingFor(path);
  const db = await databaseForTool(config, log);
  try {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    let manifest: Manifest;
    try {
      // Rows first, then files: a photo is stored before its row is committed, so every row dumped has its file.
      const database = await dumpDatabase(client, join(staging.dir, 'database'));
      const photos = await copyPhotos(config, client, join(staging.dir, 'photos'));
      manifest = { format: FORMAT, version: VERSION, createdAt: new Date().toISOString(), database, photos };
    } finally {
      await client.end();
    }
    await writeManifest(staging.dir, manifest);
    await staging.finish();
    return manifest;
  } catch (error) {
    await staging.discard();
    throw error;
  } finally {
    await db.stop();
  }
}

async function copyPhotos(config: BackupConfig, client: Client, dir: string): Promise<Manifest['photos']> {
  const settings = config.storage;
  if (settings.kind === 's3') {
    const location = `s3://${settings.bucket}${settings.prefix ? `/${settings.prefix}` : ''}`;
    return {
      storage: 's3',
      location,
      note: `photos stay in ${location}: back the bucket up with its own tools (versioning, replication, mc mirror, ossutil, coscli); rows name them by SHA-256`,
    };
  }
  // Asked before copying: each of these rows' files was stored before the row, so before the copy starts.
  const { rows } = await client.query<{ sha256: string }>('SELECT DISTINCT sha256 FROM case_photo ORDER BY sha256');
  const storage = new LocalDiskStorage(settings.root);
  let count = 0;
  let bytes = 0;
  const stored = new Set<string>();
  for await (const sha256 of storage.hashes()) {
    const to = join(dir, storageKey(sha256));
    await mkdir(dirname(to), { recursive: true });
    await copyFile(join(storage.root, storageKey(sha256)), to);
    bytes += (await stat(to)).size;
    stored.add(sha256);
    count += 1;
  }
  // A backup taken from the wrong DATA_DIR shows here rather than at the restore.
  return { storage: 'local', count, bytes, missing: rows.map((row) => row.sha256).filter((sha256) => !stored.has(sha256)) };
}
