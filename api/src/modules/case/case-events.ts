import { type EntityManager, ref } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/viewer';
import { notifyOnCommit } from '../../shared/pubsub';
import { PartnerUnit } from '../org/partner-unit.entity';
import { User } from '../org/user.entity';
import type { CaseFile } from './case.entity';
import { CaseEvent } from './case-event.entity';

export const CASE_TOPIC = 'case-queue';

export interface CasePayload {
  caseId: string;
  action: string;
  status: string;
  unitId: string | null;
  communityId: string | null;
}

/** Records a step of the case and tells live queues, in the caller's transaction. */
export async function recordCaseEvent(em: EntityManager, caseFile: CaseFile, viewer: Viewer, action: string, note?: string | null, unitId?: string | null): Promise<void> {
  em.persist(
    em.create(CaseEvent, {
      caseFile: ref(caseFile),
      action,
      actor: em.getReference(User, viewer.userId, { wrapped: true }),
      unit: unitId ? em.getReference(PartnerUnit, unitId, { wrapped: true }) : null,
      note: note ?? null,
    }),
  );
  const payload: CasePayload = { caseId: caseFile.id, action, status: caseFile.status, unitId: caseFile.assignedUnit?.id ?? null, communityId: caseFile.community?.id ?? null };
  await notifyOnCommit(em, CASE_TOPIC, payload);
}
