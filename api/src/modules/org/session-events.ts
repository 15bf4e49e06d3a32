import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { notifyOnCommit } from '../../shared/pubsub';
import { Session } from './session.entity';

export const SESSION_TOPIC = 'sessions-ended';

/** Sign-ins that ended: one session, or every session of the user but `keepSessionId`. */
export interface SessionsEnded {
  userId: string;
  sessionId?: string;
  keepSessionId?: string;
  why: 'signedOut' | 'deactivated' | 'passwordChanged' | 'passwordReset';
}

/** A user's roles, community or unit changed: their sign-ins live on, but their sockets reconnect to be heard as who they are now. */
export interface AccessChanged {
  userId: string;
  why: 'accessChanged';
}

/** Ends those sign-ins in the caller's transaction: their tokens stop working, and on commit every API process closes their sockets. */
export async function endSessions(em: EntityManager, ended: SessionsEnded): Promise<void> {
  const where: FilterQuery<Session> = { user: ended.userId, revokedAt: null };
  if (ended.sessionId) where.id = ended.sessionId;
  else if (ended.keepSessionId) where.id = { $ne: ended.keepSessionId };
  await em.nativeUpdate(Session, where, { revokedAt: new Date() });
  await notifyOnCommit(em, SESSION_TOPIC, ended);
}

/** On commit, every API process closes the user's sockets; their clients reconnect with the new roles and scope. */
export async function announceAccessChange(em: EntityManager, userId: string): Promise<void> {
  const changed: AccessChanged = { userId, why: 'accessChanged' };
  await notifyOnCommit(em, SESSION_TOPIC, changed);
}

/** Of these sign-ins, those still alive: not revoked, not expired, of an active account. */
export async function liveSessionIds(em: EntityManager, sessionIds: string[]): Promise<Set<string>> {
  if (!sessionIds.length) return new Set();
  const alive = await em.find(
    Session,
    { id: { $in: sessionIds }, revokedAt: null, expiresAt: { $gt: new Date() }, user: { active: true } },
    { fields: ['id'], disableIdentityMap: true },
  );
  return new Set(alive.map((session) => session.id));
}

/** Whether that sign-in is one of those that ended. */
export function hasEnded(ended: SessionsEnded | AccessChanged, signIn: { userId: string; sessionId: string }): boolean {
  if (ended.userId !== signIn.userId) return false;
  if (ended.why === 'accessChanged') return true;
  return ended.sessionId ? ended.sessionId === signIn.sessionId : ended.keepSessionId !== signIn.sessionId;
}
