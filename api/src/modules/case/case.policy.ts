import type { FilterQuery } from '@mikro-orm/postgresql';
import { residentOnly } from '../../shared/auth/access';
import type { PolicyContext } from '../../shared/auth/access-state';
import type { PolicyMap } from '../../shared/auth/policy';
import { Role } from '../../shared/auth/role';
import type { Viewer } from '../../shared/auth/viewer';
import { casesTakenBy } from '../order/taken-cases';
import type { CaseFile } from './case.entity';
import type { FollowUp } from './follow-up.entity';
import type { CasePhoto } from './photo.entity';

// Who may see a case: the command centre, leaders and administrators all; a unit the cases
// dispatched to it; a community's grid workers and secretary its own; anyone the cases they reported.

const SEES_ALL: readonly Role[] = [Role.ADMIN, Role.CITY_LEADER, Role.COMMAND_CENTER];
const COMMUNITY_WATCH: readonly Role[] = [Role.GRID_WORKER, Role.COMMUNITY_SECRETARY];

const any = (viewer: Viewer, roles: readonly Role[]) => viewer.roles.some((role) => roles.includes(role));

/** The SQL filter: lists, counts, duplicates, exports, row locks. */
export function caseFilter(viewer: Viewer): FilterQuery<CaseFile> {
  if (any(viewer, SEES_ALL)) return {};
  const or: FilterQuery<CaseFile>[] = [{ reporter: viewer.userId }];
  if (viewer.roles.includes(Role.UNIT_REP) && viewer.unitId) or.push({ assignedUnit: viewer.unitId });
  if (any(viewer, COMMUNITY_WATCH) && viewer.communityId) or.push({ community: viewer.communityId });
  // 党员领单: a party member the cases they took (order.policy lets them see the loaded case too).
  if (viewer.roles.includes(Role.VOLUNTEER)) or.push({ id: { $in: casesTakenBy(viewer.userId) } });
  return { $or: or };
}

/** The same rule on a loaded case (its references need not be loaded). */
export function seesCase(viewer: Viewer | null, c: CaseFile): boolean {
  if (!viewer) return false;
  if (any(viewer, SEES_ALL) || c.reporter.id === viewer.userId) return true;
  if (viewer.roles.includes(Role.UNIT_REP) && viewer.unitId && c.assignedUnit?.id === viewer.unitId) return true;
  return any(viewer, COMMUNITY_WATCH) && !!viewer.communityId && c.community?.id === viewer.communityId;
}

/** A live case event's audience, decided on the payload alone before anything is read. */
export function hearsCase(viewer: Viewer, payload: { communityId: string | null; unitId: string | null }): boolean {
  if (any(viewer, SEES_ALL)) return true;
  if (viewer.roles.includes(Role.UNIT_REP) && viewer.unitId && payload.unitId === viewer.unitId) return true;
  return any(viewer, COMMUNITY_WATCH) && !!viewer.communityId && payload.communityId === viewer.communityId;
}

/** Where a photo was taken tells where a person was: the command centre, administrators and the one who took it. */
function readsPhotoPosition({ viewer }: PolicyContext, photo: CasePhoto): boolean {
  if (!viewer) return false;
  return viewer.roles.includes(Role.ADMIN) || viewer.roles.includes(Role.COMMAND_CENTER) || photo.uploader.id === viewer.userId;
}

/** What a reporter said on a follow-up call is theirs: the command centre that calls, administrators and the reporter. */
async function readsFollowUpNote({ viewer }: PolicyContext, followUp: FollowUp): Promise<boolean> {
  if (!viewer) return false;
  if (viewer.roles.includes(Role.ADMIN) || viewer.roles.includes(Role.COMMAND_CENTER)) return true;
  return (await followUp.caseFile.loadOrFail()).reporter.id === viewer.userId;
}

export const casePolicies: PolicyMap = {
  Case: { sees: ({ viewer }, c: CaseFile) => seesCase(viewer, c) },
  // Events carry officers' names and internal notes: a resident follows their report through myReports' public timeline instead.
  CaseEvent: { sees: ({ viewer }) => !!viewer && !residentOnly(viewer) },
  FollowUp: {
    fields: {
      note: { reads: readsFollowUpNote, subject: async (f: FollowUp) => ({ type: 'User', id: (await f.caseFile.loadOrFail()).reporter.id }) },
    },
  },
  CasePhoto: {
    fields: {
      latitude: { reads: readsPhotoPosition },
      longitude: { reads: readsPhotoPosition },
    },
  },
};
