import type { EntityManager } from '@mikro-orm/postgresql';
import { Client, type Notification } from 'pg';

// Live events through PostgreSQL LISTEN/NOTIFY: a NOTIFY sent inside a transaction is delivered
// only when it commits, and it reaches every API process listening on the same database.
// The LISTEN connection comes back by itself after a restart or a lost network; what was sent
// while it was away is lost, so every live subscriber then gets a Resync and refetches.

/** The one NOTIFY channel; a statement may pg_notify on it itself (the write paths that are one statement do). */
export const CHANNEL = 'gongjian_events';

export interface Envelope<T = unknown> {
  topic: string;
  payload: T;
}

export const RESYNC = 'RESYNC';

/** Events may have been missed (the listener reconnected): refetch. Never parsed from a NOTIFY, so no one can forge it. */
export class Resync {
  readonly action = RESYNC;
  constructor(readonly at: Date = new Date()) {}
}

export type ListenerState = 'connecting' | 'listening' | 'reconnecting' | 'stopped';

export interface PubSubOptions {
  /** Deadline for connecting and for each check of the connection. */
  timeoutMs?: number;
  /** How often an idle connection is checked (a hung or cut-off server sends no error). */
  pingMs?: number;
  /** Reconnect back-off: the first delay, doubled after each failure up to the last. */
  retryMs?: [first: number, last: number];
  log?: (line: string) => void;
}

type Listener = (payload: unknown) => void;

export class PgPubSub {
  private client: Client | null = null;
  private status: ListenerState = 'connecting';
  private listenedBefore = false;
  private failures = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private pingTimer: NodeJS.Timeout | undefined;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly resyncs = new Set<() => void>();
  private readonly timeoutMs: number;
  private readonly pingMs: number;
  private readonly retryMs: [number, number];
  private readonly log: (line: string) => void;

  constructor(
    private readonly connectionString: string,
    options: PubSubOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 2_000;
    this.pingMs = options.pingMs ?? 10_000;
    this.retryMs = options.retryMs ?? [200, 5_000];
    this.log = options.log ?? (() => undefined);
  }

  get state(): ListenerState {
    return this.status;
  }

  /** The first connection must succeed; later ones are retried for as long as the process runs. */
  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.status = 'stopped';
    clearTimeout(this.retryTimer);
    clearTimeout(this.pingTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** Calls `listener` with each of the topic's events until the returned function is called. */
  listen<T>(topic: string, listener: (payload: T) => void): () => void {
    const set = this.listeners.get(topic) ?? new Set<Listener>();
    set.add(listener as Listener);
    this.listeners.set(topic, set);
    return () => set.delete(listener as Listener);
  }

  /** Calls `listener` after each reconnection, until the returned function is called. */
  onResync(listener: () => void): () => void {
    this.resyncs.add(listener);
    return () => this.resyncs.delete(listener);
  }

  /** Subscribes to a topic's events that pass `keep`, and to every Resync, until the consumer stops iterating. */
  subscribe<T>(topic: string, keep: (payload: T) => boolean = () => true): AsyncIterableIterator<T | Resync> {
    const queue: (T | Resync)[] = [];
    let wake: (() => void) | null = null;
    let done = false;
    const push = (item: T | Resync) => {
      queue.push(item);
      wake?.();
    };
    const unlisten = this.listen<T>(topic, (payload) => keep(payload) && push(payload));
    const unresync = this.onResync(() => push(new Resync()));
    const finish = () => {
      done = true;
      unlisten();
      unresync();
      wake?.();
    };
    const iterator: AsyncIterableIterator<T | Resync> = {
      async next() {
        while (!done && queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        if (done) return { value: undefined, done: true };
        return { value: queue.shift() as T | Resync, done: false };
      },
      async return() {
        finish();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.connectionString,
      application_name: 'gongjian-listener',
      connectionTimeoutMillis: this.timeoutMs,
      query_timeout: this.timeoutMs,
      keepAlive: true,
    });
    client.on('notification', (message) => this.deliver(message));
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      void client.end().catch(() => undefined);
      throw error;
    }
    if (this.status === 'stopped') {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.failures = 0;
    this.status = 'listening';
    this.schedulePing(client);
    if (this.listenedBefore) {
      this.log('LISTEN connection is back: live subscribers refetch');
      for (const listener of [...this.resyncs]) listener();
    }
    this.listenedBefore = true;
  }

  private deliver(message: Notification): void {
    if (message.channel !== CHANNEL || !message.payload) return;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(message.payload) as Envelope;
    } catch {
      return;
    }
    for (const listener of this.listeners.get(envelope.topic) ?? []) listener(envelope.payload);
  }

  // An error or end of the current connection (not of a failed attempt): listen again, after a pause.
  private lost(client: Client): void {
    if (client !== this.client) return;
    this.client = null;
    clearTimeout(this.pingTimer);
    void client.end().catch(() => undefined);
    if (this.status === 'stopped') return;
    this.status = 'reconnecting';
    this.log('LISTEN connection lost: reconnecting');
    this.retry();
  }

  private retry(): void {
    const [first, last] = this.retryMs;
    const delay = Math.min(last, first * 2 ** this.failures) * (0.75 + Math.random() / 2);
    this.failures++;
    this.retryTimer = setTimeout(() => {
      this.connect().catch(() => {
        if (this.status !== 'stopped') this.retry();
      });
    }, delay);
  }

  // A hung or unreachable server sends no error: a SELECT 1 now and then must answer in time.
  private schedulePing(client: Client): void {
    this.pingTimer = setTimeout(() => {
      client.query('SELECT 1').then(
        () => client === this.client && this.schedulePing(client),
        () => this.lost(client),
      );
    }, this.pingMs);
    this.pingTimer.unref();
  }
}

/** Queues a live event in the caller's transaction: it is sent if, and when, the transaction commits. */
export async function notifyOnCommit(em: EntityManager, topic: string, payload: unknown): Promise<void> {
  await em.execute('SELECT pg_notify(?, ?)', [CHANNEL, JSON.stringify({ topic, payload } satisfies Envelope)]);
}
