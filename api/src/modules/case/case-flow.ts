import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { AppError } from '../../shared/errors';
import type { Flow, Transition } from '../../shared/workflow/transition';
import { CaseFile } from './case.entity';
import type { CaseStatus } from './case.enums';
import { caseFilter } from './case.policy';
import { recordCaseEvent } from './case-events';

/** Everything that can happen to a case, as its events name it. */
export const CASE_ACTIONS = [
  'REPORTED',
  'ACCEPTED',
  'REJECTED',
  'DISPATCHED',
  'ACKNOWLEDGED',
  'HANDLED',
  'RETURNED',
  'VERIFIED',
  'REWORK',
  'REOPENED',
  'CLOSED',
  'FOLLOWED_UP',
  'EXTENSION_REQUESTED',
  'EXTENSION_GRANTED',
  'EXTENSION_REFUSED',
  'ROUTED_TO_PARTY',
  'ORDER_TAKEN',
  'ESCALATED',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];
export type CaseTransition = Transition<CaseFile, CaseStatus, CaseAction>;

/**
 * 市民下单、平台派单、单位接单、党员领单: a case is read locked within what the viewer may see (the case
 * policy's filter); its event names the unit the step concerns (the one it leaves, when it leaves one).
 * Two officers acting on one case at once: the second waits for the lock, then finds the status moved on.
 */
export const CASE_FLOW: Flow<CaseFile, CaseStatus, CaseAction> = {
  noun: 'case',
  lock: (tx: EntityManager, id: string, viewer) => tx.findOne(CaseFile, { $and: [{ id }, caseFilter(viewer)] }, { lockMode: LockMode.PESSIMISTIC_WRITE }),
  status: (c) => c.status,
  wrongStatus: (status) => new AppError('CONFLICT', 'case.wrongStatus', { status }),
  record: (tx, viewer, e) => recordCaseEvent(tx, e.subject, viewer, e.action, e.note ?? null, e.unitId ?? e.subject.assignedUnit?.id ?? null),
};
