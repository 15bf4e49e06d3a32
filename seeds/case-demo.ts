import { type EntityManager, ref } from '@mikro-orm/postgresql';
import { CaseFile } from '../api/src/modules/case/case.entity';
import { CaseCategory, CaseStatus } from '../api/src/modules/case/case.enums';
import { CaseEvent } from '../api/src/modules/case/case-event.entity';
import { FollowUp, FollowUpSatisfaction, FollowUpSolved, FollowUpSource } from '../api/src/modules/case/follow-up.entity';
import { RoutingRule } from '../api/src/modules/case/routing.entity';
import type { Community } from '../api/src/modules/org/community.entity';
import type { PartnerUnit } from '../api/src/modules/org/partner-unit.entity';
import { User } from '../api/src/modules/org/user.entity';
import { ARTICLE_QUARTER, insertQuarter } from './cases';

// The command centre's world: its routing table, the article's case of 29 September, the third
// quarter in bulk (with that case, exactly the article's 7534 / 7389 / 6967), and today's queue.

const ROUTES: [CaseCategory, string][] = [
  [CaseCategory.ENVIRONMENT, '水利和湖泊局'],
  [CaseCategory.DRAINAGE, '水利和湖泊局'],
  [CaseCategory.ROADS, '住房和城乡建设局'],
  [CaseCategory.LIGHTING, '国网赤壁市供电公司'],
  [CaseCategory.ILLEGAL_CONSTRUCTION, '城市管理执法局'],
  [CaseCategory.PUBLIC_ORDER, '城市管理执法局'],
  [CaseCategory.SAFETY, '应急管理局'],
];

const at = (iso: string) => new Date(iso);

