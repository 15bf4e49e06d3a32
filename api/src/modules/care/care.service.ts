import { type FilterQuery, ref } from '@mikro-orm/postgresql';
import { audit } from '../../shared/audit/audit';
import { assertSecretaryOf } from '../../shared/auth/scope';
import { AppError, forbidden, notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import { Community } from '../org/community.entity';
import { Grid } from '../org/grid.entity';
import { Team } from '../volunteer/team.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import type { CreateTeamInput, HouseholdInput, VisitScheduleInput } from './care.inputs';
import { householdFilter, teamFilter } from './care.policy';
import { Household } from './household.entity';
import { addDays, chinaToday, EARLIEST_DAY, isIsoDate, LATEST_DAY, occurrences, occursOn, type Recurrence } from './recurrence';
import { VisitSchedule } from './schedule.entity';
import { Visit } from './visit.entity';

export const ruleOf = (s: VisitSchedule): Recurrence => ({
  frequency: s.frequency,
  interval: s.interval,
  weekdays: s.weekdays,
  dayOfMonth: s.dayOfMonth ?? undefined,
  startsOn: String(s.startsOn).slice(0, 10),
});

/** A visit recorded against a schedule must answer one of its days. */
export function assertDue(schedule: VisitSchedule, day: string): void {
  if (!occursOn(ruleOf(schedule), day)) throw new AppError('BAD_USER_INPUT', 'care.notDue', { date: day });
}

export interface DueVisitRow {
  schedule: VisitSchedule;
  household: Household;
  dueOn: string;
  overdue: boolean;
}

const OVERDUE_WINDOW_DAYS = 14;
const MISSED_WINDOW_DAYS = 365;

export class CareService extends RequestService {
  async createTeam(input: CreateTeamInput): Promise<Team> {
    const community = await this.community(input.communityId);
    assertSecretaryOf(this.viewer, community.id);
    const volunteers = await this.volunteers([...(input.memberIds ?? []), ...(input.captainId ? [input.captainId] : [])]);
    const team = this.em.create(Team, {
      community: ref(community),
      name: trimmed(input.name),
      kind: input.kind,
      captain: input.captainId ? ref(volunteers.get(input.captainId) as Volunteer) : null,
    });
    team.members.set([...volunteers.values()]);
    audit(this.em, this.viewer, { action: 'TEAM_CREATED', subjectType: 'Team', subjectId: team.id, data: { name: team.name } });
    await this.em.flush();
    return team;
  }

  async teams(communityId: string): Promise<Team[]> {
    if (!isId(communityId)) return [];
    const where = await teamFilter(this.policy, communityId);
    if (!where) throw forbidden();
    return this.em.find(Team, where, { orderBy: { name: 'asc' } });
  }

  async createHousehold(input: HouseholdInput): Promise<Household> {
    const community = await this.community(input.communityId);
    assertSecretaryOf(this.viewer, community.id);
    const household = this.em.create(Household, {
      community: ref(community),
      residents: trimmed(input.residents),
      address: trimmed(input.address),
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      grid: input.gridId ? ref(await this.grid(input.gridId, community.id)) : null,
      situation: trimmed(input.situation) || null,
      emergencyContact: trimmed(input.emergencyContact) || null,
      consent: input.consent,
      team: input.teamId ? ref(await this.team(input.teamId, community.id)) : null,
    });
    audit(this.em, this.viewer, { action: 'HOUSEHOLD_ADDED', subjectType: 'Household', subjectId: household.id });
    await this.em.flush();
    return household;
  }

  async households(communityId?: string | null): Promise<Household[]> {
    const scope = await householdFilter(this.policy);
    const where: FilterQuery<Household> = communityId ? { $and: [scope, { community: isId(communityId) ? communityId : null }] } : scope;
    return this.em.find(Household, where, { orderBy: { address: 'asc' }, limit: 1000 });
  }

  async household(id: string): Promise<Household | null> {
    if (!isId(id)) return null;
    return this.em.findOne(Household, { $and: [{ id }, await householdFilter(this.policy)] });
  }

  async createSchedule(input: VisitScheduleInput): Promise<VisitSchedule> {
    const household = isId(input.householdId) ? await this.em.findOne(Household, input.householdId) : null;
    if (!household) throw notFound('household');
    assertSecretaryOf(this.viewer, household.community.id);
    const team = await this.team(input.teamId, household.community.id);
    if (!isIsoDate(input.startsOn) || input.startsOn < EARLIEST_DAY || input.startsOn > LATEST_DAY)
      throw new AppError('BAD_USER_INPUT', 'input.invalid', { details: `startsOn: YYYY-MM-DD, ${EARLIEST_DAY} – ${LATEST_DAY}` });
    if ((input.weekdays ?? []).some((d) => !Number.isInteger(d) || d < 1 || d > 7)) throw new AppError('BAD_USER_INPUT', 'input.invalid', { details: 'weekdays: 1–7' });
    const schedule = this.em.create(VisitSchedule, {
      household: ref(household),
      team: ref(team),
      frequency: input.frequency,
      interval: input.interval ?? 1,
      weekdays: [...new Set(input.weekdays ?? [])].sort((a, b) => a - b),
      dayOfMonth: input.dayOfMonth ?? null,
      startsOn: input.startsOn,
      services: [...new Set((input.services ?? []).map((s) => s.trim()).filter(Boolean))],
    });
    audit(this.em, this.viewer, { action: 'SCHEDULE_CREATED', subjectType: 'Household', subjectId: household.id });
    await this.em.flush();
    return schedule;
  }

  /** Visits due today and those missed in the last two weeks, for the viewer's households (optionally one team's). */
  async dueVisits(teamId?: string | null, today = chinaToday()): Promise<DueVisitRow[]> {
    const households = await this.households();
    if (!households.length) return [];
    const where: FilterQuery<VisitSchedule> = { household: { $in: households.map((h) => h.id) }, active: true };
    if (teamId) where.team = isId(teamId) ? teamId : null;
    const schedules = await this.em.find(VisitSchedule, where);
    const from = addDays(today, -OVERDUE_WINDOW_DAYS);
    const done = await this.doneDays(
      schedules.map((s) => s.id),
      from,
    );
    const byId = new Map(households.map((h) => [h.id, h]));
    const rows: DueVisitRow[] = [];
    for (const schedule of schedules) {
      for (const day of occurrences(ruleOf(schedule), from, today)) {
        if (done.has(`${schedule.id}:${day}`)) continue;
        rows.push({ schedule, household: byId.get(schedule.household.id) as Household, dueOn: day, overdue: day < today });
      }
    }
    return rows.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn));
  }

  /** Scheduled days before today (within a year) with no visit recorded. */
  async missedVisits(schedule: VisitSchedule, today = chinaToday()): Promise<number> {
    const from = addDays(today, -MISSED_WINDOW_DAYS);
    const done = await this.doneDays([schedule.id], from);
    return occurrences(ruleOf(schedule), from, addDays(today, -1)).filter((day) => !done.has(`${schedule.id}:${day}`)).length;
  }

  /** The calendar: the schedule's days in [from, to] and which were visited. */
  async days(schedule: VisitSchedule, from: string, to: string): Promise<{ date: string; visited: boolean }[]> {
    const dates = occurrences(ruleOf(schedule), from, to);
    if (!dates.length) return [];
    const done = await this.doneDays([schedule.id], dates[0], dates[dates.length - 1]);
    return dates.map((date) => ({ date, visited: done.has(`${schedule.id}:${date}`) }));
  }

  private async doneDays(scheduleIds: string[], from: string, to = LATEST_DAY): Promise<Set<string>> {
    if (!scheduleIds.length) return new Set();
    const visits = await this.em.find(Visit, { schedule: { $in: scheduleIds }, dueOn: { $gte: from, $lte: to } }, { fields: ['schedule', 'dueOn'] });
    return new Set(visits.map((v) => `${v.schedule?.id}:${String(v.dueOn).slice(0, 10)}`));
  }

  private async community(id: string): Promise<Community> {
    const community = isId(id) ? await this.em.findOne(Community, id) : null;
    if (!community) throw notFound('community');
    return community;
  }

  private async grid(id: string, communityId: string): Promise<Grid> {
    const grid = isId(id) ? await this.em.findOne(Grid, id) : null;
    if (!grid || grid.community.id !== communityId) throw notFound('grid');
    return grid;
  }

  private async team(id: string, communityId: string): Promise<Team> {
    const team = isId(id) ? await this.em.findOne(Team, id) : null;
    if (!team || team.community.id !== communityId) throw notFound('team');
    return team;
  }

  private async volunteers(ids: string[]): Promise<Map<string, Volunteer>> {
    const unique = [...new Set(ids)];
    if (unique.some((id) => !isId(id))) throw notFound('volunteer');
    const found = unique.length ? await this.em.find(Volunteer, { id: { $in: unique } }) : [];
    if (found.length !== unique.length) throw notFound('volunteer');
    return new Map(found.map((v) => [v.id, v]));
  }
}
