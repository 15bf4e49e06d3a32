import { ref, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { AppError, notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import { openCase } from '../case/case.service';
import { NeedCategory } from '../joint/joint.enums';
import { openNeed } from '../joint/need.service';
import { User } from '../org/user.entity';
import type { RecordVisitInput } from './care.inputs';
import { householdFilter } from './care.policy';
import { assertDue } from './care.service';
import { Household } from './household.entity';
import { chinaToday } from './recurrence';
import { VisitSchedule } from './schedule.entity';
import { Visit } from './visit.entity';

export class VisitService extends RequestService {
  /** Records a visit; a concern can become a DRAFT need for the secretary or a reported case, in the same transaction. */
  async record(input: RecordVisitInput): Promise<Visit> {
    const viewer = this.me;
    const key = trimmed(input.idempotencyKey) || null;
    if (key) {
      const earlier = await this.em.findOne(Visit, { visitor: viewer.userId, idempotencyKey: key });
      if (earlier) return earlier;
    }
    if (!isId(input.householdId)) throw notFound('household');
    const household = await this.em.findOne(Household, { $and: [{ id: input.householdId }, await householdFilter(this.policy)] });
    if (!household) throw notFound('household');
    let schedule: VisitSchedule | null = null;
    const dueOn = input.dueOn ?? chinaToday();
    if (input.scheduleId) {
      schedule = isId(input.scheduleId) ? await this.em.findOne(VisitSchedule, { id: input.scheduleId, household: household.id }) : null;
      if (!schedule) throw notFound('schedule');
      assertDue(schedule, dueOn);
    }
    try {
      return await this.em.transactional(async (tx) => {
        const visit = tx.create(Visit, {
          household: ref(household),
          schedule: schedule ? ref(schedule) : null,
          dueOn: schedule ? dueOn : null,
          visitor: tx.getReference(User, viewer.userId, { wrapped: true }),
          servicesDone: [...new Set((input.servicesDone ?? []).map((s) => s.trim()).filter(Boolean))],
          concerns: trimmed(input.concerns) || null,
          idempotencyKey: key,
        });
        if (input.raiseNeed) {
          const need = await openNeed(
            tx,
            viewer,
            {
              community: household.community,
              grid: household.grid,
              title: trimmed(input.raiseNeed.title),
              category: input.raiseNeed.needCategory ?? NeedCategory.ELDERLY_CARE,
              description: visit.concerns,
              location: household.address,
            },
            '走访中发现',
          );
          visit.raisedNeedId = need.id;
        }
        if (input.raiseCase) {
          const caseFile = await openCase(
            tx,
            viewer,
            { title: trimmed(input.raiseCase.title), description: visit.concerns, address: household.address, community: household.community },
            '走访中发现',
          );
          visit.raisedCaseId = caseFile.id;
        }
        return visit;
      });
    } catch (error) {
      // Two retries racing with one key: the unique (visitor, key) constraint let one in; return it.
      if (key) {
        const first = await this.em.fork().findOne(Visit, { visitor: viewer.userId, idempotencyKey: key });
        if (first) return first;
      }
      if (error instanceof UniqueConstraintViolationException) throw new AppError('CONFLICT', 'care.duplicateVisit');
      throw error;
    }
  }
}
