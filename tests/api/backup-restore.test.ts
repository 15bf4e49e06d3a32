import { randomBytes } from 'node:crypto';
import { chmodSync, lstatSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Manifest } from '../../api/src/backup/archive';
import { backup } from '../../api/src/backup/backup';
import { restore } from '../../api/src/backup/restore';
import { loadConfig } from '../../api/src/config';
import { openOrm } from '../../api/src/orm';
import { buildServer } from '../../api/src/server';
import type { Role } from '../../api/src/shared/auth/role';
import { startDatabase } from '../../api/src/shared/db/database';
import { ADMIN, LOGIN, PASSWORD, post, startTestApp } from '../support/app';
import { adminUrl, databaseUrl } from '../support/database';
import { actAs, makeCommunity, REPORT_CASE } from '../support/factories';
import { jpegWithGps } from '../support/images';

// A grid worker reports a blocked drain with a photo; the operator backs up, loses the database
// and the photo folder, restores, and everything is served again over HTTP.

const work = mkdtempSync(join(tmpdir(), 'gongjian-backup-'));
const scratch = (name: string) => mkdtempSync(join(work, `${name}-`));
const archive = join(work, 'gongjian-backup.tar');
let manifest: Manifest;
let story: { caseId: string; photoId: string; photo: Buffer; gridWorker: string; officerToken: string };

const CASE = 'query($id: ID!) { case(id: $id) { title status photos { id stage } } }';

async function serve(config: ReturnType<typeof loadConfig>, dbUrl: string) {
  const orm = await openOrm(dbUrl);
  const server = await buildServer({ orm, config: { ...config, port: 0, host: '127.0.0.1' }, logError: () => undefined });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const close = async () => {
    await server.close();
    await orm.close();
  };
  return { url, close };
}

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl(process.env.GJ_TEST_SERVER_URL as string) });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

