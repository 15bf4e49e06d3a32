import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../api/src/shared/db/embedded-postgres';
import { adminUrl, TEMPLATE_DB } from './database';

// One real PostgreSQL for the whole run: embedded (in a fresh folder under /tmp) unless
// DATABASE_URL names one. Migrations run once into a template; each test file clones it.
// MikroORM is not loaded here: jest runs this in another realm than the tests, and the ORM's
// global metadata would leak across; the compiled migrate script does it in a child process.
export default async function globalSetup(): Promise<void> {
  const root = join(__dirname, '..', '..');
  execFileSync(process.execPath, [join(root, 'api', 'scripts', 'ensure-built.cjs'), '--api'], { cwd: root, stdio: 'inherit' });
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'gongjian-test-'));
    // mkdtemp makes it 0700: as root the postgres user could not reach it, and the cluster would be
    // kept under /var/lib/gongjian for good. Readable, it stays here and the teardown removes it.
    chmodSync(dataDir, 0o755);
    (globalThis as { __gjDataDir?: string }).__gjDataDir = dataDir;
    const cluster = await startEmbeddedPostgres({ dataDir });
    (globalThis as { __gjCluster?: unknown }).__gjCluster = cluster;
    serverUrl = cluster.url('postgres');
  }
  process.env.GJ_TEST_SERVER_URL = serverUrl;
  const admin = adminUrl(serverUrl);
  const { Client } = await import('pg');
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await client.end();
  execFileSync(process.execPath, [join(root, 'dist', 'api', 'api', 'scripts', 'migrate.js')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DATABASE_URL: withDatabase(serverUrl, TEMPLATE_DB) },
  });
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
