import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

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
    demoData: demoDataFrom(env.DEMO_DATA, production),
    admin,
    production,
    webDir: resolve(env.WEB_DIR ?? join(projectRoot(), 'dist', 'web')),
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 24 * 7),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true' ? true : env.TRUST_PROXY || false,
  };
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
