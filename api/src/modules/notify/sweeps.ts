import type { EntityManager } from '@mikro-orm/postgresql';
import { notifyOnCommit } from '../../shared/pubsub';
import { CASE_TOPIC } from '../case/case-events';
import { commandCentre, notify, unitReps } from './notify';
import { NotificationKind } from './notify.enums';

export const REMINDER_LEAD_HOURS = 2;
/** The account scheduled work acts as on timelines: inactive, no password that opens it. */
export const SYSTEM_USERNAME = 'gongjian-system';

interface DueCase {
  id: string;
  number: string;
  title: string;
  unit_id: string;
  community_id: string | null;
  due_at: Date;
}

/** A reminder to the unit of each dispatched case whose handling deadline is under two hours away; each deadline reminds once. */
export async function remindDeadlines(em: EntityManager, now = new Date()): Promise<number> {
  const due = await em.execute<DueCase[]>(
    `select id, number, title, assigned_unit_id as unit_id, community_id, due_at from case_file
     where status = 'DISPATCHED' and assigned_unit_id is not null and due_at > ?::timestamptz and due_at <= ?::timestamptz + make_interval(hours => ?)`,
    [now, now, REMINDER_LEAD_HOURS],
  );
  let told = 0;
  for (const c of due) {
    told += await notify(em, {
      kind: NotificationKind.CASE_DEADLINE_SOON,
      to: unitReps(c.unit_id),
      objectType: 'Case',
      objectId: c.id,
      params: { number: c.number, title: c.title },
      group: { unitId: c.unit_id },
      dedupeKey: `deadline:${c.id}:${new Date(c.due_at).getTime()}`,
    });
  }
  return told;
}

/** Overdue dispatched cases go up to the command centre once: an ESCALATED step on the case and a notification to every officer. */
export async function escalateOverdue(em: EntityManager, now = new Date()): Promise<number> {
  const overdue = await em.execute<DueCase[]>(
    `select c.id, c.number, c.title, c.assigned_unit_id as unit_id, c.community_id, c.due_at from case_file c
     where c.status = 'DISPATCHED' and c.due_at <= ?::timestamptz and not exists (select 1 from case_event e where e.case_id = c.id and e.action = 'ESCALATED')
     for update of c skip locked`,
    [now],
  );
  if (!overdue.length) return 0;
  const actor = await systemUserId(em);
  for (const c of overdue) {
    await em.execute(`insert into case_event (case_id, action, actor_id, unit_id, at, note) values (?, 'ESCALATED', ?, ?, now(), null)`, [c.id, actor, c.unit_id]);
    await notify(em, {
      kind: NotificationKind.CASE_ESCALATED,
      to: commandCentre(),
      objectType: 'Case',
      objectId: c.id,
      params: { number: c.number, title: c.title },
      dedupeKey: `escalated:${c.id}`,
    });
    await notifyOnCommit(em, CASE_TOPIC, { caseId: c.id, action: 'ESCALATED', status: 'DISPATCHED', unitId: c.unit_id, communityId: c.community_id });
  }
  return overdue.length;
}

async function systemUserId(em: EntityManager): Promise<string> {
  await em.execute(
    `insert into app_user (id, username, display_name, password_hash, roles, active, created_at, updated_at)
     values (gen_random_uuid(), ?, '系统', '!', array['COMMAND_CENTER'], false, now(), now()) on conflict (username) do nothing`,
    [SYSTEM_USERNAME],
  );
  const [row] = await em.execute<{ id: string }[]>('select id from app_user where username = ?', [SYSTEM_USERNAME]);
  return row.id;
}
