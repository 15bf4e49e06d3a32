import type { EntityManager } from '@mikro-orm/postgresql';
import { commandCentre, type NotifySpec, notify, unitReps, users } from '../api/src/modules/notify/notify';
import { NotificationKind } from '../api/src/modules/notify/notify.enums';

// A few notifications for the demo accounts, about objects the other seeds made, so the bell has
// something to show: read from what is there (no random numbers), each once (a dedupe key per kind).

type Row = Record<string, string>;

async function one(em: EntityManager, sql: string, params: unknown[] = []): Promise<Row | undefined> {
  return (await em.execute<Row[]>(sql, params))[0];
}

export async function loadNotifyDemo(em: EntityManager): Promise<void> {
  const specs: NotifySpec[] = [];
  // 水利和湖泊局's representative: the latest case dispatched to the unit, waiting to be signed for.
  const dispatched = await one(
    em,
    `select c.id, c.number, c.title, c.assigned_unit_id from case_file c join partner_unit u on u.id = c.assigned_unit_id
     where u.name = '水利和湖泊局' and c.status = 'DISPATCHED' order by c.reported_at desc, c.id limit 1`,
  );
  if (dispatched) {
    const params = { number: dispatched.number, title: dispatched.title };
    specs.push({ kind: NotificationKind.CASE_DISPATCHED, to: unitReps(dispatched.assigned_unit_id), objectType: 'Case', objectId: dispatched.id, params });
  }
  // The command centre: the oldest dispatched case past its handling deadline.
  const overdue = await one(em, `select id, number, title from case_file where status = 'DISPATCHED' and due_at < now() order by due_at, id limit 1`);
  if (overdue)
    specs.push({ kind: NotificationKind.CASE_ESCALATED, to: commandCentre(), objectType: 'Case', objectId: overdue.id, params: { number: overdue.number, title: overdue.title } });
  // 赤马港's secretary: the latest claim on one of the community's needs.
  const claimed = await one(
    em,
    `select n.id, n.title, u.name as unit, s.id as secretary from need_claim c join need n on n.id = c.need_id join partner_unit u on u.id = c.unit_id
     join community k on k.id = n.community_id join app_user s on s.community_id = k.id and s.username = 'secretary'
     where k.name = '赤马港社区' order by c.claimed_at desc, c.id limit 1`,
  );
  if (claimed)
    specs.push({
      kind: NotificationKind.NEED_CLAIMED,
      to: users(claimed.secretary),
      objectType: 'Need',
      objectId: claimed.id,
      params: { unit: claimed.unit, title: claimed.title },
    });
  // A volunteer's invitation to a task.
  const invited = await one(
    em,
    `select t.id, t.title, v.user_id from task_invitation i join volunteer_task t on t.id = i.task_id join volunteer v on v.id = i.volunteer_id order by i.invited_at desc, i.id limit 1`,
  );
  if (invited) specs.push({ kind: NotificationKind.TASK_INVITED, to: users(invited.user_id), objectType: 'Task', objectId: invited.id, params: { title: invited.title } });
  // Whoever holds an assigned yellow ribbon.
  const ribbon = await one(em, `select id, assignee_id from ribbon_request where status = 'ASSIGNED' and assignee_id is not null order by raised_at, id limit 1`);
  if (ribbon) specs.push({ kind: NotificationKind.RIBBON_ASSIGNED, to: users(ribbon.assignee_id), objectType: 'RibbonRequest', objectId: ribbon.id });
  for (const spec of specs) await notify(em, { ...spec, dedupeKey: `demo:${spec.kind}` });
}
