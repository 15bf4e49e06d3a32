import { type EntityManager, ref } from '@mikro-orm/postgresql';
import { CaseFile } from '../api/src/modules/case/case.entity';
import { CaseCategory, CaseStatus } from '../api/src/modules/case/case.enums';
import { CaseEvent } from '../api/src/modules/case/case-event.entity';
import { NeedCategory, NeedStatus } from '../api/src/modules/joint/joint.enums';
import { Need } from '../api/src/modules/joint/need.entity';
import { NeedEvent } from '../api/src/modules/joint/need-event.entity';
import { PartyOrder, PartyOrderKind } from '../api/src/modules/order/order.entity';
import type { Community } from '../api/src/modules/org/community.entity';
import { User } from '../api/src/modules/org/user.entity';
import { Volunteer } from '../api/src/modules/volunteer/volunteer.entity';
import { Role } from '../api/src/shared/auth/role';

// 党员领单 in the demo, at 六米桥社区: two more party-member volunteers beside 戴彩虹, a loose
// fitness bench the centre routed to them that 戴彩虹 took and saw closed, a stairwell bulb the
// secretary routed that 张建国 changed, and a broken bench and a handrail still waiting for a taker.
// A step of its own, after the others, with fixed data and times counted back from the load.

export const DEMO_PARTY_MEMBERS = [
  { username: 'lmq-zhang', name: '张建国', grid: '翠泉花苑小区', phone: '13907158001' },
  { username: 'lmq-li', name: '李春梅', grid: '六米桥一网格', phone: '13907158002' },
];

const HOUR = 3_600_000;

