import { connection } from '../connection';
import { GqlRefusal } from '../light/fetch-graphql';
import { deliver, isNetworkFailure } from './senders';
import { outboxStore } from './store';
import type { OutboxDraft, OutboxItem } from './types';

// Writes made without a connection wait here and go out when it returns ('online', the server
// answering again, the app starting, or a timed retry with backoff), one at a time, each with the
// idempotency key made when the person tapped.

const MAX_DELAY_MS = 60_000;

let items: OutboxItem[] = [];
/** The signed-in account: a phone passed between two volunteers never sends one's writes under the other's session. */
let owner: string | null = null;
let visible: OutboxItem[] = [];
const listeners = new Set<() => void>();
const sentListeners = new Set<(item: OutboxItem, data: unknown) => void>();
const settledListeners = new Set<() => void>();
let flushing: Promise<void> | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let started: Promise<void> | undefined;

function changed(): void {
  items = [...items];
  visible = items.filter((i) => i.owner === owner);
  for (const listener of [...listeners]) listener();
}

async function save(item: OutboxItem): Promise<void> {
  items = items.some((i) => i.id === item.id) ? items.map((i) => (i.id === item.id ? item : i)) : [...items, item];
  changed();
  await outboxStore.put(item).catch(() => undefined);
}

async function drop(id: string): Promise<void> {
  items = items.filter((i) => i.id !== id);
  changed();
  await outboxStore.remove(id).catch(() => undefined);
}

/** 2 s, 4 s, 8 s … at most a minute, with a little jitter so phones do not all come back at once. */
const backoff = (attempts: number) => Math.min(MAX_DELAY_MS, 2_000 * 2 ** Math.max(0, attempts - 1)) * (0.8 + Math.random() * 0.4);

function planRetry(): void {
  clearTimeout(timer);
  const next = items.filter((i) => i.status === 'waiting').reduce((min, i) => Math.min(min, i.nextAt), Number.POSITIVE_INFINITY);
  if (Number.isFinite(next)) timer = setTimeout(() => void flushOutbox(), Math.max(0, next - Date.now()));
}

type Attempt = { sent: true; data: unknown } | { sent: false; error?: unknown };

/** One try: gone when sent; waiting again on a network failure; failed or conflict when the server refused. */
async function attempt(item: OutboxItem): Promise<Attempt> {
  const sending: OutboxItem = { ...item, status: 'sending', attempts: item.attempts + 1, error: undefined };
  await save(sending);
  try {
    const data = await deliver(sending, save);
    await drop(item.id);
    return { sent: true, data };
  } catch (error) {
    const current = items.find((i) => i.id === item.id) ?? sending;
    if (isNetworkFailure(error)) {
      await save({ ...current, status: 'waiting', nextAt: Date.now() + backoff(current.attempts) });
      return { sent: false };
    }
    const conflict = error instanceof GqlRefusal && error.code === 'CONFLICT';
    await save({ ...current, status: conflict ? 'conflict' : 'failed', error: error instanceof Error ? error.message : String(error) });
    return { sent: false, error };
  }
}

/** Sends what is waiting, oldest first; `force` ignores the backoff (the connection just came back). */
export function flushOutbox(force = false): Promise<void> {
  // A returning connection must not wait behind a timed flush that skips what is not due yet.
  if (flushing) return force ? flushing.then(() => flushOutbox(true)) : flushing;
  const run = async () => {
    // Starts after this function returns, so the `finally` below always clears a promise already stored.
    await Promise.resolve();
    // While the phone itself says it has no network, tries only grow the backoff: 'online' sends at once.
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    try {
      for (const queued of offline ? [] : [...items].sort((a, b) => a.createdAt - b.createdAt)) {
        const item = items.find((i) => i.id === queued.id);
        if (item?.status !== 'waiting' || item.owner !== owner || (!force && item.nextAt > Date.now())) continue;
        const result = await attempt(item);
        if (!result.sent && !result.error) break; // Still no connection: the rest would fail the same way.
        // Sent or refused, what is on screen may have changed meanwhile (the task filled up).
        for (const listener of [...settledListeners]) listener();
        if (result.sent) for (const listener of [...sentListeners]) listener(item, result.data);
      }
    } finally {
      flushing = undefined;
      if (!offline) planRetry();
    }
  };
  flushing = run();
  return flushing;
}

export type SubmitOutcome = { sent: true; data: unknown } | { sent: false };

/**
 * Sends a write now, or keeps it to send later when there is no connection ({ sent: false }). A
 * refusal of a write sent now is thrown, as a plain mutation's would be, and nothing is kept.
 */
export async function submit(draft: OutboxDraft): Promise<SubmitOutcome> {
  await startOutbox();
  if (!owner) throw new Error('not signed in');
  const id = draft.id ?? crypto.randomUUID();
  if (items.some((i) => i.id === id)) return { sent: false }; // A second tap on the same, already queued write.
  const item: OutboxItem = { ...draft, id, owner, status: 'waiting', attempts: 0, nextAt: 0, createdAt: Date.now() };
  await save(item);
  const result = await attempt(item);
  if (result.sent) return result;
  if (result.error) {
    await drop(id);
    throw result.error;
  }
  planRetry();
  return { sent: false };
}

/** The person gives up on a refused item, or has read why it could not be done. */
export const discard = (id: string): Promise<void> => drop(id);

/** Tries a failed item again, now. */
export async function retry(id: string): Promise<void> {
  const item = items.find((i) => i.id === id);
  if (!item) return;
  await save({ ...item, status: 'waiting', nextAt: 0, error: undefined });
  await flushOutbox(true);
}

export const outbox = {
  /** The signed-in account's items. */
  items: (): OutboxItem[] => visible,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Called for each queued write the server accepted later; answers the function that stops it. */
  onSent(listener: (item: OutboxItem, data: unknown) => void): () => void {
    sentListeners.add(listener);
    return () => sentListeners.delete(listener);
  },
  /** Called after each queued write went out or was refused (the app fetches what is on screen again). */
  onSettled(listener: () => void): () => void {
    settledListeners.add(listener);
    return () => settledListeners.delete(listener);
  },
};

/** Who is signed in (null after sign-out): only their items are shown and sent. */
export function setOutboxOwner(id: string | null): void {
  if (id === owner) return;
  owner = id;
  changed();
  if (id) void flushOutbox(true);
}

/** Loads what an earlier visit left (a send cut off by closing the tab is waiting again) and listens for the connection. */
export function startOutbox(): Promise<void> {
  started ??= (async () => {
    const stored = await outboxStore.all().catch(() => []);
    items = stored.map((i) => (i.status === 'sending' ? { ...i, status: 'waiting' } : i));
    changed();
    window.addEventListener('online', () => void flushOutbox(true));
    connection.subscribe(() => {
      if (!connection.isDown()) void flushOutbox(true);
    });
    void flushOutbox(true);
  })();
  return started;
}

void startOutbox();
