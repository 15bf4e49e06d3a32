import { type EntityManager, ref } from '@mikro-orm/postgresql';
import { CaseFile } from '../api/src/modules/case/case.entity';
import { CaseCategory, CaseStatus } from '../api/src/modules/case/case.enums';
import { CaseEvent } from '../api/src/modules/case/case-event.entity';
import { CaseSource } from '../api/src/modules/case/case-source';
import type { Community } from '../api/src/modules/org/community.entity';
import type { PartnerUnit } from '../api/src/modules/org/partner-unit.entity';
import { User } from '../api/src/modules/org/user.entity';
import { ResidentAccount } from '../api/src/modules/resident/resident.entity';
import { Role } from '../api/src/shared/auth/role';

// 市民下单 in the demo: one resident per community (the phone number is the username), and 李红 of
// 赤马港 with three reports of her own — one closed by the water bureau, one with it now, one new.
// A step of its own, after the others, with fixed data and times counted back from the load.

export const DEMO_RESIDENTS: { phone: string; name: string; community: string }[] = [
  { phone: '13907150001', name: '李红', community: '赤马港社区' },
  { phone: '13907150002', name: '周建华', community: '和尚岭社区' },
  { phone: '13907150003', name: '陈美玲', community: '红旗桥社区' },
  { phone: '13907150004', name: '吴国强', community: '六米桥社区' },
];

const HOUR = 3_600_000;

export async function loadResidentDemo(em: EntityManager, communities: Map<string, Community>, units: Map<string, PartnerUnit>, passwordHash: string): Promise<void> {
  for (const r of DEMO_RESIDENTS) {
    const community = communities.get(r.community);
    if (!community) continue;
    const user =
      (await em.findOne(User, { username: r.phone })) ??
      em.create(User, { username: r.phone, displayName: r.name, passwordHash, roles: [Role.RESIDENT], community: ref(community) });
    user.phone = r.phone;
    if (!(await em.findOne(ResidentAccount, { user: user.id }))) em.create(ResidentAccount, { user: ref(user) });
  }
  await em.flush();

  const li = await em.findOne(User, { username: DEMO_RESIDENTS[0].phone });
  const chimagang = communities.get('赤马港社区');
  const water = units.get('水利和湖泊局');
  const officer = await em.findOne(User, { username: 'command' });
  const rep = await em.findOne(User, { username: 'unitrep' });
  if (!li || !chimagang || !water || !officer || !rep || (await em.findOne(CaseFile, { reporter: li.id, idempotencyKey: 'demo-resident-1' }))) return;
  const now = Date.now();
  const ago = (hours: number) => new Date(now - hours * HOUR);
  const base = { community: ref(chimagang), reporter: ref(li), source: CaseSource.RESIDENT, address: '赤马港老街' };
  const event = (c: CaseFile, action: string, at: Date, actor: User, unit: PartnerUnit | null = null, note: string | null = null) =>
    em.create(CaseEvent, { caseFile: ref(c), action, at, actor: ref(actor), unit: unit ? ref(unit) : null, note });

  const closed = em.create(CaseFile, {
    ...base,
    title: '老街 12 号门口雨水篦子堵塞',
    description: '下雨积水到脚踝，老人出门不便',
    category: CaseCategory.DRAINAGE,
    status: CaseStatus.CLOSED,
    latitude: 29.7192,
    longitude: 113.9031,
    idempotencyKey: 'demo-resident-1',
    reportedAt: ago(76),
    acceptDueAt: ago(74),
    filedAt: ago(75),
    assignedUnit: ref(water),
    acknowledgeDueAt: ago(73),
    acknowledgedAt: ago(74.5),
    dueAt: ago(51),
    handledAt: ago(60),
    verifyDueAt: ago(52),
    closedAt: ago(55),
  });
  event(closed, 'REPORTED', ago(76), li);
  event(closed, 'ACCEPTED', ago(75.5), officer, null, '市民上报，核实受理');
  event(closed, 'DISPATCHED', ago(75), officer, water);
  event(closed, 'ACKNOWLEDGED', ago(74.5), rep, water, '已联系上报人');
  event(closed, 'HANDLED', ago(60), rep, water, '清掏完毕');
  event(closed, 'VERIFIED', ago(57), officer, water);
  event(closed, 'CLOSED', ago(55), officer, water);

  const dispatched = em.create(CaseFile, {
    ...base,
    title: '河边护栏松动',
    category: CaseCategory.SAFETY,
    status: CaseStatus.DISPATCHED,
    idempotencyKey: 'demo-resident-2',
    reportedAt: ago(6),
    acceptDueAt: ago(4),
    filedAt: ago(5),
    assignedUnit: ref(water),
    acknowledgeDueAt: ago(3),
    dueAt: new Date(now + 19 * HOUR),
  });
  event(dispatched, 'REPORTED', ago(6), li);
  event(dispatched, 'ACCEPTED', ago(5.5), officer);
  event(dispatched, 'DISPATCHED', ago(5), officer, water);

  const fresh = em.create(CaseFile, {
    ...base,
    title: '路边废弃沙发无人清理',
    category: CaseCategory.ENVIRONMENT,
    idempotencyKey: 'demo-resident-3',
    reportedAt: ago(0.25),
    acceptDueAt: new Date(now + 1.75 * HOUR),
  });
  event(fresh, 'REPORTED', ago(0.25), li);
  await em.flush();
}