export async function loadPartyOrderDemo(em: EntityManager, communities: Map<string, Community>, passwordHash: string): Promise<void> {
  const community = communities.get('六米桥社区');
  if (!community || (await em.count(PartyOrder, { community: community.id }))) return;
  const grids = new Map((await community.grids.loadItems()).map((g) => [g.name, g]));
  for (const p of DEMO_PARTY_MEMBERS) {
    const user =
      (await em.findOne(User, { username: p.username })) ??
      em.create(User, { username: p.username, displayName: p.name, passwordHash, roles: [Role.VOLUNTEER], community: ref(community), phone: p.phone });
    const grid = grids.get(p.grid);
    if (!(await em.findOne(Volunteer, { user: user.id })))
      em.create(Volunteer, { user: ref(user), skills: ['水电维修', '巡逻'], community: ref(community), grid: grid ? ref(grid) : null, partyMember: true });
  }
  await em.flush();

  const [dai, zhang, worker, command, secretary] = await Promise.all(['volunteer', 'lmq-zhang', 'gridworker', 'command', 'lmq'].map((username) => em.findOne(User, { username })));
  if (!dai || !zhang || !worker || !command || !secretary) return;
  const now = Date.now();
  const ago = (hours: number) => new Date(now - hours * HOUR);
  const caseEvent = (c: CaseFile, action: string, at: Date, actor: User, note: string | null = null) =>
    em.create(CaseEvent, { caseFile: ref(c), action, at, actor: ref(actor), note });
  const needEvent = (n: Need, action: string, at: Date, actor: User, note: string | null = null) => em.create(NeedEvent, { need: ref(n), action, at, actor: ref(actor), note });

  // Closed: reported, accepted, routed, taken, handled with a note, verified, closed; 2 hours for 戴彩虹.
  const bench = em.create(CaseFile, {
    title: '翠泉花苑健身器材螺丝松动',
    description: '单杠立柱螺丝松了，老人锻炼时晃得厉害',
    category: CaseCategory.OTHER,
    status: CaseStatus.CLOSED,
    address: '翠泉花苑 5 栋旁健身角',
    community: ref(community),
    reporter: ref(worker),
    reportedAt: ago(50),
    acceptDueAt: ago(48),
    filedAt: ago(49),
    dueAt: ago(25),
    acknowledgedAt: ago(47),
    handledAt: ago(30),
    verifyDueAt: ago(22),
    closedAt: ago(26),
  });
  caseEvent(bench, 'REPORTED', ago(50), worker);
  caseEvent(bench, 'ACCEPTED', ago(49.5), command);
  caseEvent(bench, 'ROUTED_TO_PARTY', ago(49), command);
  caseEvent(bench, 'ORDER_TAKEN', ago(47), dai);
  caseEvent(bench, 'HANDLED', ago(30), dai, '已拧紧全部螺丝，加了防松垫片');
  caseEvent(bench, 'VERIFIED', ago(28), worker);
  caseEvent(bench, 'CLOSED', ago(26), command);
  em.create(PartyOrder, {
    kind: PartyOrderKind.CASE,
    caseFile: ref(bench),
    community: ref(community),
    title: bench.title,
    place: bench.address,
    routedBy: ref(command),
    routedAt: ago(49),
    takenBy: ref(dai),
    takenAt: ago(47),
    doneAt: ago(26),
    hours: 2,
  });

  // Open: routed this morning, nobody has taken it yet (sign in as lmq-zhang or lmq-li to take it).
  const broken = em.create(CaseFile, {
    title: '六米桥一网格健身广场长椅断裂',
    category: CaseCategory.OTHER,
    status: CaseStatus.DISPATCHED,
    address: '六米桥一网格健身广场',
    community: ref(community),
    reporter: ref(worker),
    reportedAt: ago(4),
    acceptDueAt: ago(2),
    filedAt: ago(3),
    dueAt: new Date(now + 21 * HOUR),
  });
  caseEvent(broken, 'REPORTED', ago(4), worker);
  caseEvent(broken, 'ACCEPTED', ago(3.5), command);
  caseEvent(broken, 'ROUTED_TO_PARTY', ago(3), command);
  em.create(PartyOrder, {
    kind: PartyOrderKind.CASE,
    caseFile: ref(broken),
    community: ref(community),
    title: broken.title,
    place: broken.address,
    routedBy: ref(command),
    routedAt: ago(3),
  });

  // Needs the secretary routed: one done by 张建国 (1.5 hours), one waiting.
  const cuiquan = grids.get('翠泉花苑小区');
  const bulbs = em.create(Need, {
    community: ref(community),
    grid: cuiquan ? ref(cuiquan) : null,
    title: '翠泉花苑 3 栋楼道灯泡更换',
    category: NeedCategory.ELDERLY_CARE,
    location: '翠泉花苑 3 栋',
    status: NeedStatus.DONE,
    publishedAt: ago(74),
    completionReportedAt: ago(20),
    closedAt: ago(20),
    createdAt: ago(75),
  });
  needEvent(bulbs, 'CREATED', ago(75), secretary);
  needEvent(bulbs, 'PUBLISHED', ago(74), secretary);
  needEvent(bulbs, 'ROUTED_TO_PARTY', ago(72), secretary);
  needEvent(bulbs, 'ORDER_TAKEN', ago(70), zhang);
  needEvent(bulbs, 'DONE', ago(20), zhang, '三楼、五楼灯泡已换，顺手清了楼道杂物');
  em.create(PartyOrder, {
    kind: PartyOrderKind.NEED,
    need: ref(bulbs),
    community: ref(community),
    title: bulbs.title,
    place: bulbs.location,
    routedBy: ref(secretary),
    routedAt: ago(72),
    takenBy: ref(zhang),
    takenAt: ago(70),
    doneAt: ago(20),
    doneNote: '三楼、五楼灯泡已换，顺手清了楼道杂物',
    hours: 1.5,
  });
  const rail = em.create(Need, {
    community: ref(community),
    title: '为独居老人家门口楼梯安装扶手',
    category: NeedCategory.ELDERLY_CARE,
    location: '六米桥一网格 7 栋',
    status: NeedStatus.IN_PROGRESS,
    publishedAt: ago(10),
    createdAt: ago(11),
  });
  needEvent(rail, 'CREATED', ago(11), secretary);
  needEvent(rail, 'PUBLISHED', ago(10), secretary);
  needEvent(rail, 'ROUTED_TO_PARTY', ago(6), secretary);
  em.create(PartyOrder, {
    kind: PartyOrderKind.NEED,
    need: ref(rail),
    community: ref(community),
    title: rail.title,
    place: rail.location,
    routedBy: ref(secretary),
    routedAt: ago(6),
    hours: 2,
  });
  await em.flush();
}
