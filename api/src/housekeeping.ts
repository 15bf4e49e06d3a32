import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { pruneAuthTables } from './modules/org/auth.service';

export const HOUSEKEEPING_INTERVAL_MS = 60 * 60_000;

export interface Housekeeping {
  intervalMs: number;
  /** The repeating timer while the server is up; null once it closed. */
  timer: NodeJS.Timeout | null;
  /** The run in progress, if any; closing waits for it. */
  running: Promise<void> | null;
}

const schedules = new WeakMap<FastifyInstance, Housekeeping>();

/** One pruning pass. With several API processes only one prunes at a time; the others return false. */
export async function runHousekeeping(orm: MikroORM): Promise<boolean> {
  return orm.em.fork().transactional(async (tx) => {
    const [{ locked }] = await tx.execute<{ locked: boolean }[]>(`SELECT pg_try_advisory_xact_lock(hashtext('gongjian.housekeeping')) AS locked`);
    if (!locked) return false;
    await pruneAuthTables(tx);
    return true;
  });
}

/** Runs housekeeping when the server is ready and then every interval, until it closes. */
export function scheduleHousekeeping(app: FastifyInstance, orm: MikroORM, logError: (error: unknown) => void, intervalMs = HOUSEKEEPING_INTERVAL_MS): void {
  const state: Housekeeping = { intervalMs, timer: null, running: null };
  schedules.set(app, state);
  const run = () => {
    if (state.running) return;
    state.running = runHousekeeping(orm)
      .then(() => undefined, logError)
      .finally(() => {
        state.running = null;
      });
  };
  app.addHook('onReady', async () => {
    run();
    // Unref'd: a pending prune never keeps the process alive.
    state.timer = setInterval(run, intervalMs).unref();
  });
  app.addHook('onClose', async () => {
    if (state.timer) clearInterval(state.timer);
    state.timer = null;
    await state.running;
  });
}

/** The schedule of a server, for tests and diagnostics. */
export const housekeepingOf = (app: FastifyInstance): Housekeeping | undefined => schedules.get(app);
