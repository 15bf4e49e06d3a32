import { createHash, randomBytes } from 'node:crypto';
import { type EntityManager, ref } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { audit } from '../../shared/audit/audit';
import type { Role } from '../../shared/auth/role';
import type { Viewer } from '../../shared/auth/viewer';
import { AppError, badCredentials, unauthenticated } from '../../shared/errors';
import { LoginFailure } from './login-failure.entity';
import { admitAttempt, attemptFailed, FAILURE_MEMORY_HOURS, forgetFailures } from './login-throttle';
import { burnVerification, hashPassword, verifyPassword } from './password';
import { Session } from './session.entity';
import { endSessions } from './session-events';
import { User } from './user.entity';

const TOKEN_PREFIX = 'gj_';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface LoginResult {
  token: string;
  user: User;
}

export class AuthService {
  constructor(private readonly ctx: Context) {}

  private get em(): EntityManager {
    return this.ctx.em;
  }

  async login(usernameInput: string, password: string): Promise<LoginResult> {
    const username = usernameInput.trim().toLowerCase().slice(0, 200);
    const ip = this.ctx.ip.slice(0, 64);
    // Every attempt, aliased or not, is admitted (and counted) one at a time before its password is checked.
    const attempt = await admitAttempt(this.em, username, ip);
    const user = username ? await this.em.findOne(User, { username }, { populate: ['passwordHash'] }) : null;
    let ok = false;
    if (user) ok = await verifyPassword(user.passwordHash, password);
    else await burnVerification(password);
    if (!user || !ok || !user.active) {
      await attemptFailed(this.em, attempt);
      throw badCredentials();
    }
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const session = this.em.create(Session, { tokenHash: hashToken(token), user: ref(user), expiresAt: new Date(Date.now() + this.ctx.config.sessionTtlHours * 3_600_000), ip });
    user.lastLoginAt = new Date();
    audit(
      this.em,
      { userId: user.id, sessionId: session.id, roles: user.roles, communityId: null, unitId: null },
      { action: 'SIGNED_IN', subjectType: 'User', subjectId: user.id },
    );
    await this.em.flush();
    await forgetFailures(this.em, username, ip);
    return { token, user };
  }

  async logout(): Promise<boolean> {
    const { viewer, sessionId } = this.ctx;
    if (!viewer || !sessionId) throw unauthenticated();
    await this.em.transactional((em) => endSessions(em, { userId: viewer.userId, sessionId, why: 'signedOut' }));
    return true;
  }

  async changePassword(current: string, next: string): Promise<boolean> {
    const viewer = this.ctx.viewer;
    if (!viewer) throw unauthenticated();
    const user = await this.em.findOneOrFail(User, viewer.userId, { populate: ['passwordHash'] });
    if (!(await verifyPassword(user.passwordHash, current))) throw new AppError('BAD_USER_INPUT', 'auth.wrongPassword');
    const passwordHash = await hashPassword(next);
    await this.em.transactional(async (em) => {
      user.passwordHash = passwordHash;
      user.passwordChangedAt = new Date();
      // Other sign-ins end, their live sockets with them; this one stays.
      await endSessions(em, { userId: user.id, keepSessionId: viewer.sessionId, why: 'passwordChanged' });
      audit(em, viewer, { action: 'PASSWORD_CHANGED', subjectType: 'User', subjectId: user.id });
    });
    return true;
  }
}

/** The viewer behind a bearer token, or null when it is missing, unknown, expired, revoked or its user is inactive. */
export async function viewerFromToken(em: EntityManager, token: string | null): Promise<Viewer | null> {
  if (!token?.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  // Every request runs this: one hand-written statement, not an entity load the QueryBuilder has to build.
  const [row] = await em.execute<ViewerRow[]>(VIEWER_SQL, [hashToken(token), new Date()]);
  if (!row) return null;
  return { userId: row.user_id, sessionId: row.session_id, roles: row.roles, communityId: row.community_id, unitId: row.unit_id };
}

interface ViewerRow {
  session_id: string;
  user_id: string;
  roles: Role[];
  community_id: string | null;
  unit_id: string | null;
}

const VIEWER_SQL = `SELECT s.id AS session_id, u.id AS user_id, u.roles, u.community_id, u.unit_id
  FROM session s JOIN app_user u ON u.id = s.user_id
  WHERE s.token_hash = ? AND s.revoked_at IS NULL AND s.expires_at > ? AND u.active`;

/** Sessions that ended over this long ago are deleted; until then their address helps look into an incident. */
export const ENDED_SESSION_KEEP_DAYS = 7;

/** Failures the throttle no longer remembers and long-ended sessions are of no use; housekeeping deletes them. */
export async function pruneAuthTables(em: EntityManager): Promise<{ failures: number; sessions: number }> {
  const failures = await em.nativeDelete(LoginFailure, { at: { $lt: new Date(Date.now() - FAILURE_MEMORY_HOURS * 3_600_000) } });
  const endedBefore = new Date(Date.now() - ENDED_SESSION_KEEP_DAYS * 24 * 3_600_000);
  const sessions = await em.nativeDelete(Session, { $or: [{ expiresAt: { $lt: endedBefore } }, { revokedAt: { $lt: endedBefore } }] });
  return { failures, sessions };
}
