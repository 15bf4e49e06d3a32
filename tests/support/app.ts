import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../api/src/config';
import { ensureAdmin } from '../../api/src/modules/org/bootstrap';
import { openOrm } from '../../api/src/orm';
import { buildServer } from '../../api/src/server';
import { createTestDatabase } from './database';

export const ADMIN = { username: 'admin', password: 'admin-password-1' };
export const PASSWORD = 'password-123';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; problems?: string[] } }[];
}

export interface Caller {
  token: string | null;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: { lang?: string }): Promise<GqlResult<T>>;
}

export interface TestApp {
  url: string;
  /** The database this server uses; a second server can share it. */
  databaseUrl: string;
  orm: MikroORM;
  server: FastifyInstance;
  /** SQL statements run since the last reset, for N+1 checks. */
  queries: string[];
  anonymous: Caller;
  admin: Caller;
  signIn(username: string, password?: string): Promise<Caller>;
  close(): Promise<void>;
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<GqlResult> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const json = (await response.json()) as GqlResult;
  return { ...json, status: response.status };
}

function caller(url: string, token: string | null): Caller {
  return {
    token,
    async gql(query, variables = {}, options = {}) {
      const headers: Record<string, string> = { 'accept-language': options.lang ?? 'zh-CN' };
      if (token) headers.authorization = `Bearer ${token}`;
      return (await post(url, { query, variables }, headers)) as GqlResult<any>;
    },
  };
}

export const LOGIN = 'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token user { id roles } } }';

/** The real server on its own database, listening on a free port of 127.0.0.1. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const queries: string[] = [];
  const orm = await openOrm(db.url, { onQuery: (line) => queries.push(line), poolMax: 20 });
  await ensureAdmin(orm.em.fork(), ADMIN);
  // WEB_DIR: a web build of one's own while others rebuild dist/web.
  const webDir = process.env.WEB_DIR ? { WEB_DIR: process.env.WEB_DIR } : {};
  // The job queue and the outbox worker only in the tests that ask for them (their polling would also count as queries).
  const config = { ...loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'gongjian-app-')), JOB_QUEUE: '0', OUTBOX_WORKER: '0', ...webDir, ...env }), port: 0, host: '127.0.0.1' };
  const server = await buildServer({ orm, config, logError: () => undefined });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const signIn = async (username: string, password = PASSWORD): Promise<Caller> => {
    const result = await post(url, { query: LOGIN, variables: { u: username, p: password } });
    const token = (result.data as { login?: { token: string } } | null)?.login?.token;
    if (!token) throw new Error(`sign-in as ${username} failed: ${JSON.stringify(result.errors)}`);
    return caller(url, token);
  };

  return {
    url,
    databaseUrl: db.url,
    orm,
    server,
    queries,
    anonymous: caller(url, null),
    admin: await signIn(ADMIN.username, ADMIN.password),
    signIn,
    async close() {
      await server.close();
      await orm.close();
      await db.drop();
    },
  };
}

export function codeOf(result: GqlResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** Another API process's worth of server (its own ORM, pool, LISTEN connection and DATA_DIR) on the same database; env as for startTestApp. */
export async function startPeerServer(app: TestApp, env: Record<string, string> = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const orm = await openOrm(app.databaseUrl);
  const server = await buildServer({
    orm,
    config: { ...loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'gongjian-peer-')), JOB_QUEUE: '0', OUTBOX_WORKER: '0', ...env }), port: 0, host: '127.0.0.1' },
    logError: () => undefined,
  });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    async close() {
      await server.close();
      await orm.close();
    },
  };
}
