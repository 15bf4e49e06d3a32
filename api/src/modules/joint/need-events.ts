import { type EntityManager, ref } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/viewer';
import { notifyOnCommit } from '../../shared/pubsub';
import { PartnerUnit } from '../org/partner-unit.entity';
import { User } from '../org/user.entity';
import { NeedStatus } from './joint.enums';
import type { Need } from './need.entity';
import { NeedEvent } from './need-event.entity';

export const BOARD_TOPIC = 'need-board';

/** What a meeting board hears: enough to update itself, small enough for NOTIFY. */
export interface BoardPayload {
  action: string;
  needId: string;
  communityId: string;
  /** The need was a draft after this step: only those who see drafts hear it. */
  draft: boolean;
  meetingId: string | null;
  unitId: string | null;
  at: string;
}

interface Options {
  note?: string | null;
  unitId?: string | null;
  meetingId?: string | null;
}

/** Records a step in the need's life and tells live boards, both inside the caller's transaction. */
export async function recordNeedEvent(em: EntityManager, need: Need, viewer: Viewer, action: string, options: Options = {}): Promise<void> {
  const at = new Date();
  em.persist(
    em.create(NeedEvent, {
      need: ref(need),
      action,
      actor: em.getReference(User, viewer.userId, { wrapped: true }),
      unit: options.unitId ? em.getReference(PartnerUnit, options.unitId, { wrapped: true }) : null,
      meetingId: options.meetingId ?? null,
      note: options.note ?? null,
      at,
    }),
  );
  const payload: BoardPayload = {
    action,
    needId: need.id,
    communityId: need.community.id,
    draft: need.status === NeedStatus.DRAFT,
    meetingId: options.meetingId ?? null,
    unitId: options.unitId ?? null,
    at: at.toISOString(),
  };
  await notifyOnCommit(em, BOARD_TOPIC, payload);
}
