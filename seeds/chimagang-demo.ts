import { type EntityManager, ref } from '@mikro-orm/postgresql';
import { Household } from '../api/src/modules/care/household.entity';
import { addDays, chinaToday } from '../api/src/modules/care/recurrence';
import { RibbonEvent, RibbonRequest } from '../api/src/modules/care/ribbon.entity';
import { VisitFrequency, VisitSchedule } from '../api/src/modules/care/schedule.entity';
import { Visit } from '../api/src/modules/care/visit.entity';
import { NeedCategory } from '../api/src/modules/joint/joint.enums';
import { JointMeeting } from '../api/src/modules/joint/meeting.entity';
import type { Community } from '../api/src/modules/org/community.entity';
import type { PartnerUnit } from '../api/src/modules/org/partner-unit.entity';
import { User } from '../api/src/modules/org/user.entity';
import { TaskSignup } from '../api/src/modules/volunteer/signup.entity';
import { Task } from '../api/src/modules/volunteer/task.entity';
import { Team, TeamKind } from '../api/src/modules/volunteer/team.entity';
import { Volunteer } from '../api/src/modules/volunteer/volunteer.entity';
import { seedMeeting } from './joint';

// 赤马港社区, the demo secretary 游和清's week: last month's joint meeting with three signed units,
// needs at every stage (claimed, half-claimed, waiting, a draft), this week's volunteer tasks with
// sign-ups, the 老街 door-knocking group's twice-weekly visits (one overdue) and an open yellow ribbon.
// Dates are relative to today, so the week is always "this week". Found by meeting title: loading
// twice adds nothing.

const MEETING_TITLE = '赤马港社区党建联席会（秋季）';
const DAY = 86_400_000;

// Their accounts are demo accounts (seeds/demo.ts DEMO_ACCOUNTS): made there, profiled here.
const VOLUNTEERS: { username: string; skills: string[]; grid: string }[] = [
  { username: 'cmg-wang', skills: ['买菜', '陪护', '做家务'], grid: '赤马港老街网格' },
  { username: 'cmg-liu', skills: ['水电维修', '消防', '巡逻'], grid: '赤马港老街网格' },
  { username: 'cmg-chen', skills: ['辅导作业', '文艺'], grid: '河滨花园小区' },
];