export async function loadCaseDemo(em: EntityManager, communities: Map<string, Community>, units: Map<string, PartnerUnit>): Promise<void> {
  const officer = await em.findOneOrFail(User, { username: 'command' });
  const worker = await em.findOneOrFail(User, { username: 'gridworker' });
  const rep = await em.findOneOrFail(User, { username: 'unitrep' });
  const water = units.get('水利和湖泊局');
  const liumiqiao = communities.get('六米桥社区');
  if (!water || !liumiqiao) return;

  for (const [category, unitName] of ROUTES) {
    const unit = units.get(unitName);
    if (!(await em.findOne(RoutingRule, { category }))) em.create(RoutingRule, { category, unit: unit ? ref(unit) : null });
  }

  const event = (c: CaseFile, action: string, when: Date, actor: User, unit: PartnerUnit | null = null, note: string | null = null) =>
    em.create(CaseEvent, { caseFile: ref(c), action, at: when, actor: ref(actor), unit: unit ? ref(unit) : null, note });

  if (!(await em.findOne(CaseFile, { idempotencyKey: 'article-0929' }))) {
    const c = em.create(CaseFile, {
      title: '赤壁市北渠附近出现少量垃圾',
      description: '小区网格员发现后通过手机上报，附定位及现场照片',
      category: CaseCategory.ENVIRONMENT,
      status: CaseStatus.CLOSED,
      address: '赤壁市北渠',
      latitude: 29.7164,
      longitude: 113.8979,
      community: ref(liumiqiao),
      reporter: ref(worker),
      idempotencyKey: 'article-0929',
      reportedAt: at('2026-09-28T22:37:00Z'),
      acceptDueAt: at('2026-09-29T00:37:00Z'),
      assignedUnit: ref(water),
      filedAt: at('2026-09-29T00:33:00Z'),
      acknowledgeDueAt: at('2026-09-29T02:33:30Z'),
      acknowledgedAt: at('2026-09-29T00:41:00Z'),
      dueAt: at('2026-09-30T00:33:00Z'),
      handledAt: at('2026-09-29T03:48:00Z'),
      verifyDueAt: at('2026-09-29T11:48:00Z'),
      closedAt: at('2026-09-29T06:20:00Z'),
    });
    event(c, 'REPORTED', at('2026-09-28T22:37:00Z'), worker);
    event(c, 'ACCEPTED', at('2026-09-29T00:33:00Z'), officer, null, '核实受理，值班长同意立案');
    event(c, 'DISPATCHED', at('2026-09-29T00:33:30Z'), officer, water);
    event(c, 'ACKNOWLEDGED', at('2026-09-29T00:41:00Z'), rep, water, '已电话联系上报人，约定上午到场');
    event(c, 'HANDLED', at('2026-09-29T03:48:00Z'), rep, water, '已处理完毕，现场干净整洁');
    event(c, 'VERIFIED', at('2026-09-29T06:10:00Z'), worker, water, '网格监督员现场核查完毕');
    event(c, 'CLOSED', at('2026-09-29T06:20:00Z'), officer, water);
    em.create(FollowUp, {
      caseFile: ref(c),
      closedAt: at('2026-09-29T06:20:00Z'),
      unit: ref(water),
      solved: FollowUpSolved.SOLVED,
      satisfaction: FollowUpSatisfaction.SATISFIED,
      note: '网格员回复：垃圾已清运，现场干净',
      source: FollowUpSource.COMMAND_CENTER,
      recordedBy: ref(officer),
      recordedAt: at('2026-09-29T08:05:00Z'),
    });
    event(c, 'FOLLOWED_UP', at('2026-09-29T08:05:00Z'), officer, water);
  }
  await em.flush();

  await insertQuarter(em, {
    from: at('2026-06-30T16:00:00Z'),
    to: at('2026-09-30T16:00:00Z'),
    reported: ARTICLE_QUARTER.reported - 1,
    filed: ARTICLE_QUARTER.filed - 1,
    closed: ARTICLE_QUARTER.closed - 1,
    unitIds: ['水利和湖泊局', '城市管理执法局', '住房和城乡建设局', '国网赤壁市供电公司', '应急管理局'].flatMap((name) => units.get(name)?.id ?? []),
    communityIds: [...communities.values()].map((c) => c.id),
    reporterId: worker.id,
    officerId: officer.id,
    gridWorkerId: worker.id,
    unitRepId: rep.id,
    keyPrefix: 'demo-q3-',
  });

  // Today's queue: new reports, two with 水利和湖泊局, one awaiting the grid worker's check.
  if (await em.findOne(CaseFile, { idempotencyKey: 'demo-today-1' })) return;
  const now = Date.now();
  const today = [
    { key: 'demo-today-1', title: '六米桥路口垃圾桶满溢', category: CaseCategory.ENVIRONMENT, status: CaseStatus.REPORTED, hoursAgo: 0.5 },
    { key: 'demo-today-2', title: '翠泉花苑路灯不亮', category: CaseCategory.LIGHTING, status: CaseStatus.REPORTED, hoursAgo: 3 },
    { key: 'demo-today-3', title: '北渠沿线漂浮物', category: CaseCategory.ENVIRONMENT, status: CaseStatus.DISPATCHED, hoursAgo: 5 },
    { key: 'demo-today-4', title: '雨水井堵塞', category: CaseCategory.DRAINAGE, status: CaseStatus.DISPATCHED, hoursAgo: 30 },
    { key: 'demo-today-5', title: '河滨花园排水沟淤积', category: CaseCategory.DRAINAGE, status: CaseStatus.HANDLED, hoursAgo: 8 },
  ];
  for (const t of today) {
    const reportedAt = new Date(now - t.hoursAgo * 3_600_000);
    const dispatched = t.status !== CaseStatus.REPORTED;
    const filedAt = new Date(reportedAt.getTime() + 3_600_000);
    const handledAt = new Date(filedAt.getTime() + 2 * 3_600_000);
    // 北渠沿线漂浮物 waits in the unit's inbox, past its two hours to sign for it.
    const signed = dispatched && t.key !== 'demo-today-3';
    const c = em.create(CaseFile, {
      title: t.title,
      category: t.category,
      status: t.status,
      community: ref(liumiqiao),
      reporter: ref(worker),
      idempotencyKey: t.key,
      reportedAt,
      acceptDueAt: new Date(reportedAt.getTime() + 2 * 3_600_000),
      assignedUnit: dispatched ? ref(water) : null,
      filedAt: dispatched ? filedAt : null,
      dueAt: dispatched ? new Date(filedAt.getTime() + 24 * 3_600_000) : null,
      acknowledgeDueAt: dispatched ? new Date(filedAt.getTime() + 2 * 3_600_000) : null,
      acknowledgedAt: signed ? new Date(filedAt.getTime() + 0.5 * 3_600_000) : null,
      handledAt: t.status === CaseStatus.HANDLED ? handledAt : null,
      verifyDueAt: t.status === CaseStatus.HANDLED ? new Date(handledAt.getTime() + 8 * 3_600_000) : null,
    });
    event(c, 'REPORTED', reportedAt, worker);
    if (dispatched) {
      event(c, 'ACCEPTED', filedAt, officer);
      event(c, 'DISPATCHED', filedAt, officer, water);
      if (signed) event(c, 'ACKNOWLEDGED', new Date(filedAt.getTime() + 0.5 * 3_600_000), rep, water);
    }
    if (t.status === CaseStatus.HANDLED) event(c, 'HANDLED', handledAt, rep, water, '已清淤');
  }
  await em.flush();
}
