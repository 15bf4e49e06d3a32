import type { MikroORM } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import { runHousekeeping } from '../../housekeeping';
import { expireAgreements } from '../joint/agreement.service';
import { escalateToChiefs, remindUnpatrolled } from '../street/street-alerts';
import { digestOverdueVisits } from './digest';
import { escalateOverdue, remindDeadlines } from './sweeps';

// Scheduled work on pg-boss: its schema is installed by a migration, its cron schedules and jobs live in
// PostgreSQL, so they survive restarts; 'singleton' queues run one job at a time across every API process,
// and each job's own writes are idempotent (dedupe keys, NOT EXISTS) should one ever run twice.
export const JOBS = {
  caseSweep: 'case-sweep',
  visitDigest: 'visit-digest',
  agreementExpiry: 'agreement-expiry',
  housekeeping: 'housekeeping',
  streetSweep: 'street-sweep',
  patrolReminder: 'patrol-reminder',
} as const;

const SCHEDULES: [name: string, cron: string][] = [
  [JOBS.caseSweep, '* * * * *'],
  [JOBS.visitDigest, '0 8 * * *'],
  [JOBS.agreementExpiry, '5 0 * * *'],
  [JOBS.housekeeping, '17 * * * *'],
  [JOBS.streetSweep, '*/10 * * * *'],
  [JOBS.patrolReminder, '0 9 * * 1'],
];

/** Deadline reminders and escalation, in one transaction that only one process runs at a time. */
export function sweepCases(orm: MikroORM, now = new Date()): Promise<{ reminded: number; escalated: number }> {
  return orm.em.fork().transactional(async (tx) => {
    const [{ locked }] = await tx.execute<{ locked: boolean }[]>(`select pg_try_advisory_xact_lock(hashtext('gongjian.case-sweep')) as locked`);
    if (!locked) return { reminded: 0, escalated: 0 };
    return { reminded: await remindDeadlines(tx, now), escalated: await escalateOverdue(tx, now) };
  });
}

export const HANDLERS: Record<string, (orm: MikroORM) => Promise<unknown>> = {
  [JOBS.caseSweep]: (orm) => sweepCases(orm),
  [JOBS.visitDigest]: (orm) => orm.em.fork().transactional((tx) => digestOverdueVisits(tx)),
  [JOBS.agreementExpiry]: (orm) => expireAgreements(orm.em.fork()),
  [JOBS.housekeeping]: (orm) => runHousekeeping(orm),
  [JOBS.streetSweep]: (orm) => orm.em.fork().transactional((tx) => escalateToChiefs(tx)),
  [JOBS.patrolReminder]: (orm) => orm.em.fork().transactional((tx) => remindUnpatrolled(tx)),
};

/** Starts the queue, (re)declares the schedules in China time, and works every job in this process. */
export async function startJobQueue(orm: MikroORM, connectionString: string, logError: (error: unknown) => void): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString, schema: 'pgboss', max: 4, application_name: 'gongjian-jobs' });
  boss.on('error', logError);
  await boss.start();
  // Processes starting together would both create a queue, and one could schedule on it before the other committed it.
  await orm.em.fork().transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext('gongjian.job-queues'))`);
    for (const [name] of SCHEDULES) if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, policy: 'singleton', retryLimit: 2 });
  });
  for (const [name, cron] of SCHEDULES) {
    await boss.schedule(name, cron, {}, { tz: 'Asia/Shanghai', singletonKey: name });
    await boss.work(name, async () => {
      await HANDLERS[name](orm);
    });
  }
  return boss;
}
