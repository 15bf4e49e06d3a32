import type { MikroORM } from '@mikro-orm/postgresql';
import { type Outcome, postWebhook, type SmsSender, sendPush } from './channels';
import type { VapidKeys } from './vapid';

export interface OutboxSettings {
  /** How often the worker looks for due messages. */
  pollMs: number;
  /** The first retry's delay; each further one doubles, up to an hour. */
  retryMs: number;
  /** How long a claim lasts: longer than a delivery may take. A worker that died mid-delivery loses its claim after this. */
  leaseMs: number;
  /** One delivery's deadline. */
  timeoutMs: number;
  maxAttempts: number;
}

export const OUTBOX_DEFAULTS: OutboxSettings = { pollMs: 2_000, retryMs: 10_000, leaseMs: 60_000, timeoutMs: 10_000, maxAttempts: 12 };

interface Claimed {
  id: string;
  channel: 'WEB_PUSH' | 'WEBHOOK' | 'SMS';
  target: string;
  payload: { text?: string; url?: string; notificationId?: string; kind?: string };
  attempts: number;
}

// One statement: due rows are locked (skipping those another worker holds) and their due time moved past
// the lease. Nothing is marked delivered until the receiver has answered, so a crash mid-delivery only
// delays the message until the lease runs out; it then goes again, with the same id.
const CLAIM_SQL = `update outbox_message m set attempts = m.attempts + 1, next_attempt_at = now() + make_interval(secs => ?::double precision / 1000)
  where m.id in (select id from outbox_message where delivered_at is null and next_attempt_at <= now() order by next_attempt_at limit ? for update skip locked)
  returning m.id, m.channel, m.target, m.payload, m.attempts`;

export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | null = null;
  private stopped = true;

  constructor(
    private readonly orm: MikroORM,
    private readonly settings: OutboxSettings,
    private readonly vapid: () => VapidKeys,
    private readonly sms: SmsSender,
    private readonly logError: (error: unknown) => void,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops polling and waits for the deliveries in flight to be recorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One pass: claims up to `batch` due messages, delivers them, records each outcome. Answers how many it handled. */
  runOnce(batch = 20): Promise<number> {
    if (this.running) return this.running;
    this.running = this.pass(batch).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.runOnce()
        .catch((error) => {
          this.logError(error);
          return 0;
        })
        // A full batch: there may be more waiting, so look again at once.
        .then((handled) => this.schedule(handled >= 20 ? 0 : this.settings.pollMs));
    }, delay);
    this.timer.unref();
  }

  private async pass(batch: number): Promise<number> {
    const em = this.orm.em.fork();
    const claimed = await em.execute<Claimed[]>(CLAIM_SQL, [this.settings.leaseMs, batch]);
    await Promise.all(claimed.map((message) => this.deliverOne(message)));
    return claimed.length;
  }

  private async deliverOne(message: Claimed): Promise<void> {
    const em = this.orm.em.fork();
    let outcome: Outcome;
    try {
      outcome = await this.deliver(message);
    } catch (error) {
      outcome = { ok: false, error: error instanceof Error ? error.message.slice(0, 200) : 'error', retry: true };
    }
    if (outcome.ok) {
      await em.execute('update outbox_message set delivered_at = now(), last_error = null where id = ?', [message.id]);
      return;
    }
    const again = outcome.retry && message.attempts < this.settings.maxAttempts;
    const delay = Math.min(3_600_000, this.settings.retryMs * 2 ** (message.attempts - 1));
    // Never over a delivery another worker recorded meanwhile (this one's claim had run out).
    await em.execute(
      'update outbox_message set last_error = ?, next_attempt_at = case when ? then now() + make_interval(secs => ?::double precision / 1000) end where id = ? and delivered_at is null',
      [outcome.error, again, delay, message.id],
    );
  }

  private async deliver(message: Claimed): Promise<Outcome> {
    const em = this.orm.em.fork();
    const text = message.payload.text ?? '';
    if (message.channel === 'WEBHOOK') {
      const [hook] = await em.execute<{ url: string; secret: string | null }[]>('select url, secret from group_webhook where id = ?::uuid and active', [message.target]);
      if (!hook) return { ok: false, error: 'webhook removed', retry: false };
      return postWebhook(hook.url, hook.secret, message.id, text, this.settings.timeoutMs);
    }
    if (message.channel === 'WEB_PUSH') {
      const [target] = await em.execute<{ endpoint: string; p256dh: string; auth: string }[]>('select endpoint, p256dh, auth from push_subscription where id = ?::uuid', [
        message.target,
      ]);
      if (!target) return { ok: false, error: 'unsubscribed', retry: false };
      // The fields the service worker (web/public/push-sw.js) shows: text as the body, the notification as the tag.
      const push = {
        id: message.id,
        notificationId: message.payload.notificationId,
        kind: message.payload.kind,
        title: '共建',
        text,
        url: message.payload.url ?? '/notifications',
      };
      const outcome = await sendPush(target, push, this.vapid(), this.settings.timeoutMs);
      if (!outcome.ok && outcome.gone) await em.execute('delete from push_subscription where id = ?::uuid', [message.target]);
      return outcome;
    }
    if (!this.sms.name) return { ok: false, error: 'no provider', retry: false };
    const [user] = await em.execute<{ phone: string | null }[]>('select phone from app_user where id = ?::uuid and active', [message.target]);
    if (!user?.phone) return { ok: false, error: 'no phone', retry: false };
    await this.sms.send(user.phone, text);
    return { ok: true };
  }
}
