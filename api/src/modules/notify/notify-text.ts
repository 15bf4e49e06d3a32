import type { Lang } from '../../shared/i18n/lang';
import { NotificationKind } from './notify.enums';

type Params = Record<string, string | number | undefined>;
type Texts = Record<NotificationKind, (p: Params) => string>;

// Short texts, one per kind: the bell, a phone's push banner, a work group's robot message.
const ZH: Texts = {
  CASE_DISPATCHED: (p) => `案件 ${p.number ?? ''} 已派至本单位：${p.title ?? ''}`,
  CASE_REWORK: (p) => `案件 ${p.number ?? ''} 核查未通过，退回重办：${p.title ?? ''}`,
  CASE_DEADLINE_SOON: (p) => `案件 ${p.number ?? ''} 将于 2 小时内到期：${p.title ?? ''}`,
  CASE_ESCALATED: (p) => `案件 ${p.number ?? ''} 已超期，升级至指挥中心：${p.title ?? ''}`,
  EXTENSION_GRANTED: (p) => `案件 ${p.number ?? ''} 的延期申请已批准`,
  EXTENSION_REFUSED: (p) => `案件 ${p.number ?? ''} 的延期申请未获批准`,
  TASK_INVITED: (p) => `您受邀参加志愿任务：${p.title ?? ''}`,
  TASK_PROMOTED: (p) => `候补转正：您已获得任务名额：${p.title ?? ''}`,
  RIBBON_ASSIGNED: () => '有一条黄丝带求助分派给您，请尽快上门',
  NEED_CLAIMED: (p) => `${p.unit ?? '共建单位'} 认领了需求：${p.title ?? ''}`,
  VISITS_OVERDUE: (p) => (p.team ? `您任队长的“${p.team}”有 ${p.count ?? 0} 次敲门走访已逾期` : `本社区有 ${p.count ?? 0} 次敲门走访已逾期`),
  SECTION_CASE_OVERDUE: (p) => `您任街长的“${p.section ?? ''}”上，案件 ${p.number ?? ''} 已超时：${p.title ?? ''}`,
  SECTION_NOT_PATROLLED: (p) => `路段“${p.section ?? ''}”近 7 天没有巡查记录`,
};

const EN: Texts = {
  CASE_DISPATCHED: (p) => `Case ${p.number ?? ''} was dispatched to your unit: ${p.title ?? ''}`,
  CASE_REWORK: (p) => `Case ${p.number ?? ''} failed verification and is back for rework: ${p.title ?? ''}`,
  CASE_DEADLINE_SOON: (p) => `Case ${p.number ?? ''} is due within 2 hours: ${p.title ?? ''}`,
  CASE_ESCALATED: (p) => `Case ${p.number ?? ''} is overdue and escalated to the command centre: ${p.title ?? ''}`,
  EXTENSION_GRANTED: (p) => `More time for case ${p.number ?? ''} was granted`,
  EXTENSION_REFUSED: (p) => `More time for case ${p.number ?? ''} was refused`,
  TASK_INVITED: (p) => `You are invited to a volunteer task: ${p.title ?? ''}`,
  TASK_PROMOTED: (p) => `Off the waiting line: you have a place on ${p.title ?? ''}`,
  RIBBON_ASSIGNED: () => 'A yellow ribbon was assigned to you: please visit soon',
  NEED_CLAIMED: (p) => `${p.unit ?? 'A partner unit'} claimed the need: ${p.title ?? ''}`,
  VISITS_OVERDUE: (p) =>
    p.team ? `${p.count ?? 0} door-knocking visits of ${p.team}, the team you captain, are overdue` : `${p.count ?? 0} door-knocking visits of your community are overdue`,
  SECTION_CASE_OVERDUE: (p) => `On ${p.section ?? ''}, where you are street chief, case ${p.number ?? ''} is overdue: ${p.title ?? ''}`,
  SECTION_NOT_PATROLLED: (p) => `Nobody patrolled ${p.section ?? ''} in the past 7 days`,
};

export function notificationText(kind: NotificationKind, params: Params, lang: Lang): string {
  const texts = lang === 'en' ? EN : ZH;
  return (texts[kind] ?? (() => kind))(params);
}

/** Where the web client shows the object. */
export function notificationLink(objectType: string, objectId: string | null): string {
  if (objectType === 'Case' && objectId) return `/cases/${objectId}`;
  if (objectType === 'Need' && objectId) return `/joint/needs/${objectId}`;
  if (objectType === 'Task') return '/volunteer';
  if (objectType === 'RibbonRequest' || objectType === 'Community' || objectType === 'Team') return '/care';
  if (objectType === 'RoadSection') return '/streets/mine';
  return '/notifications';
}
