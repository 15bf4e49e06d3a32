import type { FilterQuery } from '@mikro-orm/postgresql';
import { type PolicyContext, remember } from '../../shared/auth/access-state';
import type { PolicyMap } from '../../shared/auth/policy';
import type { Viewer } from '../../shared/auth/viewer';
import { isAdmin, isSecretaryOf } from '../org/org.policy';
import type { User } from '../org/user.entity';
import type { TaskSignup } from './signup.entity';
import type { Task } from './task.entity';
import { Team } from './team.entity';

// A community's volunteers, their sign-ups and matches are its secretary's to manage; a team
// captain calls their members (reads their phones, beside org's rule) and confirms their hours.

/** The secretary of the community, or an administrator: volunteers, sign-ups, matches. */
export const managesVolunteersOf = (viewer: Viewer | null, communityId: string): boolean => isAdmin(viewer) || isSecretaryOf(viewer, communityId);

/** The teams the viewer captains, with their members, looked up once per request. */
function myCaptaincies(ctx: PolicyContext): Promise<Team[]> {
  const viewer = ctx.viewer;
  if (!viewer) return Promise.resolve([]);
  return remember(ctx, 'volunteer.captaincies', () => ctx.em.find(Team, { captain: { user: viewer.userId } }, { populate: ['members'] }));
}

/** Users in the teams the viewer captains. */
export async function myMembersUserIds(ctx: PolicyContext): Promise<Set<string>> {
  return new Set((await myCaptaincies(ctx)).flatMap((team) => team.members.getItems().map((member) => member.user.id)));
}

/** Who confirms a volunteer's hours on a task: the task community's secretary, or the captain of a team of that community they belong to. */
export async function confirmsHours(ctx: PolicyContext, communityId: string, volunteerId: string): Promise<boolean> {
  if (isSecretaryOf(ctx.viewer, communityId)) return true;
  return (await myCaptaincies(ctx)).some((team) => team.community.id === communityId && team.members.getItems().some((m) => m.id === volunteerId));
}

/** The same rule as an SQL filter on sign-ups, for the list of hours to confirm; null: none. */
export async function hoursToConfirmFilter(ctx: PolicyContext): Promise<FilterQuery<TaskSignup> | null> {
  const viewer = ctx.viewer;
  if (!viewer) return null;
  const or: FilterQuery<TaskSignup>[] = [];
  if (isSecretaryOf(viewer, viewer.communityId)) or.push({ task: { community: viewer.communityId } });
  for (const team of await myCaptaincies(ctx)) or.push({ task: { community: team.community.id }, volunteer: { $in: team.members.getItems().map((m) => m.id) } });
  return or.length ? { $or: or } : null;
}

export const volunteerPolicies: PolicyMap = {
  User: {
    fields: {
      phone: { reads: async (ctx, user: User) => (await myMembersUserIds(ctx)).has(user.id), subject: (user: User) => ({ type: 'User', id: user.id }) },
    },
  },
  Task: {
    fields: {
      signups: { reads: ({ viewer }, task: Task) => managesVolunteersOf(viewer, task.community.id) },
    },
  },
};
