import { type EntityManager, ref } from '@mikro-orm/postgresql';
import { CaseFile } from '../api/src/modules/case/case.entity';
import { CaseCategory, CaseStatus } from '../api/src/modules/case/case.enums';
import { CaseEvent } from '../api/src/modules/case/case-event.entity';
import type { Community } from '../api/src/modules/org/community.entity';
import type { PartnerUnit } from '../api/src/modules/org/partner-unit.entity';
import { User } from '../api/src/modules/org/user.entity';
import { PatrolRound, type Point, RoadSection } from '../api/src/modules/street/road-section.entity';

// 街长制 in the demo: two road sections of 六米桥社区 with the water bureau's representative as
// street chief and 黄霞's patrol group. 北渠路 was walked every morning of the past six days and
// has a loose manhole cover past its deadline (escalated to its chief); 河滨路 was last walked
// nine days ago, so this week's list shows it unpatrolled. Fixed data, times counted back from
// the load; a step of its own that adds nothing the second time.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const SECTIONS: { name: string; path: Point[]; addresses: string[]; patrollers: string[]; daysAgo: number[] }[] = [
  {
    name: '北渠路',
    path: [
      { lat: 29.7164, lng: 113.893 },
      { lat: 29.7166, lng: 113.898 },
      { lat: 29.7168, lng: 113.903 },
    ],
    addresses: ['北渠路', '北渠'],
    patrollers: ['gridworker'],
    daysAgo: [1, 2, 3, 4, 5, 6],
  },
  {
    name: '河滨路',
    path: [
      { lat: 29.7205, lng: 113.895 },
      { lat: 29.7235, lng: 113.899 },
    ],
    addresses: ['河滨花园', '河滨路'],
    patrollers: ['gridworker', 'volunteer'],
    daysAgo: [9, 12],
  },
];

/** Points along a line, `n` of them, evenly spaced: the trail of a walk. */
const along = (path: Point[], n: number): Point[] =>
  Array.from({ length: n }, (_, i) => {
    const t = (i / (n - 1)) * (path.length - 1);
    const k = Math.min(Math.floor(t), path.length - 2);
    const f = t - k;
    return { lat: path[k].lat + f * (path[k + 1].lat - path[k].lat), lng: path[k].lng + f * (path[k + 1].lng - path[k].lng) };
  });

export async function loadStreetDemo(em: EntityManager, communities: Map<string, Community>, units: Map<string, PartnerUnit>): Promise<void> {
  const liumiqiao = communities.get('六米桥社区');
  const water = units.get('水利和湖泊局');
  const chief = await em.findOne(User, { username: 'unitrep' });
  const worker = await em.findOne(User, { username: 'gridworker' });
  const officer = await em.findOne(User, { username: 'command' });
  if (!liumiqiao || !water || !chief || !worker || !officer) return;
  const now = Date.now();
  // The morning of today, 08:30 China time, as the patrols' start.
  const morning = Math.floor((now + 8 * HOUR) / DAY) * DAY - 8 * HOUR + 8.5 * HOUR;

  for (const s of SECTIONS) {
    if (await em.findOne(RoadSection, { community: liumiqiao.id, name: s.name })) continue;
    const section = em.create(RoadSection, { community: ref(liumiqiao), name: s.name, path: s.path, addresses: s.addresses, chief: ref(chief) });
    const patrollers = await em.find(User, { username: { $in: s.patrollers } });
    section.patrollers.set(patrollers);
    for (const days of s.daysAgo) {
      const start = morning - days * DAY;
      const trail = along(s.path, 9).map((p, i) => ({ ...p, at: new Date(start + i * 5 * 60_000).toISOString() }));
      em.create(PatrolRound, {
        section: ref(section),
        patroller: ref(worker),
        clientKey: `demo-${s.name}-${days}`,
        startedAt: new Date(start),
        endedAt: new Date(start + 40 * 60_000),
        positions: trail,
        note: days === 1 ? '北渠路 26 号井盖松动，已上报' : null,
      });
    }
  }

  if (!(await em.findOne(CaseFile, { idempotencyKey: 'demo-street-1' }))) {
    const reportedAt = new Date(morning - DAY + 20 * 60_000);
    const filedAt = new Date(reportedAt.getTime() + HOUR);
    const c = em.create(CaseFile, {
      title: '北渠路井盖松动',
      description: '巡查途中发现，车辆经过时井盖翻动，已设置临时警示',
      category: CaseCategory.DRAINAGE,
      status: CaseStatus.DISPATCHED,
      address: '赤壁市北渠路 26 号',
      latitude: 29.7166,
      longitude: 113.8985,
      community: ref(liumiqiao),
      reporter: ref(worker),
      idempotencyKey: 'demo-street-1',
      reportedAt,
      acceptDueAt: new Date(reportedAt.getTime() + 2 * HOUR),
      assignedUnit: ref(water),
      filedAt,
      acknowledgeDueAt: new Date(filedAt.getTime() + 2 * HOUR),
      acknowledgedAt: new Date(filedAt.getTime() + 0.5 * HOUR),
      // Four hours to make it safe: long past, so it is escalated to the street chief.
      dueAt: new Date(filedAt.getTime() + 4 * HOUR),
    });
    const event = (action: string, at: Date, actor: User, note: string | null = null) =>
      em.create(CaseEvent, { caseFile: ref(c), action, at, actor: ref(actor), unit: action === 'REPORTED' || action === 'ACCEPTED' ? null : ref(water), note });
    event('REPORTED', reportedAt, worker);
    event('ACCEPTED', filedAt, officer);
    event('DISPATCHED', filedAt, officer);
    event('ACKNOWLEDGED', new Date(filedAt.getTime() + 0.5 * HOUR), chief, '已电话联系，安排抢修');
  }
  await em.flush();
}
