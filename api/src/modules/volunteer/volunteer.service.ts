import { type EntityManager, ref } from '@mikro-orm/postgresql';
import { audit } from '../../shared/audit/audit';
import { Role } from '../../shared/auth/role';
import type { Viewer } from '../../shared/auth/viewer';
import { AppError, notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { RequestService } from '../../shared/request-service';
import { Community } from '../org/community.entity';
import { Grid } from '../org/grid.entity';
import { User } from '../org/user.entity';
import { Volunteer } from './volunteer.entity';
import { WEEK_SLOTS } from './volunteer.enums';
import type { RegisterVolunteerInput } from './volunteer.inputs';

/** Trimmed, de-duplicated skills, each 1–30 characters. */
export function cleanSkills(skills: string[] | null | undefined): string[] {
  const clean = [...new Set((skills ?? []).map((s) => s.trim()).filter(Boolean))];
  if (clean.some((s) => s.length > 30)) throw new AppError('BAD_USER_INPUT', 'input.badSkill');
  return clean;
}

export class VolunteerService extends RequestService {
  /** The caller becomes (or updates themself as) a volunteer and gains the VOLUNTEER role. */
  async register(input: RegisterVolunteerInput): Promise<Volunteer> {
    const viewer = this.me;
    const skills = cleanSkills(input.skills);
    const availability = [...new Set(input.availability ?? [])];
    const unknown = availability.find((slot) => !WEEK_SLOTS.includes(slot));
    if (unknown) throw new AppError('BAD_USER_INPUT', 'input.badSlot', { slot: unknown });
    const communityId = input.communityId ?? viewer.communityId;
    const community = communityId ? (isId(communityId) ? await this.em.findOne(Community, communityId) : null) : null;
    if (communityId && !community) throw notFound('community');
    let grid: Grid | null = null;
    if (input.gridId) {
      grid = isId(input.gridId) ? await this.em.findOne(Grid, input.gridId) : null;
      if (!grid || (community && grid.community.id !== community.id)) throw notFound('grid');
    }
    return this.em.transactional(async (tx) => {
      const user = await tx.findOneOrFail(User, viewer.userId);
      const volunteer = (await tx.findOne(Volunteer, { user: user.id })) ?? tx.create(Volunteer, { user: ref(user), skills });
      volunteer.skills = skills;
      volunteer.availability = availability;
      volunteer.community = community ? ref(community) : null;
      volunteer.grid = grid ? ref(grid) : null;
      if (typeof input.partyMember === 'boolean') volunteer.partyMember = input.partyMember;
      if (!user.roles.includes(Role.VOLUNTEER)) user.roles = [...user.roles, Role.VOLUNTEER];
      audit(tx, viewer, { action: 'VOLUNTEER_REGISTERED', subjectType: 'Volunteer', subjectId: volunteer.id });
      return volunteer;
    });
  }

  async mine(): Promise<Volunteer | null> {
    return this.em.findOne(Volunteer, { user: this.me.userId });
  }
}

/** A phone's retry key from a mutation argument: trimmed, at most 100 characters, null when blank. */
export function retryKey(key: string | null | undefined): string | null {
  const clean = key?.trim() || null;
  if (clean && clean.length > 100) throw new AppError('BAD_USER_INPUT', 'input.invalid', { details: 'idempotencyKey: max 100' });
  return clean;
}

/** The viewer's own active volunteer record; FORBIDDEN until they register. */
export async function requireVolunteer(em: EntityManager, viewer: Viewer): Promise<Volunteer> {
  const volunteer = await em.findOne(Volunteer, { user: viewer.userId });
  if (!volunteer?.active) throw new AppError('FORBIDDEN', 'volunteer.notRegistered');
  return volunteer;
}
