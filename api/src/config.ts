import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type MapSettings, mapSettingsFrom } from './modules/map/map-settings';
import { type NotifySettings, notifySettingsFrom } from './modules/notify/notify-settings';
import { type ResidentSettings, residentSettingsFrom } from './modules/resident/resident-settings';
import type { StorageSettings } from './shared/storage';
import { storageSettingsFrom } from './shared/storage-settings';

export interface Config {
  port: number;
  host: string;
  /** External PostgreSQL; unset means an embedded cluster under dataDir. */
  databaseUrl?: string;
  dataDir: string;
  demoData: boolean;
  admin?: { username: string; password: string };
  production: boolean;
  /** The built web client; served at / when present. */
  webDir: string;
  sessionTtlHours: number;
  /** Behind a reverse proxy: trust X-Forwarded-For from it, so throttling counts the real address. */
  trustProxy: boolean | string;
  /** Deadlines for PostgreSQL, so that a slow or hung database is a clear answer, not a hung request. */
  database: DatabaseTimeouts;
  /** Photos and generated files: local disk under dataDir (default) or an S3-compatible bucket (STORAGE_URL, S3_*). */
  storage: StorageSettings;
  /** The maps' tile source (MAP_TILE_URL, MAP_COORDINATES, MAP_ATTRIBUTION, MAP_SUBDOMAINS, MAP_CENTER, MAP_ZOOM). */
  map: MapSettings;
  /** Residents' report limits (RESIDENT_REPORTS_PER_DAY, RESIDENT_ABUSE_LIMIT). */
  residents: ResidentSettings;
  /** Web Push keys, the outbox worker and the job queue (VAPID_*, OUTBOX_*, JOB_QUEUE). */
  notify: NotifySettings;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const admin = env.ADMIN_USERNAME && env.ADMIN_PASSWORD ? { username: env.ADMIN_USERNAME, password: env.ADMIN_PASSWORD } : undefined;
  if ((env.ADMIN_USERNAME && !env.ADMIN_PASSWORD) || (!env.ADMIN_USERNAME && env.ADMIN_PASSWORD)) {
    throw new Error('ADMIN_USERNAME and ADMIN_PASSWORD go together: set both or neither');
  }
  const production = env.NODE_ENV === 'production';
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR ?? '.data'),
    storage: storageSettingsFrom(env, resolve(env.DATA_DIR ?? '.data')),
    demoData: demoDataFrom(env.DEMO_DATA, production),
    admin,
    production,
    webDir: resolve(env.WEB_DIR ?? join(projectRoot(), 'dist', 'web')),
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 24 * 7),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true' ? true : env.TRUST_PROXY || false,
    database: databaseTimeouts(env),
    map: mapSettingsFrom(env),
    residents: residentSettingsFrom(env),
    notify: notifySettingsFrom(env, resolve(env.DATA_DIR ?? '.data')),
  };
}

export interface DatabaseTimeouts {
  /** statement_timeout: the longest one SQL statement may run. */
  statementMs: number;
  /** idle_in_transaction_session_timeout: a transaction left open with nothing to do is ended. */
  idleInTransactionMs: number;
  /** How long opening a connection may take. */
  connectMs: number;
  /** How long /healthz's SELECT 1 may take; a request waiting half as long starts that check. */
  healthMs: number;
}

/** Read on its own too: scripts open the ORM without the rest of the configuration. */
export function databaseTimeouts(env: NodeJS.ProcessEnv = process.env): DatabaseTimeouts {
  return {
    statementMs: millis(env, 'DB_STATEMENT_TIMEOUT_MS', 15_000),
    idleInTransactionMs: millis(env, 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 60_000),
    connectMs: millis(env, 'DB_CONNECT_TIMEOUT_MS', 5_000),
    healthMs: millis(env, 'DB_HEALTH_TIMEOUT_MS', 2_000),
  };
}

function millis(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of milliseconds, at least 1, got "${raw}"`);
  return value;
}

/** Demo data (published passwords) only when asked for in production; by default in development. */
function demoDataFrom(value: string | undefined, production: boolean): boolean {
  if (value === undefined || value === '') return !production;
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  throw new Error(`DEMO_DATA must be 1 or 0, got "${value}"`);
}

/** The folder of the root package.json, from source (jest) or from dist/. */
export function projectRoot(): string {
  let dir = __dirname;
  while (dir !== dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'gongjian') return dir;
    dir = dirname(dir);
  }
  throw new Error(`cannot find the gongjian package.json above ${__dirname}`);
}
