import { type EntityManager, ref, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { audit } from '../../shared/audit/audit';
import { assertSecretaryOf } from '../../shared/auth/scope';
import { AppError, notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import { transition } from '../../shared/workflow/transition';
import { Need } from '../joint/need.entity';
import { Community } from '../org/community.entity';
import { Grid } from '../org/grid.entity';
import { TaskSignup } from './signup.entity';
import { Task } from './task.entity';
import { EVERY_TASK_STATUS, TASK_FLOW } from './task-flow';
import type { Volunteer } from './volunteer.entity';
import { SignupStatus, TaskStatus } from './volunteer.enums';
import type { CreateTaskInput } from './volunteer.inputs';
import { cleanSkills, requireVolunteer, retryKey } from './volunteer.service';

// VOLUNTEER_TOPIC lives in task-flow.ts with the events that publish on it.
export { VOLUNTEER_TOPIC } from './task-flow';

const conflict = (key: 'task.full' | 'task.notOpen' | 'task.already' | 'task.overlap' | 'task.notSignedUp' | 'task.notFull', params = {}) => new AppError('CONFLICT', key, params);

/** OPEN or FULL follows the count; CLOSED and CANCELLED stay. */
function settle(task: Task): void {
  if (task.status === TaskStatus.OPEN || task.status === TaskStatus.FULL) task.status = task.signupCount >= task.capacity ? TaskStatus.FULL : TaskStatus.OPEN;
}

/**
 * Tasks and sign-ups, race-free: a sign-up locks the task's row, so concurrent volunteers queue on
 * it and the count never passes capacity (the check constraint stands behind that).
 */
export class TaskService extends RequestService {
  list(communityId?: string | null): Promise<Task[]> {
    if (communityId && !isId(communityId)) return Promise.resolve([]);
    return this.em.find(Task, communityId ? { community: communityId } : {}, { orderBy: { startsAt: 'asc', id: 'asc' }, limit: 500 });
  }

  async create(input: CreateTaskInput): Promise<Task> {
    const community = isId(input.communityId) ? await this.em.findOne(Community, input.communityId) : null;
    if (!community) throw notFound('community');
    assertSecretaryOf(this.viewer, community.id);
    if (input.endsAt <= input.startsAt) throw new AppError('BAD_USER_INPUT', 'input.badPeriod');
    let need: Need | null = null;
    if (input.needId) {
      need = isId(input.needId) ? await this.em.findOne(Need, input.needId) : null;
      if (!need || need.community.id !== community.id) throw notFound('need');
    }
    let grid: Grid | null = null;
    if (input.gridId) {
      grid = isId(input.gridId) ? await this.em.findOne(Grid, input.gridId) : null;
      if (!grid || grid.community.id !== community.id) throw notFound('grid');
    }
    const task = this.em.create(Task, {
      title: trimmed(input.title),
      community: ref(community),
      need: need ? ref(need) : null,
      grid: grid ? ref(grid) : null,
      place: trimmed(input.place) || null,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      requiredSkills: cleanSkills(input.requiredSkills),
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      capacity: input.capacity,
    });
    audit(this.em, this.viewer, { action: 'TASK_CREATED', subjectType: 'Task', subjectId: task.id, data: { title: task.title } });
    await this.em.flush();
    return task;
  }

  /** A retry with the same key (a phone's outbox) returns the first sign-up, even when the task has filled up since. */
  async signUp(taskId: string, waitlist = false, idempotencyKey?: string | null): Promise<TaskSignup> {
    const viewer = this.me;
    const key = retryKey(idempotencyKey);
    const volunteer = await requireVolunteer(this.em, viewer);
    let signup: TaskSignup | undefined;
    try {
      await transition(this.em, viewer, TASK_FLOW, taskId, {
        action: waitlist ? 'WAITLISTED' : 'SIGNED_UP',
        // Every status: a retry finds its first answer whatever the task has become; the refusals come in apply.
        from: EVERY_TASK_STATUS,
        apply: async (task, { tx }) => {
          // Under the task's lock, so a racing retry with the same key sees the first one's committed row.
          const earlier = key ? await tx.findOne(TaskSignup, { volunteer: volunteer.id, idempotencyKey: key }) : null;
          if (earlier) {
            signup = earlier;
            return { unchanged: true };
          }
          signup = await this.newSignup(tx, task, volunteer, waitlist, key);
          return { data: { volunteer: volunteer.id } };
        },
      });
      return signup as TaskSignup;
    } catch (error) {
      // The unique (volunteer, key) constraint stands behind the lock: whatever got in first is the answer.
      if (key && error instanceof UniqueConstraintViolationException) {
        const first = await this.em.fork().findOne(TaskSignup, { volunteer: volunteer.id, idempotencyKey: key });
        if (first) return first;
      }
      throw error;
    }
  }

  private async newSignup(tx: EntityManager, task: Task, volunteer: Volunteer, waitlist: boolean, key: string | null): Promise<TaskSignup> {
    if (await tx.findOne(TaskSignup, { task: task.id, activeVolunteerId: volunteer.id })) throw conflict('task.already');
    if (task.status === TaskStatus.CLOSED || task.status === TaskStatus.CANCELLED) throw TASK_FLOW.wrongStatus(task.status);
    const full = task.signupCount >= task.capacity;
    if (!waitlist && full) throw conflict('task.full');
    if (waitlist && !full) throw conflict('task.notFull');
    await this.checkOverlap(tx, volunteer.id, task);
    const signup = tx.create(TaskSignup, {
      task: ref(task),
      volunteer: ref(volunteer),
      activeVolunteerId: volunteer.id,
      status: waitlist ? SignupStatus.WAITLISTED : SignupStatus.CONFIRMED,
      idempotencyKey: key,
    });
    if (!waitlist) task.signupCount += 1;
    settle(task);
    return signup;
  }

  /** Leaving frees the place; the first in the waiting line takes it and is told. */
  async withdraw(taskId: string): Promise<boolean> {
    const viewer = this.me;
    const volunteer = await requireVolunteer(this.em, viewer);
    let promoted: string | null = null;
    await transition(this.em, viewer, TASK_FLOW, taskId, {
      action: 'WITHDRAWN',
      from: EVERY_TASK_STATUS,
      apply: async (task, { tx }) => {
        const signup = await tx.findOne(TaskSignup, { task: task.id, activeVolunteerId: volunteer.id });
        if (!signup) throw conflict('task.notSignedUp');
        const hadPlace = signup.status === SignupStatus.CONFIRMED;
        signup.status = SignupStatus.WITHDRAWN;
        signup.activeVolunteerId = null;
        signup.withdrawnAt = new Date();
        if (hadPlace) {
          task.signupCount -= 1;
          const next = await tx.findOne(TaskSignup, { task: task.id, status: SignupStatus.WAITLISTED }, { orderBy: { signedUpAt: 'asc', id: 'asc' } });
          if (next) {
            next.status = SignupStatus.CONFIRMED;
            next.promotedAt = new Date();
            task.signupCount += 1;
            promoted = next.volunteer.id;
          }
        }
        settle(task);
        return { data: { volunteer: volunteer.id } };
      },
      after: async (task, { emit }) => {
        if (promoted) await emit({ subject: task, action: 'PROMOTED', data: { volunteer: promoted } });
      },
    });
    return true;
  }

  private async checkOverlap(tx: EntityManager, volunteerId: string, task: Task): Promise<void> {
    const clash = await tx.count(TaskSignup, {
      volunteer: volunteerId,
      status: SignupStatus.CONFIRMED,
      task: { id: { $ne: task.id }, status: { $ne: TaskStatus.CANCELLED }, startsAt: { $lt: task.endsAt }, endsAt: { $gt: task.startsAt } },
    });
    if (clash) throw conflict('task.overlap');
  }
}