export async function loadChimagangDemo(em: EntityManager, communities: Map<string, Community>, units: Map<string, PartnerUnit>): Promise<void> {
  const community = communities.get('赤马港社区');
  if (!community || (await em.findOne(JointMeeting, { community: community.id, title: MEETING_TITLE }))) return;
  const secretary = await em.findOneOrFail(User, { username: 'secretary' });
  const grids = new Map((await community.grids.loadItems()).map((g) => [g.name, g]));
  const now = Date.now();

  // The meeting three weeks ago: three units signed and took needs on the spot.
  const heldAt = new Date(now - 21 * DAY);
  await seedMeeting(
    em,
    {
      community: '赤马港社区',
      title: MEETING_TITLE,
      heldAt: heldAt.toISOString(),
      place: '赤马港社区党群服务中心',
      agenda: '签订共驻共建协议；认领老街改造与河滨花园需求',
      validUntil: new Date(now + 3 * 365 * DAY).toISOString(),
      sign: ['应急管理局', '水利和湖泊局', '教育局'],
      needs: [
        { title: '河滨花园消防通道清理', category: NeedCategory.SAFETY, grid: '河滨花园小区', claimedBy: ['应急管理局'], description: '消防通道被电动车和杂物占用' },
        { title: '赤马港老街雨污分流', category: NeedCategory.INFRASTRUCTURE, grid: '赤马港老街网格', max: 2, claimedBy: ['水利和湖泊局'] },
        { title: '留守儿童周末托管', category: NeedCategory.CHILDREN, grid: '河滨花园小区', max: 2, claimedBy: ['教育局'] },
        { title: '老旧小区加装电梯政策咨询', category: NeedCategory.INFRASTRUCTURE, grid: '河滨花园小区', description: '三栋居民联名提出' },
        { title: '老街独居老人助餐', category: NeedCategory.ELDERLY_CARE, grid: '赤马港老街网格', max: 3 },
        { title: '社区文化墙绘制', category: NeedCategory.CULTURE, draft: true },
      ],
    },
    communities,
    units,
    secretary,
  );

  // Volunteers of the community.
  const volunteers: Volunteer[] = [];
  for (const v of VOLUNTEERS) {
    const user = await em.findOneOrFail(User, { username: v.username });
    const grid = grids.get(v.grid);
    volunteers.push(
      em.create(Volunteer, {
        user: ref(user),
        skills: v.skills,
        community: ref(community),
        grid: grid ? ref(grid) : null,
        availability: ['MON_AM', 'THU_AM', 'SAT_AM', 'SAT_PM'],
        partyMember: true,
      }),
    );
  }
  const [wang, liu, chen] = volunteers;

  const team = em.create(Team, { community: ref(community), name: '老街敲门组', kind: TeamKind.DOOR_KNOCKING, captain: ref(wang) });
  team.members.set([wang, liu]);
  const patrol = em.create(Team, { community: ref(community), name: '赤马港黄丝带服务队', kind: TeamKind.YELLOW_RIBBON, captain: ref(liu) });
  patrol.members.set([liu, wang]);

  const oldStreet = grids.get('赤马港老街网格');
  const household = em.create(Household, {
    community: ref(community),
    grid: oldStreet ? ref(oldStreet) : null,
    residents: '张桂英',
    address: '赤马港老街 27 号',
    situation: '八十二岁独居，腿脚不便，女儿在武汉工作',
    emergencyContact: '女儿 13900002718',
    consent: true,
    team: ref(team),
  });
  // Mondays and Thursdays; the last Monday or Thursday before today was missed, so it shows as overdue.
  const schedule = em.create(VisitSchedule, {
    household: ref(household),
    team: ref(team),
    frequency: VisitFrequency.WEEKLY,
    weekdays: [1, 4],
    startsOn: addDays(chinaToday(), -28),
    services: ['买菜', '测血压'],
  });
  const due: string[] = [];
  for (let n = 28; n >= 1; n--) {
    const day = addDays(chinaToday(), -n);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday === 1 || weekday === 4) due.push(day);
  }
  const missed = due.at(-1);
  for (const dueOn of due) {
    if (dueOn === missed) continue;
    em.create(Visit, {
      household: ref(household),
      schedule: ref(schedule),
      dueOn,
      visitor: ref(wang.user.getEntity()),
      visitedAt: new Date(`${dueOn}T02:00:00Z`),
      servicesDone: ['买菜', '测血压'],
    });
  }

  // A yellow ribbon hung this morning at a second household: the patrol has not answered yet.
  const neighbour = em.create(Household, {
    community: ref(community),
    grid: oldStreet ? ref(oldStreet) : null,
    residents: '周德明夫妇',
    address: '赤马港老街 31 号',
    situation: '老两口，老伴刚出院',
    consent: true,
    team: ref(team),
  });
  const ribbon = em.create(RibbonRequest, {
    household: ref(neighbour),
    raisedBy: ref(liu.user.getEntity()),
    raisedAt: new Date(now - 3 * 3_600_000),
    note: '门口挂了黄丝带，需要帮忙取药',
  });
  em.create(RibbonEvent, { request: ref(ribbon), action: 'RAISED', actor: ref(liu.user.getEntity()), at: ribbon.raisedAt, note: ribbon.note });

  // This week's tasks, with sign-ups.
  const at = (days: number, hour: number) => new Date(`${addDays(chinaToday(), days)}T${String(hour - 8).padStart(2, '0')}:00:00Z`);
  const riverside = grids.get('河滨花园小区');
  const sorting = em.create(Task, {
    title: '河滨花园垃圾分类宣传',
    community: ref(community),
    grid: riverside ? ref(riverside) : null,
    requiredSkills: [],
    startsAt: at(2, 9),
    endsAt: at(2, 11),
    capacity: 8,
    place: '河滨花园小区广场',
  });
  const tutoring = em.create(Task, {
    title: '留守儿童周末作业辅导',
    community: ref(community),
    grid: riverside ? ref(riverside) : null,
    requiredSkills: ['辅导作业'],
    startsAt: at(3, 14),
    endsAt: at(3, 16),
    capacity: 2,
  });
  for (const v of [wang, liu, chen]) em.create(TaskSignup, { task: ref(sorting), volunteer: ref(v), activeVolunteerId: v.id });
  em.create(TaskSignup, { task: ref(tutoring), volunteer: ref(chen), activeVolunteerId: chen.id });
  sorting.signupCount = 3;
  tutoring.signupCount = 1;
  await em.flush();
}
