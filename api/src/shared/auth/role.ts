import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  CITY_LEADER = 'CITY_LEADER',
  COMMAND_CENTER = 'COMMAND_CENTER',
  COMMUNITY_SECRETARY = 'COMMUNITY_SECRETARY',
  UNIT_REP = 'UNIT_REP',
  VOLUNTEER = 'VOLUNTEER',
  GRID_WORKER = 'GRID_WORKER',
  /** A member of the public with an account: reports and follows their own cases only. */
  RESIDENT = 'RESIDENT',
}

registerEnumType(Role, { name: 'Role' });

export const ALL_ROLES = Object.values(Role);
/** Roles that act inside one community. */
export const COMMUNITY_ROLES: readonly Role[] = [Role.COMMUNITY_SECRETARY, Role.GRID_WORKER];
