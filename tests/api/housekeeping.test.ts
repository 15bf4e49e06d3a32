import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { loadConfig } from '../../api/src/config';
import { HOUSEKEEPING_INTERVAL_MS, housekeepingOf, runHousekeeping, scheduleHousekeeping } from '../../api/src/housekeeping';
import { openOrm } from '../../api/src/orm';
import { buildServer } from '../../api/src/server';
import { Role } from '../../api/src/shared/auth/role';
import { startTestApp, type TestApp } from '../support/app';
import { makeUser } from '../support/factories';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sql = <T = unknown>(text: string, params: unknown[] = []) => app.orm.em.fork().execute<T[]>(text, params);

/** A failed sign-in recorded that long ago (a PostgreSQL interval), under a name to find it by. */
async function failureAgo(username: string, ago: string): Promise<void> {
  await sql(`INSERT INTO login_failure (username, ip, at) VALUES (?, '192.0.2.1', now() - ?::interval)`, [username, ago]);
}

async function failuresOf(username: string): Promise<number> {
  const [row] = await sql<{ n: number }>('SELECT count(*)::int AS n FROM login_failure WHERE username = ?', [username]);
  return row.n;
}

/** A session of the user that expires (and was perhaps ended) at those offsets from now. */
async function sessionOf(userId: string, expires: string, revoked: string | null = null): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `INSERT INTO session (id, token_hash, user_id, created_at, expires_at, revoked_at)
     VALUES (gen_random_uuid(), md5(random()::text), ?, now() - interval '10 days', now() + ?::interval, now() + ?::interval) RETURNING id`,
    [userId, expires, revoked],
  );
  return row.id;
}

async function sessionsLeft(ids: string[]): Promise<string[]> {
  const rows = await sql<{ id: string }>('SELECT id FROM session WHERE id IN (?)', [ids]);
  return rows.map((r) => r.id).sort();
}

describe('housekeeping of sign-ins', () => {
  it('deletes failed sign-ins older than a day and sessions that ended over a week ago; fresh ones stay', async () => {
    const user = await makeUser(app, [Role.VOLUNTEER]);
    const expiredLongAgo = await sessionOf(user.id, '-8 days');
    const endedLongAgo = await sessionOf(user.id, '+30 days', '-8 days');
    const expiredYesterday = await sessionOf(user.id, '-1 day');
    const current = await sessionOf(user.id, '+7 days');
    await failureAgo('old-guess', '2 days');
    await failureAgo('fresh-guess', '1 hour');

    expect(await runHousekeeping(app.orm)).toBe(true);

    expect(await failuresOf('old-guess')).toBe(0);
    expect(await failuresOf('fresh-guess')).toBe(1);
    expect(await sessionsLeft([expiredLongAgo, endedLongAgo, expiredYesterday, current])).toEqual([expiredYesterday, current].sort());
  });

  it('with several API processes only one prunes at a time', async () => {
    await failureAgo('old-while-busy', '3 days');
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (holding = resolve));
    // Another process's run, stood in for by a transaction holding the same lock.
    const other = app.orm.em.fork().transactional(async (tx) => {
      await tx.execute(`SELECT pg_advisory_xact_lock(hashtext('gongjian.housekeeping'))`);
      holding();
      await released;
    });
    await held;
    expect(await runHousekeeping(app.orm)).toBe(false);
    expect(await failuresOf('old-while-busy')).toBe(1);
    release();
    await other;
    expect(await runHousekeeping(app.orm)).toBe(true);
    expect(await failuresOf('old-while-busy')).toBe(0);
  });

  it('a server prunes when it starts, then hourly on a timer that does not keep the process alive and stops on close', async () => {
    expect(housekeepingOf(app.server)).toMatchObject({ intervalMs: HOUSEKEEPING_INTERVAL_MS });
    expect(HOUSEKEEPING_INTERVAL_MS).toBe(60 * 60_000);

    await failureAgo('old-before-start', '2 days');
    const orm = await openOrm(app.databaseUrl);
    const server = await buildServer({
      orm,
      // The hourly timer is what runs housekeeping when the job queue is off (JOB_QUEUE=0); tests/api/job-queue.test.ts has the queue.
      config: { ...loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'gongjian-hk-')), JOB_QUEUE: '0' }), port: 0, host: '127.0.0.1' },
      logError: () => undefined,
    });
    try {
      expect(housekeepingOf(server)?.timer).toBeNull();
      await server.ready();
      const schedule = housekeepingOf(server);
      expect(schedule?.timer?.hasRef()).toBe(false);
      await schedule?.running;
      expect(await failuresOf('old-before-start')).toBe(0);
    } finally {
      await server.close();
      await orm.close();
    }
    expect(housekeepingOf(server)?.timer).toBeNull();
  });

  it('the timer repeats the run until the server closes', async () => {
    const bare = Fastify();
    const errors: unknown[] = [];
    scheduleHousekeeping(bare, app.orm, (e) => errors.push(e), 50);
    await bare.ready();
    await failureAgo('old-between-runs', '2 days');
    await pause(300);
    expect(await failuresOf('old-between-runs')).toBe(0);

    await bare.close();
    await failureAgo('old-after-close', '2 days');
    await pause(300);
    expect(await failuresOf('old-after-close')).toBe(1);
    expect(errors).toEqual([]);
  });
});
