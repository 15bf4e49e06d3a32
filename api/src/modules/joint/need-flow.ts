import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import type { Flow, Transition } from '../../shared/workflow/transition';
import { notify, secretariesOf } from '../notify/notify';
import { NotificationKind } from '../notify/notify.enums';
import { PartnerUnit } from '../org/partner-unit.entity';
import type { NeedStatus } from './joint.enums';
import { wrongNeedStatus } from './joint.errors';
import { needFilter } from './joint.policy';
import { Need } from './need.entity';
import { recordNeedEvent } from './need-events';

/** Everything that can happen to a need and its claims, as its events name it. */
export const NEED_ACTIONS = [
  'CREATED',
  'UPDATED',
  'PUBLISHED',
  'CANCELLED',
  'CLAIMED',
  'RELEASED',
  'PROGRESS',
  'COMPLETION_REPORTED',
  'DONE',
  'ROUTED_TO_PARTY',
  'ORDER_TAKEN',
] as const;
export type NeedAction = (typeof NEED_ACTIONS)[number];
export type NeedTransition = Transition<Need, NeedStatus, NeedAction>;

/**
 * A need is read locked within what the viewer may see (a draft only by its community's secretaries); its
 * claims change under the same lock, so concurrent claimers queue on the need's row. A claim tells the
 * community's secretaries (and its work group) which unit took what. The one-statement claim and release
 * of the meeting storm (claim.service.ts) write the same event and notification rows in SQL.
 */
export const NEED_FLOW: Flow<Need, NeedStatus, NeedAction> = {
  noun: 'need',
  lock: (tx: EntityManager, id: string, viewer) => tx.findOne(Need, { $and: [{ id }, needFilter(viewer)] }, { lockMode: LockMode.PESSIMISTIC_WRITE }),
  status: (need) => need.status,
  wrongStatus: wrongNeedStatus,
  async record(tx, viewer, e) {
    await recordNeedEvent(tx, e.subject, viewer, e.action, { note: e.note ?? null, unitId: e.unitId ?? null, meetingId: e.meetingId ?? null });
    if (e.action === 'CLAIMED' && e.unitId) {
      const unit = await tx.findOneOrFail(PartnerUnit, e.unitId);
      await notify(tx, {
        kind: NotificationKind.NEED_CLAIMED,
        to: secretariesOf(e.subject.community.id),
        objectType: 'Need',
        objectId: e.subject.id,
        params: { unit: unit.name, title: e.subject.title },
        group: { communityId: e.subject.community.id },
      });
    }
  },
};
