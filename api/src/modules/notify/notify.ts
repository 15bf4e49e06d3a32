import type { EntityManager } from '@mikro-orm/postgresql';
import { NotificationKind } from './notify.enums';
import { notificationLink, notificationText } from './notify-text';

export const NOTIFY_TOPIC = 'notifications';

export interface NotifyPayload {
  userIds: string[];
}

/** Who is told, as SQL that yields user ids (so the recipients are found, and written, by the database in one statement). */
export interface Audience {
  sql: string;
  params: unknown[];
}

export const unitReps = (unitId: string): Audience => ({
  sql: `select id from app_user where unit_id = ? and 'UNIT_REP' = any(roles) and active`,
  params: [unitId],
});

export const secretariesOf = (communityId: string): Audience => ({
  sql: `select id from app_user where community_id = ? and 'COMMUNITY_SECRETARY' = any(roles) and active`,
  params: [communityId],
});

export const commandCentre = (): Audience => ({ sql: `select id from app_user where 'COMMAND_CENTER' = any(roles) and active`, params: [] });

export const users = (...ids: string[]): Audience => ({ sql: 'select unnest(?::uuid[])', params: [`{${ids.join(',')}}`] });

export const volunteerUser = (volunteerId: string): Audience => ({ sql: 'select user_id from volunteer where id = ?', params: [volunteerId] });

export interface NotifySpec {
  kind: NotificationKind;
  to: Audience;
  objectType: string;
  objectId: string | null;
  params?: Record<string, string | number>;
  /** The unit's or community's group robot also gets it. */
  group?: { unitId?: string | null; communityId?: string | null };
  /** A scheduled reminder's key: the same key notifies each recipient once. */
  dedupeKey?: string;
}

/** Notifies in the caller's transaction: committed with the event that asked for it, or not at all. Answers how many were told. */
export async function notify(em: EntityManager, spec: NotifySpec): Promise<number> {
  const params = spec.params ?? {};
  // Outside the page the text is Chinese, the product's language; in the bell each reader gets their own.
  const text = notificationText(spec.kind, params, 'zh');
  const [row] = await em.execute<{ made: number }[]>(`select gj_notify(?, ?, ?::uuid, ?::jsonb, array(${spec.to.sql}), ?, ?, ?::uuid, ?::uuid, ?) as made`, [
    spec.kind,
    spec.objectType,
    spec.objectId,
    JSON.stringify(params),
    ...spec.to.params,
    text,
    notificationLink(spec.objectType, spec.objectId),
    spec.group?.unitId ?? null,
    spec.group?.communityId ?? null,
    spec.dedupeKey ?? null,
  ]);
  return Number(row?.made ?? 0);
}

// A claim is one statement (joint/claim.service.ts), so its notification is an expression inside it over the
// claimed need's row `n`: the texts are this module's, with the unit's name and the need's title filled in by SQL.
export const NEED_CLAIMED_SQL = `(SELECT gj_notify(?, 'Need', n.id, jsonb_build_object('unit', u.name, 'title', n.title),
  array(SELECT s.id FROM app_user s WHERE s.community_id = n.community_id AND 'COMMUNITY_SECRETARY' = any(s.roles) AND s.active),
  replace(replace(?, '{unit}', u.name), '{title}', n.title), replace(?, '{id}', n.id::text), null, n.community_id)
  FROM partner_unit u WHERE u.id = ?)`;

/** NEED_CLAIMED_SQL's parameters, in order. */
export function needClaimedParams(unitId: string): unknown[] {
  return [NotificationKind.NEED_CLAIMED, notificationText(NotificationKind.NEED_CLAIMED, { unit: '{unit}', title: '{title}' }, 'zh'), notificationLink('Need', '{id}'), unitId];
}
