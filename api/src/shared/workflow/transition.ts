import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { type AppError, forbidden, notFound } from '../errors';
import type { Noun } from '../i18n/messages';
import { isId } from '../ids';
import { trimmed } from '../validation';

// One way to change state. Cases, needs (and their claims), volunteer sign-ups and yellow ribbons each
// declare a Flow: how a row is read locked for the viewer, what status it is in, and how one of its
// events is recorded (the history row, the live topic, the notification of who must act). A change is
// a Transition of that flow: typed action, the statuses it may leave, the rule beyond the resolver's role,
// and what it changes. `transition` runs every one the same way, in one transaction:
//   locked read (NOT_FOUND when the viewer may not see it) → rule (FORBIDDEN) → status (CONFLICT)
//   → apply → its event → what it sets off (`after`, with its own events after).
// The one-statement claim of the meeting storm (joint/claim.service.ts) is the exception by design: it
// writes the same event and notification rows in SQL, and falls back to a transition when it cannot decide.

/** What a transition's change may add to its event. */
export type EventDetail = {
  unitId?: string | null;
  meetingId?: string | null;
  note?: string | null;
  /** What else the flow's record keeps of it (a sign-up's volunteer). */
  data?: Record<string, string | null>;
  /** Nothing changed after all (a retry that finds its first answer): no event, nothing set off. */
  unchanged?: boolean;
};

/** One event of a flow: what happened to which row, with a note and the unit it concerns. */
export interface FlowEvent<T, A extends string> {
  subject: T;
  action: A;
  note?: string | null;
  unitId?: string | null;
  meetingId?: string | null;
  data?: Record<string, string | null>;
}

/** What a transition's steps may use: the transaction, the viewer, and `emit` for further events of the same flow, recorded at once. */
export interface FlowContext<T, A extends string> {
  tx: EntityManager;
  viewer: Viewer;
  emit(event: FlowEvent<T, A>): Promise<void>;
}

export interface Flow<T, S extends string, A extends string, K = string> {
  /** What NOT_FOUND names when the key finds nothing the viewer may see. */
  noun: Noun;
  /** The row, locked FOR UPDATE, if the viewer may see it; the key is what the caller has (an id, or a task's id for the viewer's sign-up). */
  lock(tx: EntityManager, key: K, viewer: Viewer): Promise<T | null>;
  status(subject: T): S;
  /** The CONFLICT for a transition that may not leave this status. */
  wrongStatus(status: S): AppError;
  /** Writes the event row, tells live views and notifies who must act, all in tx. */
  record(tx: EntityManager, viewer: Viewer, event: FlowEvent<T, A>): Promise<void>;
}

export interface Transition<T, S extends string, A extends string> {
  action: A;
  from: readonly S[];
  note?: string | null;
  /** The CONFLICT for this transition's refusal, when it says more than the flow's (a claim on a need no longer open). */
  wrongStatus?: (status: S) => AppError;
  /** Who may take it on this row, beyond the resolver's role (FORBIDDEN otherwise). */
  allowed?: (subject: T, ctx: FlowContext<T, A>) => boolean | Promise<boolean>;
  /** The change; may return the unit or meeting the event concerns. */
  apply: (subject: T, ctx: FlowContext<T, A>) => EventDetail | undefined | Promise<EventDetail | undefined> | void | Promise<void>;
  /** What the change sets off once its event is recorded (a rework after a follow-up, a promotion after a withdrawal). */
  after?: (subject: T, ctx: FlowContext<T, A>) => void | Promise<void>;
}

/** Runs a transition in a transaction of its own (or the caller's, when em is one already). */
export async function transition<T, S extends string, A extends string, K>(
  em: EntityManager,
  viewer: Viewer,
  flow: Flow<T, S, A, K>,
  key: K,
  step: Transition<T, S, A>,
): Promise<T> {
  if (typeof key === 'string' && !isId(key)) throw notFound(flow.noun);
  return em.transactional(async (tx) => {
    const ctx: FlowContext<T, A> = { tx, viewer, emit: (event) => flow.record(tx, viewer, event) };
    const subject = await flow.lock(tx, key, viewer);
    if (!subject) throw notFound(flow.noun);
    if (step.allowed && !(await step.allowed(subject, ctx))) throw forbidden();
    const status = flow.status(subject);
    if (!step.from.includes(status)) throw (step.wrongStatus ?? flow.wrongStatus)(status);
    const extra: EventDetail = (await step.apply(subject, ctx)) ?? {};
    if (extra.unchanged) return subject;
    const note = trimmed(extra.note ?? step.note) || null;
    await flow.record(tx, viewer, { subject, action: step.action, unitId: extra.unitId, meetingId: extra.meetingId, note, data: extra.data });
    if (step.after) await step.after(subject, ctx);
    return subject;
  });
}
