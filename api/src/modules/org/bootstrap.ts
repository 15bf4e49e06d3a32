import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../shared/auth/role';
import { hashPassword } from './password';
import { User } from './user.entity';

/** ADMIN_USERNAME + ADMIN_PASSWORD: that administrator exists after start. An existing account is left as it is. */
export async function ensureAdmin(em: EntityManager, admin: { username: string; password: string }): Promise<boolean> {
  const username = admin.username.trim().toLowerCase();
  if (await em.findOne(User, { username })) return false;
  em.create(User, { username, displayName: '系统管理员', passwordHash: await hashPassword(admin.password), roles: [Role.ADMIN] });
  await em.flush();
  return true;
}
