import { type EntityManager, ref } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/viewer';
import { notifyOnCommit } from '../../shared/pubsub';
import { notify, unitReps } from '../notify/notify';
import { NotificationKind } from '../notify/notify.enums';
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
  await notifyForStep(em, caseFile, action, unitId ?? null);
}

// The steps that ask a unit to act; its representatives and its work group hear of them.
const UNIT_STEPS: Record<string, NotificationKind> = {
  DISPATCHED: NotificationKind.CASE_DISPATCHED,
  REWORK: NotificationKind.CASE_REWORK,
  REOPENED: NotificationKind.CASE_REWORK,
  EXTENSION_GRANTED: NotificationKind.EXTENSION_GRANTED,
  EXTENSION_REFUSED: NotificationKind.EXTENSION_REFUSED,
};

async function notifyForStep(em: EntityManager, caseFile: CaseFile, action: string, stepUnitId: string | null): Promise<void> {
  const kind = UNIT_STEPS[action];
  const unitId = stepUnitId ?? caseFile.assignedUnit?.id ?? null;
  if (!kind || !unitId) return;
  await notify(em, {
    kind,
    to: unitReps(unitId),
    objectType: 'Case',
    objectId: caseFile.id,
    params: { number: caseFile.number ?? '', title: caseFile.title },
    group: kind === NotificationKind.CASE_DISPATCHED || kind === NotificationKind.CASE_REWORK ? { unitId } : undefined,
  });
}
