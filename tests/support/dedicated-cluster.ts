import 'reflect-metadata';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../../api/src/config';
import { ensureAdmin } from '../../api/src/modules/org/bootstrap';
import { migrate, openOrm } from '../../api/src/orm';
import { buildServer } from '../../api/src/server';
import { type EmbeddedCluster, ensureDatabase, startEmbeddedPostgres } from '../../api/src/shared/db/embedded-postgres';
import { ADMIN, type Caller, LOGIN, PASSWORD, post, type TestApp } from './app';

// A PostgreSQL of one test file's own, which the test may stop, start again or freeze (SIGSTOP)
// to see what the server does meanwhile: the run's shared cluster must never be touched that way.

const DATABASE = 'gongjian';

export class DedicatedCluster {
  private constructor(
    private cluster: EmbeddedCluster,
    private readonly folder: string,
  ) {}

  /** A new cluster in a folder of its own, with a migrated database. */
  static async start(): Promise<DedicatedCluster> {
    const folder = mkdtempSync(join(tmpdir(), 'gongjian-dedicated-'));
    const cluster = await startEmbeddedPostgres({ dataDir: folder });
    await ensureDatabase(cluster, DATABASE);
    const orm = await openOrm(cluster.url(DATABASE));
    try {
      await migrate(orm);
    } finally {
      await orm.close();
    }
    return new DedicatedCluster(cluster, folder);
  }

  get url(): string {
    return this.cluster.url(DATABASE);
  }

  /** A fast shutdown, as an operator's restart does: every connection is ended. */
  async stop(): Promise<void> {
    await this.cluster.stop();
  }

  /** Starts it again on the same port and data. */
  async startAgain(): Promise<void> {
    this.cluster = await startEmbeddedPostgres({ dataDir: this.folder, port: this.cluster.port });
  }

  /** SIGSTOP to the postmaster and every backend: connections stay open, nothing answers. */
  freeze(): number[] {
    return this.signal('SIGSTOP');
  }

  thaw(): number[] {
    return this.signal('SIGCONT');
  }

  /** Rows of pg_stat_activity for this cluster's database, e.g. to see the LISTEN connection. */
  async activity(where: string): Promise<number> {
    const client = new Client({ connectionString: this.url });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND ${where}`);
      return rows[0].n;
    } finally {
      await client.end();
    }
  }

  /** Ends the matching backends from the server's side, as an operator's pg_terminate_backend does. */
  async terminate(where: string): Promise<number> {
    const client = new Client({ connectionString: this.url });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND ${where}`);
      return rows.length;
    } finally {
      await client.end();
    }
  }

  async close(): Promise<void> {
    this.thaw();
    const pgdata = this.cluster.dataDir;
    await this.cluster.stop();
    rmSync(pgdata, { recursive: true, force: true });
    rmSync(this.folder, { recursive: true, force: true });
  }

  private processes(): number[] {
    const pidFile = join(this.cluster.dataDir, 'postmaster.pid');
    if (!existsSync(pidFile)) return [];
    const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    const children = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .filter((pid) => {
        try {
          // Field 4 of /proc/<pid>/stat is the parent; the name before it may hold spaces, so read after ")".
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
        } catch {
          return false;
        }
      })
      .map(Number);
    return [postmaster, ...children];
  }

  private signal(signal: NodeJS.Signals): number[] {
    const pids = this.processes();
    for (const pid of pids) {
      try {
        process.kill(pid, signal);
      } catch {
        // A backend that ended meanwhile.
      }
    }
    return pids;
  }
}

/** The real server on the given database, as startTestApp makes it (admin signed in, factories work). */
export async function startAppOn(databaseUrl: string, env: Record<string, string> = {}): Promise<TestApp> {
  const orm = await openOrm(databaseUrl, { poolMax: 20 });
  await ensureAdmin(orm.em.fork(), ADMIN);
  const webDir = process.env.WEB_DIR ? { WEB_DIR: process.env.WEB_DIR } : {};
  const config = { ...loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'gongjian-app-')), ...webDir, ...env }), port: 0, host: '127.0.0.1' };
  const server = await buildServer({ orm, config, logError: () => undefined });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const caller = (token: string | null): Caller => ({
    token,
    async gql(query, variables = {}, options = {}) {
      const headers: Record<string, string> = { 'accept-language': options.lang ?? 'zh-CN' };
      if (token) headers.authorization = `Bearer ${token}`;
      return (await post(url, { query, variables }, headers)) as never;
    },
  });
  const signIn = async (username: string, password = PASSWORD): Promise<Caller> => {
    const result = await post(url, { query: LOGIN, variables: { u: username, p: password } });
    const token = (result.data as { login?: { token: string } } | null)?.login?.token;
    if (!token) throw new Error(`sign-in as ${username} failed: ${JSON.stringify(result.errors)}`);
    return caller(token);
  };
  return {
    url,
    databaseUrl,
    orm,
    server,
    queries: [],
    anonymous: caller(null),
    admin: await signIn(ADMIN.username, ADMIN.password),
    signIn,
    async close() {
      await server.close();
      await orm.close();
    },
  };
}
