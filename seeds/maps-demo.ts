import { type EntityManager, ref } from '@mikro-orm/postgresql';
import { Household } from '../api/src/modules/care/household.entity';
import { chinaToday } from '../api/src/modules/care/recurrence';
import { VisitFrequency, VisitSchedule } from '../api/src/modules/care/schedule.entity';
import type { Community } from '../api/src/modules/org/community.entity';
import { Task } from '../api/src/modules/volunteer/task.entity';
import { Team } from '../api/src/modules/volunteer/team.entity';

// Where things are in 赤壁 (WGS-84): each community office a point in the old town around
// 29.72 N, 113.89 E, and its tasks and households at fixed offsets from it, so the maps have
// something to show. Four more households on 赤马港 老街敲门组's daily round make its route a route.

const OFFICES: Record<string, [number, number]> = {
  和尚岭社区: [29.7248, 113.8868],
  红旗桥社区: [29.7186, 113.8921],
  赤马港社区: [29.7112, 113.9043],
  六米桥社区: [29.7203, 113.8986],
};

// Metres north and east of the office, in turn; never random, so loading twice lands on the same spots.
const OFFSETS: [number, number][] = [
  [180, -120],
  [-240, 90],
  [60, 310],
  [-90, -380],
  [420, 150],
  [-460, -60],
  [270, -330],
  [-150, 520],
];
const METRE = 1 / 111_195;
const around = ([lat, lng]: [number, number], [north, east]: [number, number]) => ({
  latitude: Math.round((lat + north * METRE) * 1e6) / 1e6,
  longitude: Math.round((lng + (east * METRE) / Math.cos((lat * Math.PI) / 180)) * 1e6) / 1e6,
});

const ROUND: { residents: string; address: string; situation: string; offset: [number, number] | null }[] = [
  { residents: '刘玉珍', address: '赤马港老街 9 号', situation: '独居，患糖尿病，需提醒用药', offset: [120, 260] },
  { residents: '熊家富夫妇', address: '赤马港老街 44 号', situation: '老两口，听力不好', offset: [-210, 140] },
  { residents: '陈满英', address: '赤马港老街 52 号', situation: '九十岁，与孙子同住', offset: [-60, -280] },
  { residents: '周桂兰', address: '赤马港老街 60 号', situation: '刚搬来，位置待网格员核实', offset: null },
];

export async function loadMapsDemo(em: EntityManager, communities: Map<string, Community>): Promise<void> {
  for (const [name, office] of Object.entries(OFFICES)) {
    const community = communities.get(name);
    if (!community) continue;
    if (community.latitude === null) Object.assign(community, { latitude: office[0], longitude: office[1] });
    const tasks = await em.find(Task, { community: community.id }, { orderBy: { title: 'asc' } });
    tasks.forEach((task, i) => {
      if (task.latitude === null) Object.assign(task, around(office, OFFSETS[i % OFFSETS.length]));
    });
    const households = await em.find(Household, { community: community.id }, { orderBy: { address: 'asc' } });
    households.forEach((household, i) => {
      if (household.latitude === null && !ROUND.some((r) => r.address === household.address)) Object.assign(household, around(office, OFFSETS[(i + 3) % OFFSETS.length]));
    });
  }
  await loadRound(em, communities);
  await em.flush();
}

async function loadRound(em: EntityManager, communities: Map<string, Community>): Promise<void> {
  const community = communities.get('赤马港社区');
  const team = community ? await em.findOne(Team, { community: community.id, name: '老街敲门组' }) : null;
  if (!community || !team) return;
  for (const h of ROUND) {
    if (await em.findOne(Household, { community: community.id, address: h.address })) continue;
    const household = em.create(Household, {
      community: ref(community),
      residents: h.residents,
      address: h.address,
      situation: h.situation,
      consent: true,
      team: ref(team),
      ...(h.offset ? around(OFFICES.赤马港社区, h.offset) : {}),
    });
    em.create(VisitSchedule, { household: ref(household), team: ref(team), frequency: VisitFrequency.DAILY, startsOn: chinaToday(), services: ['探望'] });
  }
}
