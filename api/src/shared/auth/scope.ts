import { forbidden, unauthenticated } from '../errors';
import { Role } from './role';
import type { Viewer } from './viewer';

/** An administrator anywhere; a secretary only in their own community. */
export function assertCommunityAdmin(viewer: Viewer | null, communityId: string): void {
  if (!viewer) throw forbidden();
  if (viewer.roles.includes(Role.ADMIN)) return;
  if (viewer.roles.includes(Role.COMMUNITY_SECRETARY) && viewer.communityId === communityId) return;
  throw forbidden();
}

/** The secretary of that community, and nobody else (the contract's rule for joint construction). */
export function assertSecretaryOf(viewer: Viewer | null, communityId: string): void {
  if (!viewer?.roles.includes(Role.COMMUNITY_SECRETARY) || viewer.communityId !== communityId) throw forbidden();
}

/** The unit a unit representative acts for; anyone else is refused. */
export function requireUnit(viewer: Viewer | null): string {
  if (!viewer) throw unauthenticated();
  if (!viewer.unitId) throw forbidden();
  return viewer.unitId;
}
