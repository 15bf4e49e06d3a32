import type { Role } from './role';

/** Who is calling: read from the session on every request, never from arguments. */
export interface Viewer {
  userId: string;
  sessionId: string;
  roles: readonly Role[];
  communityId: string | null;
  unitId: string | null;
}

export function hasRole(viewer: Viewer | null, ...roles: Role[]): boolean {
  return !!viewer && roles.some((role) => viewer.roles.includes(role));
}
