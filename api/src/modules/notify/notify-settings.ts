import { OUTBOX_DEFAULTS, type OutboxSettings } from './outbox.worker';
import type { VapidSettings } from './vapid';

export interface NotifySettings {
  vapid: VapidSettings;
  /** The pg-boss job queue (reminders, escalation, digest, expiry, pruning): JOB_QUEUE, on unless 0. */
  jobQueue: boolean;
  /** The outbox worker (Web Push, webhooks, SMS): OUTBOX_WORKER, on unless 0. */
  outboxWorker: boolean;
  outbox: OutboxSettings;
}

const flag = (value: string | undefined, name: string): boolean => {
  if (value === undefined || value === '' || value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  throw new Error(`${name} must be 1 or 0, got "${value}"`);
};

const ms = (env: NodeJS.ProcessEnv, name: string, fallback: number): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of milliseconds, at least 1, got "${raw}"`);
  return value;
};

export function notifySettingsFrom(env: NodeJS.ProcessEnv, dataDir: string): NotifySettings {
  if (!!env.VAPID_PUBLIC_KEY !== !!env.VAPID_PRIVATE_KEY) throw new Error('VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together: set both or neither');
  return {
    vapid: { dataDir, publicKey: env.VAPID_PUBLIC_KEY || undefined, privateKey: env.VAPID_PRIVATE_KEY || undefined, subject: env.VAPID_SUBJECT || undefined },
    jobQueue: flag(env.JOB_QUEUE, 'JOB_QUEUE'),
    outboxWorker: flag(env.OUTBOX_WORKER, 'OUTBOX_WORKER'),
    outbox: {
      pollMs: ms(env, 'OUTBOX_POLL_MS', OUTBOX_DEFAULTS.pollMs),
      retryMs: ms(env, 'OUTBOX_RETRY_MS', OUTBOX_DEFAULTS.retryMs),
      leaseMs: ms(env, 'OUTBOX_LEASE_MS', OUTBOX_DEFAULTS.leaseMs),
      timeoutMs: ms(env, 'OUTBOX_TIMEOUT_MS', OUTBOX_DEFAULTS.timeoutMs),
      maxAttempts: OUTBOX_DEFAULTS.maxAttempts,
    },
  };
}
