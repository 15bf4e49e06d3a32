import type { FilterQuery } from '@mikro-orm/postgresql';
import { type PolicyContext, remember } from '../../shared/auth/access-state';
import type { PolicyMap } from '../../shared/auth/policy';
import { Role } from '../../shared/auth/role';
import type { Viewer } from '../../shared/auth/viewer';
import { isAdmin, isSecretaryOf } from '../org/org.policy';
import type { PatrolRound } from './road-section.entity';
import { RoadSection } from './road-section.entity';

// A road section, its chief and its patrol group are the business of the offices that run the
// city's streets, the community's own staff, the chief and the patrollers themselves. Where a
// patroller walked (the trail of a round) is theirs, their chief's and their secretary's to know.

/** Offices that see every section of the city. */
export const CITY_OFFICES: readonly Role[] = [Role.ADMIN, Role.CITY_LEADER, Role.COMMAND_CENTER];
/** A community's own staff, who see their community's sections. */
const COMMUNITY_STAFF: readonly Role[] = [Role.COMMUNITY_SECRETARY, Role.GRID_WORKER];

const has = (viewer: Viewer | null, roles: readonly Role[]) => !!viewer && roles.some((role) => viewer.roles.includes(role));

/** Whoever may draw, rename or remove the sections of this community. */
export const editsSectionsOf = (viewer: Viewer | null, communityId: string): boolean =>
  !!viewer && (isAdmin(viewer) || viewer.roles.includes(Role.COMMAND_CENTER) || isSecretaryOf(viewer, communityId));

/** The sections the viewer is chief of or patrols, looked up once per request. */
export function mySectionIds(ctx: PolicyContext): Promise<{ chief: Set<string>; patrol: Set<string> }> {
  const viewer = ctx.viewer;
  if (!viewer) return Promise.resolve({ chief: new Set(), patrol: new Set() });
  return remember(ctx, 'street.mine', async () => {
    const rows = await ctx.em.execute<{ id: string; chief: boolean }[]>(
      `SELECT s.id, s.chief_id = ? AS chief FROM road_section s
        WHERE s.chief_id = ? OR EXISTS (SELECT 1 FROM road_section_patroller p WHERE p.section_id = s.id AND p.user_id = ?)`,
      [viewer.userId, viewer.userId, viewer.userId],
    );
    return { chief: new Set(rows.filter((r) => r.chief).map((r) => r.id)), patrol: new Set(rows.filter((r) => !r.chief).map((r) => r.id)) };
  });
}

/** The SQL filter for the sections the viewer may see. */
export async function sectionFilter(ctx: PolicyContext): Promise<FilterQuery<RoadSection>> {
  const viewer = ctx.viewer;
  if (!viewer) return { id: null };
  if (has(viewer, CITY_OFFICES)) return {};
  const or: FilterQuery<RoadSection>[] = [];
  if (has(viewer, COMMUNITY_STAFF) && viewer.communityId) or.push({ community: viewer.communityId });
  const mine = await mySectionIds(ctx);
  const ids = [...mine.chief, ...mine.patrol];
  if (ids.length) or.push({ id: { $in: ids } });
  return or.length ? { $or: or } : { id: null };
}

/** The same rule on a loaded section. */
export async function seesSection(ctx: PolicyContext, section: RoadSection): Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (has(viewer, CITY_OFFICES) || (has(viewer, COMMUNITY_STAFF) && viewer.communityId === section.community.id)) return true;
  const mine = await mySectionIds(ctx);
  return mine.chief.has(section.id) || mine.patrol.has(section.id);
}

/** May the viewer walk this section as one of its patrol? */
export async function patrols(ctx: PolicyContext, sectionId: string): Promise<boolean> {
  const mine = await mySectionIds(ctx);
  return mine.patrol.has(sectionId) || mine.chief.has(sectionId);
}

/** A round's trail: the patroller, the section's chief, the community's secretary, administrators. */
async function readsTrail(ctx: PolicyContext, round: PatrolRound): Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (round.patroller.id === viewer.userId || isAdmin(viewer)) return true;
  const section = await ctx.em.findOne(RoadSection, round.section.id, { fields: ['id', 'community', 'chief'] });
  return !!section && (section.chief?.id === viewer.userId || isSecretaryOf(viewer, section.community.id));
}

export const streetPolicies: PolicyMap = {
  RoadSection: { sees: seesSection },
  PatrolRound: {
    sees: async (ctx, round: PatrolRound) => {
      const section = await ctx.em.findOne(RoadSection, round.section.id);
      return !!section && (await seesSection(ctx, section));
    },
    fields: {
      positions: { reads: readsTrail, subject: (round: PatrolRound) => ({ type: 'User', id: round.patroller.id }) },
    },
  },
};
