import type { EntityManager } from '@mikro-orm/postgresql';
import { notify, users } from '../notify/notify';
import { NotificationKind } from '../notify/notify.enums';
import { RoadSection } from './road-section.entity';
import { casesOnSection } from './section-cases';

// 街长制 on the job queue: a case on a section that runs past its stage's deadline is escalated to
// the section's chief (once per case and deadline), and on Monday morning a chief hears of each of
// their sections nobody walked in the past seven days. Both notify through the notification
// centre, in the job's transaction.

const WEEK_MS = 7 * 86_400_000;

/** Tells each chief of the cases on their sections that are now past their stage's deadline. Answers how many were told. */
export async function escalateToChiefs(em: EntityManager, now = new Date()): Promise<number> {
  const sections = await em.find(RoadSection, { chief: { $ne: null } }, { orderBy: { id: 'asc' } });
  let told = 0;
  for (const section of sections) {
    const chief = section.chief?.id;
    if (!chief) continue;
    for (const c of (await casesOnSection(em, section, now)).filter((c) => c.escalated && c.stageDueAt)) {
      told += await notify(em, {
        kind: NotificationKind.SECTION_CASE_OVERDUE,
        to: users(chief),
        objectType: 'RoadSection',
        objectId: section.id,
        params: { section: section.name, number: c.number, title: c.title },
        dedupeKey: `chief:${section.id}:${c.id}:${c.stageDueAt?.getTime()}`,
      });
    }
  }
  return told;
}

/** Tells each chief of their sections with no round started in the seven days before `now`, once per section and day. */
export async function remindUnpatrolled(em: EntityManager, now = new Date()): Promise<number> {
  const idle = await em.execute<{ id: string; name: string; chief_id: string }[]>(
    `SELECT s.id, s.name, s.chief_id FROM road_section s
      WHERE s.chief_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM patrol_round r WHERE r.section_id = s.id AND r.started_at > ?::timestamptz AND r.started_at <= ?::timestamptz)
      ORDER BY s.id`,
    [new Date(now.getTime() - WEEK_MS), now],
  );
  let told = 0;
  for (const s of idle) {
    told += await notify(em, {
      kind: NotificationKind.SECTION_NOT_PATROLLED,
      to: users(s.chief_id),
      objectType: 'RoadSection',
      objectId: s.id,
      params: { section: s.name },
      dedupeKey: `unpatrolled:${s.id}:${now.toISOString().slice(0, 10)}`,
    });
  }
  return told;
}
