import { type EntityManager, LockMode, ref } from '@mikro-orm/postgresql';
import { AppError } from '../../shared/errors';
import type { Flow, Transition } from '../../shared/workflow/transition';
import { notify, users } from '../notify/notify';
import { NotificationKind } from '../notify/notify.enums';
import { User } from '../org/user.entity';
import { ribbonFilter } from './care.policy';
import { Household } from './household.entity';
import { RibbonEvent, RibbonRequest, type RibbonStatus } from './ribbon.entity';

/** Everything that can happen to a yellow ribbon's request for help. */
export const RIBBON_ACTIONS = ['RAISED', 'ASSIGNED', 'VISITED', 'RESOLVED'] as const;
export type RibbonAction = (typeof RIBBON_ACTIONS)[number];
export type RibbonTransition = Transition<RibbonRequest, RibbonStatus, RibbonAction>;

/** The community of the household that hung the ribbon: whose secretary runs it. */
export async function ribbonCommunity(tx: EntityManager, request: RibbonRequest): Promise<string> {
  return (await tx.findOneOrFail(Household, request.household.id)).community.id;
}

/**
 * A ribbon's request is read locked within the viewer's community; its events are its history, and an
 * assignment by someone else tells the one assigned.
 */
export const RIBBON_FLOW: Flow<RibbonRequest, RibbonStatus, RibbonAction> = {
  noun: 'ribbon',
  lock: (tx, id: string, viewer) => tx.findOne(RibbonRequest, { $and: [{ id }, ribbonFilter(viewer)] }, { lockMode: LockMode.PESSIMISTIC_WRITE }),
  status: (request) => request.status,
  wrongStatus: (status) => new AppError('CONFLICT', 'ribbon.wrongStatus', { status }),
  async record(tx, viewer, e) {
    tx.persist(tx.create(RibbonEvent, { request: ref(e.subject), action: e.action, actor: tx.getReference(User, viewer.userId, { wrapped: true }), note: e.note ?? null }));
    const assignee = e.subject.assignee?.id;
    // Taking it on oneself needs no telling.
    if (e.action === 'ASSIGNED' && assignee && assignee !== viewer.userId) {
      await notify(tx, { kind: NotificationKind.RIBBON_ASSIGNED, to: users(assignee), objectType: 'RibbonRequest', objectId: e.subject.id });
    }
  },
};
