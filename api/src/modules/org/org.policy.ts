import type { PolicyContext } from '../../shared/auth/access-state';
import type { PolicyMap } from '../../shared/auth/policy';
import { Role } from '../../shared/auth/role';
import type { Viewer } from '../../shared/auth/viewer';
import type { PartnerUnit } from './partner-unit.entity';
import type { User } from './user.entity';

// Users' own data: a phone number is read by its owner, administrators, the secretary of the
// owner's community and (for officials) the command centre that calls them; everyone else sees
// that a number exists, masked. The volunteer policy adds team captains for their members.

/** `13907150001` → `139****0001`: a number exists, but cannot be called. */
export function maskPhone(value: unknown): string {
  const digits = String(value);
  return digits.length >= 7 ? `${digits.slice(0, 3)}****${digits.slice(-4)}` : '****';
}

/** `zhang.wei` → `z***`. */
export const maskName = (value: unknown): string => `${String(value).slice(0, 1)}***`;

const STAFF: readonly Role[] = [Role.COMMUNITY_SECRETARY, Role.GRID_WORKER, Role.UNIT_REP, Role.COMMAND_CENTER];

export const isAdmin = (viewer: Viewer | null): boolean => !!viewer?.roles.includes(Role.ADMIN);

/** The secretary of this community. */
export const isSecretaryOf = (viewer: Viewer | null, communityId: string | null | undefined): boolean =>
  !!viewer && !!communityId && viewer.roles.includes(Role.COMMUNITY_SECRETARY) && viewer.communityId === communityId;

function readsUserContact({ viewer }: PolicyContext, user: User): boolean {
  if (!viewer) return false;
  if (viewer.userId === user.id || isAdmin(viewer) || isSecretaryOf(viewer, user.community?.id)) return true;
  return viewer.roles.includes(Role.COMMAND_CENTER) && user.roles.some((role) => STAFF.includes(role));
}

const ownOrAdmin = ({ viewer }: PolicyContext, user: User) => !!viewer && (viewer.userId === user.id || isAdmin(viewer));

/** A unit's contact line is for the offices that work with units, and the unit itself. */
function readsUnitContact({ viewer }: PolicyContext, unit: PartnerUnit): boolean {
  if (!viewer) return false;
  if (viewer.unitId === unit.id) return true;
  return [Role.ADMIN, Role.CITY_LEADER, Role.COMMAND_CENTER, Role.COMMUNITY_SECRETARY].some((role) => viewer.roles.includes(role));
}

const userSubject = (user: User) => ({ type: 'User', id: user.id });

export const orgPolicies: PolicyMap = {
  User: {
    fields: {
      phone: { reads: readsUserContact, mask: maskPhone, subject: userSubject },
      username: { reads: readsUserContact, mask: maskName },
      lastLoginAt: { reads: ownOrAdmin },
    },
  },
  PartnerUnit: {
    fields: {
      contactPhone: { reads: readsUnitContact, mask: maskPhone },
    },
  },
};
