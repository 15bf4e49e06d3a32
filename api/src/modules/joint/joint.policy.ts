import type { FilterQuery } from '@mikro-orm/postgresql';
import type { PolicyMap } from '../../shared/auth/policy';
import type { Viewer } from '../../shared/auth/viewer';
import { isAdmin, isSecretaryOf } from '../org/org.policy';
import { NeedStatus } from './joint.enums';
import type { Need } from './need.entity';
import type { BoardPayload } from './need-events';

// A published need list is for everyone who works with the community; a draft is its
// secretary's (and administrators') until it is published, however it is reached.

/** Who may see a community's drafts. */
export const seesDrafts = (viewer: Viewer | null, communityId: string): boolean => isAdmin(viewer) || isSecretaryOf(viewer, communityId);

/** The SQL filter for needs: lists, counts, row locks. */
export function needFilter(viewer: Viewer): FilterQuery<Need> {
  if (isAdmin(viewer)) return {};
  const own = isSecretaryOf(viewer, viewer.communityId) ? viewer.communityId : null;
  return own ? { $or: [{ status: { $ne: NeedStatus.DRAFT } }, { community: own }] } : { status: { $ne: NeedStatus.DRAFT } };
}

/** The same rule on a loaded need. */
export const seesNeed = (viewer: Viewer | null, need: Need): boolean => need.status !== NeedStatus.DRAFT || seesDrafts(viewer, need.community.id);

/** A live board event's audience, decided on the payload: a step on a draft is heard only by those who see drafts. */
export const hearsBoardEvent = (viewer: Viewer, payload: BoardPayload): boolean => !payload.draft || seesDrafts(viewer, payload.communityId);

export const jointPolicies: PolicyMap = {
  Need: { sees: ({ viewer }, need: Need) => seesNeed(viewer, need) },
};
