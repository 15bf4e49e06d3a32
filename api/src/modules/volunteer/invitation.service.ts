import { ref, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { assertSecretaryOf } from '../../shared/auth/scope';
import { AppError, notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { notifyOnCommit } from '../../shared/pubsub';
import { RequestService } from '../../shared/request-service';
import { notify, volunteerUser } from '../notify/notify';
import { NotificationKind } from '../notify/notify.enums';
import { User } from '../org/user.entity';
import { Invitation } from './invitation.entity';
import { Task } from './task.entity';
import { VOLUNTEER_TOPIC } from './task.service';
import { Volunteer } from './volunteer.entity';
import { TaskStatus } from './volunteer.enums';
import { requireVolunteer } from './volunteer.service';

export class InvitationService extends RequestService {
  async invite(taskId: string, volunteerId: string): Promise<Invitation> {
    const task = isId(taskId) ? await this.em.findOne(Task, taskId) : null;
    if (!task) throw notFound('task');
    assertSecretaryOf(this.viewer, task.community.id);
    if (task.status === TaskStatus.CLOSED || task.status === TaskStatus.CANCELLED) throw new AppError('CONFLICT', 'task.notOpen', { status: task.status });
    const volunteer = isId(volunteerId) ? await this.em.findOne(Volunteer, volunteerId) : null;
    if (!volunteer?.active) throw notFound('volunteer');
    const invitation = this.em.create(Invitation, { task: ref(task), volunteer: ref(volunteer), invitedBy: this.em.getReference(User, this.me.userId, { wrapped: true }) });
    try {
      await this.em.transactional(async (tx) => {
        tx.persist(invitation);
        await notifyOnCommit(tx, VOLUNTEER_TOPIC, { action: 'INVITED', taskId: task.id, volunteerId: volunteer.id });
        await notify(tx, { kind: NotificationKind.TASK_INVITED, to: volunteerUser(volunteer.id), objectType: 'Task', objectId: task.id, params: { title: task.title } });
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new AppError('CONFLICT', 'task.alreadyInvited');
      throw error;
    }
    return invitation;
  }

  /** Invitations to tasks that have not started, newest first. */
  async mine(): Promise<Invitation[]> {
    const volunteer = await requireVolunteer(this.em, this.me);
    return this.em.find(
      Invitation,
      { volunteer: volunteer.id, task: { startsAt: { $gt: new Date() }, status: { $in: [TaskStatus.OPEN, TaskStatus.FULL] } } },
      { orderBy: { invitedAt: 'desc' }, limit: 100 },
    );
  }
}
