import { forbidden } from '../errors';
import { Role } from './role';
import type { Viewer } from './viewer';

/** An administrator anywhere; a secretary only in their own community. */
export function assertCommunityAdmin(viewer: Viewer | null, communityId: string): void {
  if (!viewer) throw forbidden();
  if (viewer.roles.includes(Role.ADMIN)) return;
  if (viewer.roles.includes(Role.COMMUNITY_SECRETARY) && viewer.communityId === communityId) return;
  throw forbidden();
}