/** A database with nothing in it, as a new server or a managed PostgreSQL gives one. */
async function emptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `r_${randomBytes(6).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name}`);
  return { url: databaseUrl(process.env.GJ_TEST_SERVER_URL as string, name), drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function photo(url: string, id: string, token: string): Promise<{ status: number; bytes: Buffer }> {
  const response = await fetch(`${url}/api/photos/${id}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

async function signIn(url: string, username: string, password = PASSWORD): Promise<string> {
  const result = await post(url, { query: LOGIN, variables: { u: username, p: password } });
  const token = (result.data as { login?: { token: string } } | null)?.login?.token;
  if (!token) throw new Error(`sign-in as ${username} failed: ${JSON.stringify(result.errors)}`);
  return token;
}

async function gql(url: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  return post(url, { query, variables }, { authorization: `Bearer ${token}` });
}

/** Every table holds exactly the rows the archive lists. */
async function rowCounts(dbUrl: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    for (const table of manifest.database.tables) counts[table.name] = Number((await client.query(`SELECT count(*) FROM "${table.name}"`)).rows[0].count);
    return counts;
  } finally {
    await client.end();
  }
}
const dumpedCounts = () => Object.fromEntries(manifest.database.tables.map((table) => [table.name, table.rows]));

beforeAll(async () => {
  const dataDir = scratch('data');
  const app = await startTestApp({ DATA_DIR: dataDir });
  const community = await makeCommunity(app, '六米桥社区');
  const gridWorker = await actAs(app, ['GRID_WORKER' as Role], { communityId: community.id });
  const officer = await actAs(app, ['COMMAND_CENTER' as Role]);
  const upload = await fetch(`${app.url}/api/uploads`, {
    method: 'POST',
    headers: { 'content-type': 'image/jpeg', authorization: `Bearer ${gridWorker.caller.token}` },
    body: jpegWithGps(29.7164, 113.8979),
  });
  const photoId = ((await upload.json()) as { id: string }).id;
  const reported = await gridWorker.caller.gql(REPORT_CASE, { i: { title: '六米桥下水道堵塞', latitude: 29.7164, longitude: 113.8979, photoIds: [photoId] } });
  const caseId = reported.data?.reportCase.id;
  const served = await photo(app.url, photoId, officer.caller.token as string);
  expect(served.status).toBe(200);
  story = { caseId, photoId, photo: served.bytes, gridWorker: gridWorker.user.username, officerToken: officer.caller.token as string };

  manifest = await backup(loadConfig({ DATABASE_URL: app.databaseUrl, DATA_DIR: dataDir }), archive);
  // The loss: the database is dropped and the photo folder is gone.
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('backup and restore', () => {
  it('the archive holds every row and the photo', () => {
    expect(manifest.photos).toEqual({ storage: 'local', count: 1, bytes: story.photo.length, missing: [] });
    const rows = dumpedCounts();
    expect(rows.case_file).toBe(1);
    expect(rows.case_photo).toBe(1);
    expect(rows.session).toBeGreaterThanOrEqual(3);
  });

  it('into an empty database and a new DATA_DIR: the case, its photo, the accounts and their sessions are back', async () => {
    const target = await emptyDatabase();
    const config = loadConfig({ DATABASE_URL: target.url, DATA_DIR: scratch('restored') });
    await restore(config, archive);
    expect(await rowCounts(target.url)).toEqual(dumpedCounts());
    const restored = await serve(config, target.url);
    try {
      // The officer's sign-in from before the loss still works, and the photo is the same bytes.
      const served = await photo(restored.url, story.photoId, story.officerToken);
      expect(served.status).toBe(200);
      expect(served.bytes.equals(story.photo)).toBe(true);
      const gridWorker = await signIn(restored.url, story.gridWorker);
      const read = await gql(restored.url, gridWorker, CASE, { id: story.caseId });
      expect(read.data?.case).toEqual({ title: '六米桥下水道堵塞', status: 'REPORTED', photos: [{ id: story.photoId, stage: 'REPORT' }] });
      // Sequences carry on after the restored rows: new events do not collide with old ones.
      const next = await gql(restored.url, gridWorker, REPORT_CASE, { i: { title: '六米桥路灯不亮', latitude: 29.7165, longitude: 113.898 } });
      expect(next.errors).toBeUndefined();
    } finally {
      await restored.close();
      await target.drop();
    }
  });

  it('over a database that has data: refused, unless --replace, which leaves exactly the backup', async () => {
    const other = await startTestApp();
    try {
      const config = loadConfig({ DATABASE_URL: other.databaseUrl, DATA_DIR: scratch('restored') });
      await expect(restore(config, archive)).rejects.toThrow(/the database already has \d+ tables .*pass --replace/);
      expect((await post(other.url, { query: LOGIN, variables: { u: story.gridWorker, p: PASSWORD } })).data?.login).toBeFalsy();

      await restore(config, archive, { replace: true });
      expect(await rowCounts(other.databaseUrl)).toEqual(dumpedCounts());
      await signIn(other.url, story.gridWorker);
      await signIn(other.url, ADMIN.username, ADMIN.password);
    } finally {
      await other.close();
    }
  });

  it('with no DATABASE_URL: a new DATA_DIR gets its embedded PostgreSQL, and a backup taken while the server runs leaves it serving', async () => {
    // Reachable by the postgres OS user (as root), so the cluster stays inside the folder and goes with it.
    const dataDir = scratch('embedded');
    chmodSync(work, 0o755);
    chmodSync(dataDir, 0o755);
    const config = loadConfig({ DATA_DIR: dataDir });
    await restore(config, archive);
    const db = await startDatabase(config);
    const running = await serve(config, db.url).catch(async (error) => {
      await db.stop();
      throw error;
    });
    try {
      expect((await photo(running.url, story.photoId, story.officerToken)).bytes.equals(story.photo)).toBe(true);
      const again = await backup(config, join(work, 'while-serving'));
      expect(again.photos).toMatchObject({ storage: 'local', count: 1, missing: [] });
      expect(Object.fromEntries(again.database.tables.map((table) => [table.name, table.rows]))).toEqual(dumpedCounts());
      expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
      expect((await photo(running.url, story.photoId, story.officerToken)).status).toBe(200);
    } finally {
      await running.close();
      await db.stop();
    }
    expect(lstatSync(join(dataDir, 'pg')).isDirectory()).toBe(true);
  });
});
