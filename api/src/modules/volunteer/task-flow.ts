import { LockMode } from '@mikro-orm/postgresql';
import { audit } from '../../shared/audit/audit';
import { conflict } from '../../shared/errors';
import { notifyOnCommit } from '../../shared/pubsub';
import type { Flow, Transition } from '../../shared/workflow/transition';
import { notify, volunteerUser } from '../notify/notify';
import { NotificationKind } from '../notify/notify.enums';
import { Task } from './task.entity';
import { TaskStatus } from './volunteer.enums';

export const VOLUNTEER_TOPIC = 'volunteer-news';

/** What happens to a task's places: a volunteer signs up or joins the waiting line, withdraws, or is promoted from the line. */
export const TASK_ACTIONS = ['SIGNED_UP', 'WAITLISTED', 'WITHDRAWN', 'PROMOTED'] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];
export type TaskTransition = Transition<Task, TaskStatus, TaskAction>;
export const EVERY_TASK_STATUS = Object.values(TaskStatus);

/**
 * Sign-ups change a task's places, so they lock the task's row: concurrent volunteers queue on it and the
 * count never passes capacity. Their events are audit rows (TASK_SIGNED_UP, …) naming the volunteer; a
 * promotion from the waiting line is told to the volunteer and to live lists.
 */
export const TASK_FLOW: Flow<Task, TaskStatus, TaskAction> = {
  noun: 'task',
  lock: (tx, id: string) => tx.findOne(Task, id, { lockMode: LockMode.PESSIMISTIC_WRITE }),
  status: (task) => task.status,
  wrongStatus: (status) => conflict('task.notOpen', { status }),
  async record(tx, viewer, e) {
    const volunteer = e.data?.volunteer ?? null;
    audit(tx, viewer, { action: `TASK_${e.action}`, subjectType: 'Task', subjectId: e.subject.id, data: { volunteer } });
    if (e.action === 'PROMOTED' && volunteer) {
      await notifyOnCommit(tx, VOLUNTEER_TOPIC, { action: 'PROMOTED', taskId: e.subject.id, volunteerId: volunteer });
      await notify(tx, { kind: NotificationKind.TASK_PROMOTED, to: volunteerUser(volunteer), objectType: 'Task', objectId: e.subject.id, params: { title: e.subject.title } });
    }
  },
};
