import { Client } from 'pg';

// Whether PostgreSQL answers. A stopped server refuses connections at once, but a hung one (SIGSTOP,
// a lost network) accepts bytes and never replies: only a deadline tells. When a request waits too
// long, a SELECT 1 on a connection of our own decides; if that fails too, the pool's connections are
// ended (their requests fail now, as SERVICE_UNAVAILABLE) and new requests are refused until it answers.

/** What ending a pooled connection needs of it (a `pg` Client has it). */
export interface PooledConnection {
  end(): Promise<void>;
  once(event: 'end', listener: () => void): unknown;
}

export class DatabaseWatch {
  private probeClient: Client | null = null;
  private probing: Promise<boolean> | null = null;
  private down = false;
  private recheck: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly connectionString: string,
    private readonly timeoutMs: number,
    /** The ORM pool's open connections, ended when the database stops answering. */
    private readonly pool: () => Iterable<PooledConnection> = () => [],
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  /** False from a failed check until a check succeeds again. */
  get available(): boolean {
    return !this.down;
  }

  /** SELECT 1 within the deadline; concurrent callers share one check. */
  check(): Promise<boolean> {
    this.probing ??= this.probe().finally(() => {
      this.probing = null;
    });
    return this.probing;
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.recheck);
    this.forget(this.probeClient);
  }

  private async probe(): Promise<boolean> {
    try {
      if (!this.probeClient) {
        const client = new Client({
          connectionString: this.connectionString,
          application_name: 'gongjian-health',
          connectionTimeoutMillis: this.timeoutMs,
          query_timeout: this.timeoutMs,
        });
        client.on('error', () => this.forget(client));
        this.probeClient = client;
        await client.connect();
      }
      await this.probeClient.query('SELECT 1');
      this.markUp();
      return true;
    } catch {
      this.forget(this.probeClient);
      this.markDown();
      return false;
    }
  }

  // Not awaited: on a hung server a polite goodbye would wait for an answer that never comes.
  private forget(client: Client | null): void {
    if (!client) return;
    if (this.probeClient === client) this.probeClient = null;
    void client.end().catch(() => undefined);
  }

  private markDown(): void {
    if (this.down || this.stopped) return;
    this.down = true;
    this.log('PostgreSQL is not answering: ending the pool connections, answering 503 until it does');
    for (const connection of this.pool()) void connection.end().catch(() => undefined);
    this.recheck = setInterval(() => void this.check(), Math.min(this.timeoutMs, 1_000));
    this.recheck.unref();
  }

  private markUp(): void {
    if (!this.down) return;
    this.down = false;
    clearInterval(this.recheck);
    this.log('PostgreSQL answers again');
  }
}

// Node's socket errors, PostgreSQL's connection exceptions (not 08P01, a protocol violation a client's
// input can cause), shutdown, too many connections, statement_timeout and an ended idle transaction.
const UNAVAILABLE_CODES = new Set([
  ...['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'],
  ...['08000', '08001', '08003', '08004', '08006', '08007', '57P01', '57P02', '57P03', '53300', '57014', '25P03'],
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client was closed and is not queryable|Client has encountered a connection error|Timeout acquiring a connection|Connection ended unexpectedly/;

/** Whether an error (from pg, knex or MikroORM, possibly wrapped) means the database could not be reached or answer in time. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current = error as { code?: unknown; message?: unknown; name?: unknown; cause?: unknown; originalError?: unknown; previous?: unknown } | null | undefined;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const code = typeof current.code === 'string' ? current.code : '';
    if (UNAVAILABLE_CODES.has(code) || current.name === 'KnexTimeoutError') return true;
    if (typeof current.message === 'string' && UNAVAILABLE_MESSAGES.test(current.message)) return true;
    current = (current.originalError ?? current.cause ?? current.previous) as typeof current;
  }
  return false;
}
