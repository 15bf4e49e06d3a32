import type { FilterQuery } from '@mikro-orm/postgresql';
import { type PolicyContext, remember } from '../../shared/auth/access-state';
import type { FieldRule, PolicyMap } from '../../shared/auth/policy';
import { Role } from '../../shared/auth/role';
import type { Viewer } from '../../shared/auth/viewer';
import { isAdmin, isSecretaryOf, maskName } from '../org/org.policy';
import { Team } from '../volunteer/team.entity';
import type { Household } from './household.entity';
import type { RibbonRequest } from './ribbon.entity';
import type { Visit } from './visit.entity';

// An elderly household is its carers' to know: administrators, its community's secretary and
// the team that visits it. A yellow ribbon hangs at the door for the whole community to see, so
// its volunteers and grid workers read the address of a ribbon's household, and nothing more.

/** The teams the viewer captains or belongs to, looked up once per request. */
export function myTeamIds(ctx: PolicyContext): Promise<Set<string>> {
  const viewer = ctx.viewer;
  if (!viewer) return Promise.resolve(new Set());
  return remember(ctx, 'care.myTeams', async () => {
    const mine = { user: viewer.userId };
    // Kept out of the identity map: a partial Team there would later be served as the whole team.
    const teams = await ctx.em.find(Team, { $or: [{ captain: mine }, { members: mine }] }, { fields: ['id'], disableIdentityMap: true });
    return new Set(teams.map((team) => team.id));
  });
}

/** The SQL filter for a community's teams: all of them for its secretary and administrators, a volunteer's own for them; null: refused. */
export async function teamFilter(ctx: PolicyContext, communityId: string): Promise<FilterQuery<Team> | null> {
  if (isAdmin(ctx.viewer) || isSecretaryOf(ctx.viewer, communityId)) return { community: communityId };
  if (!ctx.viewer?.roles.includes(Role.VOLUNTEER)) return null;
  return { community: communityId, id: { $in: [...(await myTeamIds(ctx))] } };
}

/** The SQL filter for households: lists, counts, due visits, row locks. */
export async function householdFilter(ctx: PolicyContext): Promise<FilterQuery<Household>> {
  const viewer = ctx.viewer;
  if (!viewer) return { id: null };
  if (isAdmin(viewer)) return {};
  const or: FilterQuery<Household>[] = [];
  if (viewer.roles.includes(Role.COMMUNITY_SECRETARY) && viewer.communityId) or.push({ community: viewer.communityId });
  const teams = [...(await myTeamIds(ctx))];
  if (teams.length) or.push({ team: { $in: teams } });
  return or.length ? { $or: or } : { id: null };
}

/** The same rule on a loaded household: may the viewer read all of it? */
export async function caresFor(ctx: PolicyContext, household: Household): Promise<boolean> {
  if (!ctx.viewer) return false;
  if (isAdmin(ctx.viewer) || isSecretaryOf(ctx.viewer, household.community.id)) return true;
  return !!household.team && (await myTeamIds(ctx)).has(household.team.id);
}

const inCommunity = (viewer: Viewer | null, communityId: string) => !!viewer && viewer.communityId === communityId;

/** The SQL filter for yellow ribbons: their community's people and administrators. */
export function ribbonFilter(viewer: Viewer): FilterQuery<RibbonRequest> {
  if (isAdmin(viewer)) return {};
  if (!viewer.communityId) return { id: null };
  return { household: { community: viewer.communityId } };
}

/** A yellow ribbon is raised by the people of the household's community (a patrol sees it, the secretary takes a call). */
export const raisesRibbonAt = (viewer: Viewer, household: Household): boolean => inCommunity(viewer, household.community.id);

const PATROLS: readonly Role[] = [Role.VOLUNTEER, Role.GRID_WORKER];
const householdSubject = (h: Household) => ({ type: 'Household', id: h.id });
const carers = (mask?: (value: unknown) => unknown): FieldRule<Household> => ({ reads: caresFor, mask, subject: householdSubject });

/** Who reads where a household lives: its carers, and the community's patrols (a yellow ribbon hangs at the door). */
const readsAddress = async (ctx: PolicyContext, h: Household): Promise<boolean> =>
  (inCommunity(ctx.viewer, h.community.id) && PATROLS.some((role) => ctx.viewer?.roles.includes(role))) || (await caresFor(ctx, h));

export const carePolicies: PolicyMap = {
  Household: {
    sees: async (ctx, h: Household) => inCommunity(ctx.viewer, h.community.id) || (await caresFor(ctx, h)),
    fields: {
      residents: carers(maskName),
      address: { reads: readsAddress, mask: () => '***', subject: householdSubject },
      // Its point on a map says as much as its address: the same readers, null for the rest.
      latitude: { reads: readsAddress, subject: householdSubject },
      longitude: { reads: readsAddress, subject: householdSubject },
      situation: carers(),
      emergencyContact: carers(),
      schedules: { reads: caresFor },
      visits: { reads: caresFor },
    },
  },
  Visit: {
    fields: {
      concerns: {
        reads: async (ctx, v: Visit) => caresFor(ctx, await v.household.loadOrFail()),
        subject: (v: Visit) => ({ type: 'Household', id: v.household.id }),
      },
    },
  },
  RibbonRequest: {
    sees: async (ctx, r: RibbonRequest) => {
      if (isAdmin(ctx.viewer)) return true;
      const household = await r.household.loadOrFail();
      return inCommunity(ctx.viewer, household.community.id) || (await caresFor(ctx, household));
    },
  },
};
