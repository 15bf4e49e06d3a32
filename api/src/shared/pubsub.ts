import type { EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';

// Live events through PostgreSQL LISTEN/NOTIFY: a NOTIFY sent inside a transaction is delivered
// only when it commits, and it reaches every API process listening on the same database.

const CHANNEL = 'gongjian_events';

export interface Envelope<T = unknown> {
  topic: string;
  payload: T;
}

type Listener = (payload: unknown) => void;

export class PgPubSub {
  private client: Client | null = null;
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(private readonly connectionString: string) {}

  async start(): Promise<void> {
    const client = new Client({ connectionString: this.connectionString });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      const envelope = JSON.parse(message.payload) as Envelope;
      for (const listener of this.listeners.get(envelope.topic) ?? []) listener(envelope.payload);
    });
    client.on('error', () => undefined);
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
  }

  async stop(): Promise<void> {
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

  /** Subscribes to a topic's events that pass `keep`, until the consumer stops iterating. */
  subscribe<T>(topic: string, keep: (payload: T) => boolean = () => true): AsyncIterableIterator<T> {
    const queue: T[] = [];
    let wake: (() => void) | null = null;
    let done = false;
    const unlisten = this.listen<T>(topic, (payload) => {
      if (!keep(payload)) return;
      queue.push(payload);
      wake?.();
    });
    const finish = () => {
      done = true;
      unlisten();
      wake?.();
    };
    const iterator: AsyncIterableIterator<T> = {
      async next() {
        while (!done && queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        if (done) return { value: undefined, done: true };
        return { value: queue.shift() as T, done: false };
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
}

/** Queues a live event in the caller's transaction: it is sent if, and when, the transaction commits. */
export async function notifyOnCommit(em: EntityManager, topic: string, payload: unknown): Promise<void> {
  await em.execute('SELECT pg_notify(?, ?)', [CHANNEL, JSON.stringify({ topic, payload } satisfies Envelope)]);
}
