import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../api/src/shared/db/embedded-postgres';
import { LOGIN, post } from '../support/app';

// `npm start` as a newcomer runs it: the compiled server on a new DATA_DIR, with its own embedded
// PostgreSQL, demo data and printed accounts; SIGTERM stops it cleanly and the data survives.

const main = join(__dirname, '..', '..', 'dist', 'api', 'api', 'src', 'main.js');

/** A DATA_DIR and, when the cluster was kept under /var/lib/gongjian (root, unreachable folder), the cluster too. */
function removeDataDir(dir: string): void {
  const pg = join(dir, 'pg');
  if (existsSync(pg) && lstatSync(pg).isSymbolicLink()) rmSync(readlinkSync(pg), { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

async function launch(dataDir: string, env: Record<string, string> = {}): Promise<Running> {
  const port = await freePort();
  const { DATABASE_URL: _ignored, DEMO_DATA: _default, ...base } = process.env;
  const child = spawn(process.execPath, [main], { env: { ...base, DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'development', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, url: `http://127.0.0.1:${port}`, output: () => output, exited };
}

async function start(dataDir: string, env: Record<string, string> = {}): Promise<Running> {
  const running = await launch(dataDir, env);
  const { child, url, output, exited } = running;
  const started = Date.now();
  while (Date.now() - started < 60_000) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output()}`);
    const ok = await fetch(`${url}/healthz`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) return running;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  await exited;
  throw new Error(`no /healthz within 60 s:\n${output()}`);
}

async function token(url: string, username: string, password: string): Promise<string> {
  const r = await post(url, { query: LOGIN, variables: { u: username, p: password } });
  const value = (r.data as { login?: { token: string } } | null)?.login?.token;
  if (!value) throw new Error(`sign-in failed: ${JSON.stringify(r.errors)}`);
  return value;
}

const gql = (url: string, auth: string, query: string) => post(url, { query }, { authorization: `Bearer ${auth}` });

describe('npm start on a fresh machine', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongjian-start-'));
  afterAll(() => removeDataDir(dataDir));

  it('answers /healthz within 60 s, loads the demo data once, stops cleanly on SIGTERM and keeps its data', async () => {
    const first = await start(dataDir, { ADMIN_USERNAME: 'ops', ADMIN_PASSWORD: 'ops-password-1' });
    expect(first.output()).toContain('demo accounts');
    expect(first.output()).toMatch(/admin\s+系统管理员/);
    const admin = await token(first.url, 'admin', 'gongjian2026');
    await token(first.url, 'ops', 'ops-password-1');
    const made = await gql(first.url, admin, 'mutation { createCommunity(input: { name: "重启测试社区", subdistrict: "蒲圻办事处" }) { id } }');
    expect(made.errors).toBeUndefined();
    const before = (await gql(first.url, admin, '{ communities { name } }')).data?.communities.length;

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('stopped cleanly');

    const second = await start(dataDir);
    const again = await token(second.url, 'admin', 'gongjian2026');
    const names = (await gql(second.url, again, '{ communities { name } }')).data?.communities.map((c: { name: string }) => c.name);
    expect(names).toContain('重启测试社区');
    expect(names).toHaveLength(before);
    expect(second.output()).not.toContain('loaded the Chibi demo data');

    // A killed server leaves PostgreSQL running; the next start must take over anyway.
    second.child.kill('SIGKILL');
    await second.exited;
    const third = await start(dataDir);
    expect(third.output()).toContain('left running by an earlier process');
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
  });

  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  (asRoot ? it : it.skip)('works as root with DATA_DIR inside a folder only root can enter', async () => {
    const locked = mkdtempSync(join(homedir(), '.gongjian-locked-'));
    chmodSync(locked, 0o700);
    try {
      const server = await start(join(locked, 'data'), { DEMO_DATA: '0', ADMIN_USERNAME: 'root-admin', ADMIN_PASSWORD: 'root-admin-pw' });
      await token(server.url, 'root-admin', 'root-admin-pw');
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    } finally {
      removeDataDir(join(locked, 'data'));
      rmSync(locked, { recursive: true, force: true });
    }
  });
});

describe('npm start with NODE_ENV=production', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongjian-production-'));
  afterAll(() => removeDataDir(dataDir));

  it('loads no demo data without DEMO_DATA: admin with the demo password is refused, the ADMIN_USERNAME administrator signs in', async () => {
    const server = await start(dataDir, { NODE_ENV: 'production', ADMIN_USERNAME: 'ops', ADMIN_PASSWORD: 'ops-password-1' });
    const refused = await post(server.url, { query: LOGIN, variables: { u: 'admin', p: 'gongjian2026' } });
    expect(refused.data?.login ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await token(server.url, 'ops', 'ops-password-1');
    expect(server.output()).not.toContain('loaded the Chibi demo data');
    expect(server.output()).not.toContain('demo accounts');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('with DEMO_DATA=1 refuses to start while demo accounts keep the published password, and stops its PostgreSQL', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'gongjian-production-demo-'));
    try {
      const server = await launch(fresh, { NODE_ENV: 'production', DEMO_DATA: '1' });
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain('refusing to start with NODE_ENV=production');
      expect(server.output()).toContain('admin, leader, command');
      expect(existsSync(join(fresh, 'pg', 'postmaster.pid'))).toBe(false);
    } finally {
      removeDataDir(fresh);
    }
  });
});
