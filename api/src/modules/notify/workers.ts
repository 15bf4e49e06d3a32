import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config';
import { noSmsProvider, type SmsSender } from './channels';
import { startJobQueue } from './jobs';
import { OutboxWorker } from './outbox.worker';
import { vapidKeys } from './vapid';

/** The outbox worker and the job queue of this process, as configured; both stop before the server closes its pool. */
export async function startNotifyWorkers(app: FastifyInstance, orm: MikroORM, config: Config, databaseUrl: string, logError: (e: unknown) => void, sms: SmsSender = noSmsProvider) {
  const settings = config.notify;
  // Made (or read) now, so a first start writes DATA_DIR/vapid.json before any request asks for it.
  vapidKeys(settings.vapid);
  if (settings.outboxWorker) {
    const worker = new OutboxWorker(orm, settings.outbox, () => vapidKeys(settings.vapid), sms, logError);
    app.addHook('onReady', async () => worker.start());
    app.addHook('onClose', () => worker.stop());
  }
  if (settings.jobQueue) {
    const boss = await startJobQueue(orm, databaseUrl, logError);
    app.addHook('onClose', () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }));
  }
}
