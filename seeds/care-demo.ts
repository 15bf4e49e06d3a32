import { type EntityManager, ref } from '@mikro-orm/postgresql';
import { Household } from '../api/src/modules/care/household.entity';
import { addDays, chinaToday } from '../api/src/modules/care/recurrence';
import { VisitFrequency, VisitSchedule } from '../api/src/modules/care/schedule.entity';
import { Visit } from '../api/src/modules/care/visit.entity';
import type { Community } from '../api/src/modules/org/community.entity';
import { User } from '../api/src/modules/org/user.entity';
import { Task } from '../api/src/modules/volunteer/task.entity';
import { Team, TeamKind } from '../api/src/modules/volunteer/team.entity';
import { Volunteer } from '../api/src/modules/volunteer/volunteer.entity';

// 六米桥社区 翠泉花苑: the 益家亲 door-knocking group led by 戴彩虹 visits 黎逢保 and his wife every
// day — groceries, housework, a haircut now and then — and a yellow-ribbon team patrols.

export async function loadCareDemo(em: EntityManager, communities: Map<string, Community>): Promise<void> {
  const community = communities.get('六米桥社区');
  if (!community || (await em.findOne(Team, { community: community.id, name: '益家亲敲门组' }))) return;
  const dai = await em.findOneOrFail(User, { username: 'volunteer' });
  const grid = (await community.grids.loadItems()).find((g) => g.name === '翠泉花苑小区') ?? null;
  const volunteer =
    (await em.findOne(Volunteer, { user: dai.id })) ??
    em.create(Volunteer, {
      user: ref(dai),
      skills: ['买菜', '做家务', '理发', '陪护'],
      community: ref(community),
      grid: grid ? ref(grid) : null,
      availability: ['MON_AM', 'TUE_AM', 'WED_AM', 'THU_AM', 'FRI_AM', 'SAT_PM'],
      partyMember: true,
    });
  const team = em.create(Team, { community: ref(community), name: '益家亲敲门组', kind: TeamKind.DOOR_KNOCKING, captain: ref(volunteer) });
  team.members.add(volunteer);
  const ribbon = em.create(Team, { community: ref(community), name: '黄丝带服务队', kind: TeamKind.YELLOW_RIBBON, captain: ref(volunteer) });
  ribbon.members.add(volunteer);
  const household = em.create(Household, {
    community: ref(community),
    grid: grid ? ref(grid) : null,
    residents: '黎逢保夫妇',
    address: '六米桥社区翠泉花苑小区',
    situation: '老两口年近八旬，行动不便，儿女在外打工谋生',
    consent: true,
    team: ref(team),
  });
  const daily = em.create(VisitSchedule, {
    household: ref(household),
    team: ref(team),
    frequency: VisitFrequency.DAILY,
    startsOn: addDays(chinaToday(), -30),
    services: ['买菜', '做家务'],
  });
  // Thirty days of visits, with one day missed four days ago so the count shows.
  for (let n = 30; n >= 1; n--) {
    if (n === 4) continue;
    const dueOn = addDays(chinaToday(), -n);
    em.create(Visit, { household: ref(household), schedule: ref(daily), dueOn, visitor: ref(dai), visitedAt: new Date(`${dueOn}T01:30:00Z`), servicesDone: ['买菜', '做家务'] });
  }
  em.create(VisitSchedule, {
    household: ref(household),
    team: ref(team),
    frequency: VisitFrequency.MONTHLY,
    dayOfMonth: 15,
    startsOn: addDays(chinaToday(), -90),
    services: ['理发'],
  });
  const day = (n: number, hour: number) => new Date(`${addDays(chinaToday(), n)}T${String(hour - 8).padStart(2, '0')}:00:00Z`);
  em.create(Task, {
    title: '为黎逢保老人理发',
    community: ref(community),
    grid: grid ? ref(grid) : null,
    requiredSkills: ['理发'],
    startsAt: day(2, 15),
    endsAt: day(2, 16),
    capacity: 1,
  });
  em.create(Task, {
    title: '河滨花园消防应急演练志愿者',
    community: ref(community),
    requiredSkills: ['消防'],
    startsAt: day(5, 9),
    endsAt: day(5, 11),
    capacity: 10,
    place: '河滨花园小区',
  });
  em.create(Task, { title: '街巷“十乱”巡查', community: ref(community), requiredSkills: [], startsAt: day(1, 18), endsAt: day(1, 20), capacity: 6 });
  await em.flush();
}
