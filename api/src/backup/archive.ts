import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { Config } from '../config';
import { type Database, startDatabase } from '../shared/db/database';
import type { DatabaseDump } from '../shared/db/logical-dump';

// One backup is one folder, or that folder in a .tar: manifest.json, database/<table>.jsonl,
// photos/<aa>/<bb>/<sha256> (local storage only: a bucket is backed up by its own tools).

export const FORMAT = 'gongjian-backup';
export const VERSION = 1;

export interface Manifest {
  format: typeof FORMAT;
  version: typeof VERSION;
  createdAt: string;
  database: DatabaseDump;
  photos: { storage: 'local'; count: number; bytes: number; missing: string[] } | { storage: 's3'; location: string; note: string };
}

const run = promisify(execFile);

export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

export async function readManifest(dir: string): Promise<Manifest> {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${dir} is not a Gongjian backup: it has no manifest.json`);
  const manifest = JSON.parse(await readFile(file, 'utf8')) as Manifest;
  if (manifest.format !== FORMAT || manifest.version !== VERSION) {
    throw new Error(`${dir}: unknown backup format ${manifest.format} version ${manifest.version} (this version reads ${FORMAT} ${VERSION})`);
  }
  return manifest;
}

/** A folder to fill beside the target (so a rename finishes it) and how to finish: rename, or pack as .tar. */
export async function stagingFor(target: string): Promise<{ dir: string; finish: () => Promise<void>; discard: () => Promise<void> }> {
  if (existsSync(target)) throw new Error(`${target} already exists: choose a new name for the backup`);
  const dir = await mkdtemp(join(dirname(target), `.${basename(target)}.partial-`));
  const discard = () => rm(dir, { recursive: true, force: true });
  if (!target.endsWith('.tar')) return { dir, discard, finish: () => rename(dir, target) };
  return {
    dir,
    discard,
    async finish() {
      const partial = `${dir}.tar`;
      await run('tar', ['-cf', partial, '-C', dir, '.']);
      // Personal data and password hashes: readable by the owner only, like the staging folder.
      await chmod(partial, 0o600);
      await rename(partial, target);
      await discard();
    },
  };
}

/** The archive's folder: itself, or a .tar unpacked into a temporary folder that cleanup removes. */
export async function openArchive(path: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  if (!existsSync(path)) throw new Error(`no backup at ${path}`);
  if (!path.endsWith('.tar')) return { dir: path, cleanup: async () => undefined };
  const dir = await mkdtemp(join(dirname(path), `.${basename(path)}.unpacked-`));
  try {
    await run('tar', ['-xf', path, '-C', dir]);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

const EMBEDDED_DB = 'gongjian';

/**
 * The database a backup or restore works on: DATABASE_URL; else the embedded cluster of DATA_DIR —
 * the one a running server holds (never stopped under it), or one started for the while.
 */
export async function databaseForTool(config: Pick<Config, 'databaseUrl' | 'dataDir'>, log: (line: string) => void): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => undefined };
  const running = runningEmbeddedUrl(config.dataDir);
  if (running) {
    log('using the embedded PostgreSQL the running server holds');
    return { url: running, stop: async () => undefined };
  }
  return startDatabase(config, log);
}

function runningEmbeddedUrl(dataDir: string): string | null {
  const pidFile = join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  // postmaster.pid: pid, data directory, start time, port, …
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
  const cmdline = `/proc/${Number(pid)}/cmdline`;
  if (!existsSync(cmdline) || !readFileSync(cmdline, 'utf8').includes('postgres')) return null;
  const password = readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${Number(port)}/${EMBEDDED_DB}`;
}
