import { LockMode } from '@mikro-orm/postgresql';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { audit } from '../../shared/audit/audit';
import { AppError, forbidden, notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { RequestService } from '../../shared/request-service';
import { Community } from '../org/community.entity';
import { TaskSignup } from './signup.entity';
import { Task } from './task.entity';
import { Team } from './team.entity';
import { SignupStatus } from './volunteer.enums';
import { confirmsHours, hoursToConfirmFilter } from './volunteer.policy';
import { requireVolunteer, retryKey } from './volunteer.service';

@ObjectType()
export class ServiceHours {
  @Field(() => Float, { description: 'Confirmed task hours plus the hours of party orders done (党员领单).' }) totalHours: number;
  @Field(() => Float, { description: 'Of which: party orders taken and done.' }) partyOrderHours: number;
  @Field(() => [TaskSignup], { description: 'Confirmed service, newest first.' }) records: TaskSignup[];
}

@ObjectType()
export class CommunityHours {
  @Field(() => Community) community: Community;
  @Field(() => Float) hours: number;
  @Field(() => Int) volunteers: number;
}

@ObjectType()
export class TeamHours {
  @Field(() => Team) team: Team;
  @Field(() => Float) hours: number;
}

const EARLY_MS = 60 * 60_000;
const round = (hours: number) => Math.round(hours * 2) / 2;

/** Check-in and check-out by the volunteer, hours confirmed by the secretary: 志愿服务时长. */
export class HoursService extends RequestService {
  checkIn(taskId: string, key?: string | null) {
    return this.mark(taskId, 'in', retryKey(key));
  }

  checkOut(taskId: string, key?: string | null) {
    return this.mark(taskId, 'out', retryKey(key));
  }

  async confirm(signupId: string, hours?: number | null): Promise<TaskSignup> {
    if (!isId(signupId)) throw notFound('task');
    return this.em.transactional(async (tx) => {
      const signup = await tx.findOne(TaskSignup, signupId, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['task'] });
      if (!signup) throw notFound('task');
      const task = signup.task.getEntity();
      if (!(await confirmsHours(this.policy, task.community.id, signup.volunteer.id))) throw forbidden();
      if (signup.status !== SignupStatus.CONFIRMED || !signup.checkedInAt || !signup.checkedOutAt) throw new AppError('CONFLICT', 'hours.notCheckedOut');
      const measured = round((signup.checkedOutAt.getTime() - signup.checkedInAt.getTime()) / 3_600_000);
      const value = hours ?? measured;
      if (!(value >= 0 && value <= 24)) throw new AppError('BAD_USER_INPUT', 'input.invalid', { details: 'hours: 0–24' });
      signup.confirmedHours = value;
      signup.confirmedAt = new Date();
      audit(tx, this.viewer, { action: 'HOURS_CONFIRMED', subjectType: 'Task', subjectId: task.id, data: { signup: signup.id, hours: value } });
      return signup;
    });
  }

  /** Checked-out, unconfirmed service the viewer may confirm: as secretary, their community's; as captain, their members'. */
  async awaitingConfirmation(): Promise<TaskSignup[]> {
    const mine = await hoursToConfirmFilter(this.policy);
    if (!mine) return [];
    return this.em.find(
      TaskSignup,
      { $and: [{ status: SignupStatus.CONFIRMED, checkedOutAt: { $ne: null }, confirmedHours: null }, mine] },
      { orderBy: { checkedOutAt: 'asc' }, limit: 200 },
    );
  }

  async mine(): Promise<ServiceHours> {
    const volunteer = await requireVolunteer(this.em, this.me);
    const records = await this.em.find(TaskSignup, { volunteer: volunteer.id, confirmedHours: { $ne: null } }, { orderBy: { confirmedAt: 'desc' }, limit: 500 });
    // Party orders keep their hours on the order row (party_order.hours), counted once done.
    const [orders] = await this.em.execute<{ hours: number }[]>('select coalesce(sum(hours), 0)::float as hours from party_order where taken_by_id = ? and done_at is not null', [
      this.me.userId,
    ]);
    const partyOrderHours = Number(orders.hours);
    return { totalHours: records.reduce((sum, r) => sum + Number(r.confirmedHours), 0) + partyOrderHours, partyOrderHours, records };
  }

  async byCommunity(from: Date, to: Date): Promise<CommunityHours[]> {
    const rows = await this.em.execute(
      `SELECT t.community_id, sum(s.confirmed_hours) AS hours, count(DISTINCT s.volunteer_id) AS volunteers
       FROM task_signup s JOIN volunteer_task t ON t.id = s.task_id
       WHERE s.confirmed_hours IS NOT NULL AND t.starts_at >= ? AND t.starts_at < ? GROUP BY t.community_id ORDER BY sum(s.confirmed_hours) DESC`,
      [from, to],
    );
    const communities = new Map((await this.em.find(Community, { id: { $in: rows.map((r) => r.community_id) } })).map((c) => [c.id, c]));
    return rows.flatMap((r) =>
      communities.has(r.community_id) ? [{ community: communities.get(r.community_id) as Community, hours: Number(r.hours), volunteers: Number(r.volunteers) }] : [],
    );
  }

  async byTeam(from: Date, to: Date): Promise<TeamHours[]> {
    const rows = await this.em.execute(
      `SELECT m.team_id, sum(s.confirmed_hours) AS hours
       FROM volunteer_team_member m JOIN task_signup s ON s.volunteer_id = m.volunteer_id JOIN volunteer_task t ON t.id = s.task_id
       WHERE s.confirmed_hours IS NOT NULL AND t.starts_at >= ? AND t.starts_at < ? GROUP BY m.team_id ORDER BY sum(s.confirmed_hours) DESC`,
      [from, to],
    );
    const teams = new Map((await this.em.find(Team, { id: { $in: rows.map((r) => r.team_id) } })).map((t) => [t.id, t]));
    return rows.flatMap((r) => (teams.has(r.team_id) ? [{ team: teams.get(r.team_id) as Team, hours: Number(r.hours) }] : []));
  }

  /** The sign-up's row lock orders retries: one with the key that made the mark returns the record, not CONFLICT. */
  private async mark(taskId: string, which: 'in' | 'out', key: string | null): Promise<TaskSignup> {
    const volunteer = await requireVolunteer(this.em, this.me);
    if (!isId(taskId)) throw notFound('task');
    return this.em.transactional(async (tx) => {
      const task = await tx.findOne(Task, taskId);
      if (!task) throw notFound('task');
      const signup = await tx.findOne(TaskSignup, { task: task.id, activeVolunteerId: volunteer.id, status: SignupStatus.CONFIRMED }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!signup) throw new AppError('CONFLICT', 'task.notSignedUp');
      const now = Date.now();
      if (which === 'in') {
        if (signup.checkedInAt && key && signup.checkInKey === key) return signup;
        if (signup.checkedInAt) throw new AppError('CONFLICT', 'hours.already');
        if (now < task.startsAt.getTime() - EARLY_MS || now > task.endsAt.getTime()) throw new AppError('CONFLICT', 'hours.notNow');
        signup.checkedInAt = new Date(now);
        signup.checkInKey = key;
      } else {
        if (signup.checkedOutAt && key && signup.checkOutKey === key) return signup;
        if (!signup.checkedInAt) throw new AppError('CONFLICT', 'hours.notCheckedIn');
        if (signup.checkedOutAt) throw new AppError('CONFLICT', 'hours.already');
        signup.checkedOutAt = new Date(now);
        signup.checkOutKey = key;
      }
      return signup;
    });
  }
}
