import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../shared/errors';

// How much one person may upload per China day, counted from their case_photo rows, so every API
// process counts the same. Two uploads of one person are serialised by an advisory lock held from
// the count to the insert, so the 61st is refused however many arrive at once.

export const DAILY_PHOTOS = 60;
export const DAILY_MB = 200;
const DAILY_BYTES = DAILY_MB * 1024 * 1024;

interface Used {
  count: number;
  bytes: number;
}

async function usedToday(em: EntityManager, userId: string): Promise<Used> {
  const [row] = await em.execute<{ count: number; bytes: string }[]>(
    `SELECT count(*)::int AS count, coalesce(sum(size), 0)::bigint AS bytes FROM case_photo
      WHERE uploader_id = ? AND uploaded_at >= date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai'`,
    [userId],
  );
  return { count: row.count, bytes: Number(row.bytes) };
}

const refusal = (used: Used) =>
  new AppError('TOO_MANY_REQUESTS', 'photo.quota', { count: used.count, mb: Math.round(used.bytes / 1024 / 1024), maxCount: DAILY_PHOTOS, maxMb: DAILY_MB });

/** Refuses at once when nothing more fits today: asked before the body of an upload is read. */
export async function assertRoomToday(em: EntityManager, userId: string): Promise<void> {
  const used = await usedToday(em, userId);
  if (used.count >= DAILY_PHOTOS || used.bytes >= DAILY_BYTES) throw refusal(used);
}

/** Inside the transaction that inserts the photo: locks the person's count until commit, then refuses if `size` does not fit. */
export async function reserveUpload(tx: EntityManager, userId: string, size: number): Promise<void> {
  await tx.execute("SELECT pg_advisory_xact_lock(hashtext('photo-upload'), hashtext(?))", [userId]);
  const used = await usedToday(tx, userId);
  if (used.count + 1 > DAILY_PHOTOS || used.bytes + size > DAILY_BYTES) throw refusal(used);
}
