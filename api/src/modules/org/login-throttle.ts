import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../shared/errors';

// Guessing is slowed per (account, address) and, much more gently, per address, so that a guesser
// never locks the real owner out from another address, nor an office behind one NAT. Every API
// process sees the same numbers: they are counted in PostgreSQL.

/** Failures of one account from one address that cost nothing. */
export const FREE_FAILURES_PER_PAIR = 5;
/** After the n-th failure (n ≥ 5) the pair waits 2^(n−4) seconds: 2, 4, 8 … up to this. Trying again sooner starts the wait again. */
export const MAX_PAIR_DELAY_SECONDS = 15 * 60;
/** How long a pair's failures are remembered (old rows are pruned after the same time). */
export const FAILURE_MEMORY_HOURS = 24;
/** Failures from one address, across accounts, within the window below that cost nothing. */
export const FREE_FAILURES_PER_ADDRESS = 100;
export const ADDRESS_WINDOW_MINUTES = 15;
/** Beyond the free ones, the address waits 2, 4, 8, 16 seconds (a step every 10 failures) after its latest failure, at most this. */
export const MAX_ADDRESS_DELAY_SECONDS = 30;

interface Counts {
  pair_failures: number;
  pair_since: number | null;
  address_failures: number;
  address_since: number | null;
}

/** Seconds the pair waits after its latest attempt, 0 while its failures are free. */
export function pairWait(failures: number): number {
  return failures < FREE_FAILURES_PER_PAIR ? 0 : Math.min(2 ** (failures - FREE_FAILURES_PER_PAIR + 1), MAX_PAIR_DELAY_SECONDS);
}

/** Seconds the address must still wait, 0 when it may try now. */
export function addressDelay(failures: number, secondsSinceLast: number | null): number {
  if (failures < FREE_FAILURES_PER_ADDRESS || secondsSinceLast === null) return 0;
  const wait = Math.min(2 ** (1 + Math.floor((failures - FREE_FAILURES_PER_ADDRESS) / 10)), MAX_ADDRESS_DELAY_SECONDS);
  return Math.max(0, Math.ceil(wait - secondsSinceLast));
}

/**
 * Admits one sign-in attempt, answering its row's id, or throws TOO_MANY_REQUESTS with the seconds
 * to wait. An admitted attempt is recorded as a failure before its password is checked (a success
 * deletes it again), all under a lock on the address, so parallel attempts cannot slip past the count.
 */
export function admitAttempt(em: EntityManager, username: string, ip: string): Promise<string> {
  return inTurn(ip, () => admitNow(em, username, ip));
}

// Attempts from one address first queue in this process (process-wide, like the pool it protects),
// so a flood of them holds one pooled connection at the database lock, not the whole pool.
const turns = new Map<string, Promise<unknown>>();

function inTurn<T>(address: string, work: () => Promise<T>): Promise<T> {
  const mine = (turns.get(address) ?? Promise.resolve()).then(work);
  const settled = mine.catch(() => undefined);
  turns.set(address, settled);
  void settled.then(() => turns.get(address) === settled && turns.delete(address));
  return mine;
}

async function admitNow(em: EntityManager, username: string, ip: string): Promise<string> {
  const admitted = await em.transactional(async (tx): Promise<{ id: string } | { wait: number }> => {
    await tx.execute('SELECT pg_advisory_xact_lock(hashtext(?))', [`login-address:${ip}`]);
    const [counts] = await tx.execute<Counts[]>(
      `SELECT count(*) FILTER (WHERE username = ?)::int AS pair_failures,
              extract(epoch FROM clock_timestamp() - max(at) FILTER (WHERE username = ?))::float8 AS pair_since,
              count(*) FILTER (WHERE at > clock_timestamp() - make_interval(mins => ?))::int AS address_failures,
              extract(epoch FROM clock_timestamp() - max(at))::float8 AS address_since
         FROM login_failure
        WHERE ip = ? AND at > clock_timestamp() - make_interval(hours => ?)`,
      [username, username, ADDRESS_WINDOW_MINUTES, ip, FAILURE_MEMORY_HOURS],
    );
    const addressLeft = addressDelay(counts.address_failures, counts.address_since);
    const pair = pairWait(counts.pair_failures);
    if (pair > 0 && counts.pair_since !== null && counts.pair_since < pair) {
      // Hammering during the wait starts it again, so a burst gets no guess through however slowly it is served.
      await tx.execute('UPDATE login_failure SET at = clock_timestamp() WHERE id = (SELECT id FROM login_failure WHERE username = ? AND ip = ? ORDER BY at DESC LIMIT 1)', [
        username,
        ip,
      ]);
      return { wait: Math.max(pair, addressLeft) };
    }
    if (addressLeft > 0) return { wait: addressLeft };
    const [row] = await tx.execute<{ id: string }[]>('INSERT INTO login_failure (username, ip, at) VALUES (?, ?, clock_timestamp()) RETURNING id', [username, ip]);
    return { id: String(row.id) };
  });
  if ('wait' in admitted) throw new AppError('TOO_MANY_REQUESTS', 'auth.retryIn', { seconds: admitted.wait });
  return admitted.id;
}

/** A wrong password: the wait counts from this answer, not from when the attempt was admitted. */
export async function attemptFailed(em: EntityManager, attemptId: string): Promise<void> {
  await em.execute('UPDATE login_failure SET at = clock_timestamp() WHERE id = ?', [attemptId]);
}

/** A correct password: this account's count from this address starts again (other addresses' stay). */
export async function forgetFailures(em: EntityManager, username: string, ip: string): Promise<void> {
  await em.execute('DELETE FROM login_failure WHERE username = ? AND ip = ?', [username, ip]);
}
