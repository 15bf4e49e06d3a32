import { registerEnumType } from 'type-graphql';

/** What a notification asks its recipient to do; each has a text in both languages (notify-text.ts). */
export enum NotificationKind {
  CASE_DISPATCHED = 'CASE_DISPATCHED',
  CASE_REWORK = 'CASE_REWORK',
  CASE_DEADLINE_SOON = 'CASE_DEADLINE_SOON',
  CASE_ESCALATED = 'CASE_ESCALATED',
  EXTENSION_GRANTED = 'EXTENSION_GRANTED',
  EXTENSION_REFUSED = 'EXTENSION_REFUSED',
  TASK_INVITED = 'TASK_INVITED',
  TASK_PROMOTED = 'TASK_PROMOTED',
  RIBBON_ASSIGNED = 'RIBBON_ASSIGNED',
  NEED_CLAIMED = 'NEED_CLAIMED',
  VISITS_OVERDUE = 'VISITS_OVERDUE',
  SECTION_CASE_OVERDUE = 'SECTION_CASE_OVERDUE',
  SECTION_NOT_PATROLLED = 'SECTION_NOT_PATROLLED',
}

/** Where a notification goes besides the bell (IN_APP, always on). */
export enum NotifyChannel {
  IN_APP = 'IN_APP',
  WEB_PUSH = 'WEB_PUSH',
  WEBHOOK = 'WEBHOOK',
  SMS = 'SMS',
}

registerEnumType(NotificationKind, { name: 'NotificationKind' });
registerEnumType(NotifyChannel, { name: 'NotifyChannel' });

export const NOTIFICATION_KINDS = Object.values(NotificationKind);
/** Channels a person chooses per kind; webhooks belong to a community's or unit's group, not to a person. */
export const PERSONAL_CHANNELS = [NotifyChannel.WEB_PUSH, NotifyChannel.SMS] as const;
/** Web Push is on unless turned off; SMS costs money, so it is off unless turned on. */
export const CHANNEL_DEFAULT: Record<string, boolean> = { WEB_PUSH: true, SMS: false };
