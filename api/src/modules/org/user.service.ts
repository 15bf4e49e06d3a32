import { type EntityManager, type FilterQuery, ref } from '@mikro-orm/postgresql';
import { audit } from '../../shared/audit/audit';
import { COMMUNITY_ROLES, Role } from '../../shared/auth/role';
import { flushOrConflict } from '../../shared/db/flush';
import { AppError, badInput, conflict, notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { type Connection, checkCursor, pageSize, toConnection } from '../../shared/pagination';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import { Community } from './community.entity';
import type { CreateUserInput, UpdateUserInput, UserFilter } from './org.inputs';
import { PartnerUnit } from './partner-unit.entity';
import { hashPassword } from './password';
import { announceAccessChange, endSessions } from './session-events';
import { User } from './user.entity';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Accounts, managed by administrators. */
export class UserService extends RequestService {
  async list(filter: UserFilter | null | undefined, first?: number | null, after?: string | null): Promise<Connection<User>> {
    const where: FilterQuery<User> = {};
    const search = trimmed(filter?.search);
    if (search) {
      const like = `%${escapeLike(search)}%`;
      where.$or = [{ username: { $ilike: like } }, { displayName: { $ilike: like } }];
    }
    if (filter?.role) where.roles = { $contains: [filter.role] };
    if (filter?.communityId) where.community = isId(filter.communityId) ? filter.communityId : null;
    if (filter?.unitId) where.unit = isId(filter.unitId) ? filter.unitId : null;
    if (typeof filter?.active === 'boolean') where.active = filter.active;
    const cursor = await this.em.findByCursor(User, where, { first: pageSize(first), after: checkCursor(after), orderBy: { username: 'asc' }, includeCount: true });
    return toConnection(cursor);
  }

  async find(id: string): Promise<User | null> {
    return isId(id) ? this.em.findOne(User, id) : null;
  }

  async create(input: CreateUserInput): Promise<User> {
    const username = trimmed(input.username).toLowerCase();
    const roles = [...new Set(input.roles)];
    const community = await this.community(input.communityId);
    const unit = await this.unit(input.unitId);
    checkAttachments(roles, community, unit);
    const user = this.em.create(User, {
      username,
      displayName: trimmed(input.displayName),
      passwordHash: await hashPassword(input.password),
      roles,
      community: community ? ref(community) : null,
      unit: unit ? ref(unit) : null,
      phone: trimmed(input.phone) || null,
    });
    audit(this.em, this.viewer, { action: 'USER_CREATED', subjectType: 'User', subjectId: user.id, data: { username, roles } });
    await flushOrConflict(this.em, () => conflict('conflict.usernameTaken', { username }));
    return user;
  }

  async update(id: string, input: UpdateUserInput): Promise<User> {
    const community = input.communityId === undefined ? undefined : await this.community(input.communityId);
    const unit = input.unitId === undefined ? undefined : await this.unit(input.unitId);
    return this.em.transactional(async (em) => {
      const user = await findUser(em, id);
      const wasAdmin = user.active && user.roles.includes(Role.ADMIN);
      const scopeBefore = JSON.stringify([user.roles, user.community?.id ?? null, user.unit?.id ?? null]);
      if (input.displayName) user.displayName = trimmed(input.displayName);
      if (input.phone !== undefined) user.phone = trimmed(input.phone) || null;
      if (input.roles) user.roles = [...new Set(input.roles)];
      if (community !== undefined) user.community = community ? ref(community) : null;
      if (unit !== undefined) user.unit = unit ? ref(unit) : null;
      checkAttachments(user.roles, user.community, user.unit);
      if (wasAdmin && !user.roles.includes(Role.ADMIN)) await keepAnAdmin(em, user);
      if (JSON.stringify([user.roles, user.community?.id ?? null, user.unit?.id ?? null]) !== scopeBefore) await announceAccessChange(em, user.id);
      audit(em, this.viewer, { action: 'USER_UPDATED', subjectType: 'User', subjectId: user.id, data: { roles: user.roles } });
      return user;
    });
  }

  /** Deactivating signs the user out everywhere. */
  async setActive(id: string, active: boolean): Promise<User> {
    return this.em.transactional(async (em) => {
      const user = await findUser(em, id);
      if (!active && user.active && user.roles.includes(Role.ADMIN)) await keepAnAdmin(em, user);
      if (!active) await endSessions(em, { userId: user.id, why: 'deactivated' });
      user.active = active;
      audit(em, this.viewer, { action: active ? 'USER_ACTIVATED' : 'USER_DEACTIVATED', subjectType: 'User', subjectId: user.id });
      return user;
    });
  }

  async resetPassword(id: string, newPassword: string): Promise<User> {
    const passwordHash = await hashPassword(newPassword);
    return this.em.transactional(async (em) => {
      const user = await findUser(em, id);
      user.passwordHash = passwordHash;
      user.passwordChangedAt = new Date();
      await endSessions(em, { userId: user.id, why: 'passwordReset' });
      audit(em, this.viewer, { action: 'PASSWORD_RESET', subjectType: 'User', subjectId: user.id });
      return user;
    });
  }

  private async community(id: string | null | undefined): Promise<Community | null> {
    if (id === null || id === undefined) return null;
    const found = isId(id) ? await this.em.findOne(Community, id) : null;
    if (!found) throw notFound('community');
    return found;
  }

  private async unit(id: string | null | undefined): Promise<PartnerUnit | null> {
    if (id === null || id === undefined) return null;
    const found = isId(id) ? await this.em.findOne(PartnerUnit, id) : null;
    if (!found) throw notFound('unit');
    return found;
  }
}

async function findUser(em: EntityManager, id: string): Promise<User> {
  const user = isId(id) ? await em.findOne(User, id) : null;
  if (!user) throw notFound('user');
  return user;
}

// Serialises changes to administrators, so two concurrent demotions cannot remove the last one.
async function keepAnAdmin(em: EntityManager, user: User): Promise<void> {
  await em.execute(`SELECT pg_advisory_xact_lock(hashtext('gongjian.admins'))`);
  const others = await em.count(User, { active: true, roles: { $contains: [Role.ADMIN] }, id: { $ne: user.id } });
  if (others === 0) throw conflict('conflict.lastAdmin');
}

function checkAttachments(roles: Role[], community: unknown, unit: unknown): void {
  if (roles.length === 0) throw badInput('input.noRoles');
  const needsCommunity = roles.find((role) => COMMUNITY_ROLES.includes(role));
  if (needsCommunity && !community) throw new AppError('BAD_USER_INPUT', 'input.roleNeedsCommunity', { role: needsCommunity });
  if (roles.includes(Role.UNIT_REP) && !unit) throw badInput('input.roleNeedsUnit');
}
