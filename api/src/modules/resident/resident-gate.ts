import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/viewer';
import { AppError } from '../../shared/errors';
import type { ResidentSettings } from './resident-settings';

const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 24 * 3_600_000;

/** The start of the China calendar day (UTC+8) that holds this moment. */
export function chinaDayStart(now: Date): Date {
  return new Date(Math.floor((now.getTime() + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS);
}

/** Abusive marks since an administrator last lifted a suspension, and today's reports: one statement. */
export const STANDING_SQL = `SELECT
  (SELECT count(*)::int FROM case_file c WHERE c.reporter_id = me.id AND c.abusive_at IS NOT NULL
     AND c.abusive_at > coalesce(r.reporting_resumed_at, '-infinity'::timestamptz)) AS abusive,
  (SELECT count(*)::int FROM case_file c WHERE c.reporter_id = me.id AND c.reported_at >= ?::timestamptz) AS today
  FROM (SELECT ?::uuid AS id) me LEFT JOIN resident_account r ON r.user_id = me.id`;

export async function residentStanding(em: EntityManager, userId: string, now = new Date()): Promise<{ abusive: number; today: number }> {
  const [row] = await em.execute<{ abusive: number; today: number }[]>(STANDING_SQL, [chinaDayStart(now), userId]);
  return row;
}

/**
 * In the reporting transaction, under a lock on the resident, so parallel reports cannot slip past
 * the count: FORBIDDEN while suspended, TOO_MANY_REQUESTS past the day's reports.
 */
export async function admitResidentReport(tx: EntityManager, viewer: Viewer, settings: ResidentSettings): Promise<void> {
  await tx.execute('SELECT pg_advisory_xact_lock(hashtext(?))', [`resident-report:${viewer.userId}`]);
  const { abusive, today } = await residentStanding(tx, viewer.userId);
  if (abusive >= settings.abuseLimit) throw new AppError('FORBIDDEN', 'resident.suspended', { count: abusive });
  if (today >= settings.reportsPerDay) throw new AppError('TOO_MANY_REQUESTS', 'resident.dailyLimit', { max: settings.reportsPerDay });
}
