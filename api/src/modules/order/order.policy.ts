import { residentOnly } from '../../shared/auth/access';
import type { PolicyContext } from '../../shared/auth/access-state';
import { remember } from '../../shared/auth/access-state';
import type { PolicyMap } from '../../shared/auth/policy';
import { Role } from '../../shared/auth/role';
import type { CaseFile } from '../case/case.entity';
import { isAdmin, isSecretaryOf, maskName } from '../org/org.policy';
import type { PartyOrder } from './order.entity';

// A party order is read by the party members who may take it (their list is scoped in the
// service), its taker, the community's secretary and the command centre. The taker's name is for
// the secretary, the command centre and the taker; their phone for the secretary (and the taker) alone.

/** The cases the viewer took as party orders, looked up once per request. */
function takenCaseIds(ctx: PolicyContext): Promise<Set<string>> {
  const viewer = ctx.viewer;
  if (!viewer?.roles.includes(Role.VOLUNTEER)) return Promise.resolve(new Set());
  return remember(ctx, 'order.takenCases', async () => {
    const rows = await ctx.em.execute<{ case_id: string }[]>('select case_id from party_order where taken_by_id = ? and case_id is not null', [viewer.userId]);
    return new Set(rows.map((r) => r.case_id));
  });
}

const isTaker = (ctx: PolicyContext, order: PartyOrder) => !!ctx.viewer && order.takenBy?.id === ctx.viewer.userId;

function readsTakerName(ctx: PolicyContext, order: PartyOrder): boolean {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  return isTaker(ctx, order) || isAdmin(viewer) || viewer.roles.includes(Role.COMMAND_CENTER) || isSecretaryOf(viewer, order.community.id);
}

function readsTakerPhone(ctx: PolicyContext, order: PartyOrder): boolean {
  return isTaker(ctx, order) || isAdmin(ctx.viewer) || isSecretaryOf(ctx.viewer, order.community.id);
}

export const orderPolicies: PolicyMap = {
  // The taker sees the case they took, beside case.policy's rule (either lets them in).
  Case: { sees: async (ctx, c: CaseFile) => (await takenCaseIds(ctx)).has(c.id) },
  PartyOrder: {
    sees: ({ viewer }) => !!viewer && !residentOnly(viewer),
    fields: {
      takerName: { reads: readsTakerName, mask: maskName },
      takerPhone: { reads: readsTakerPhone, subject: (order: PartyOrder) => (order.takenBy ? { type: 'User', id: order.takenBy.id } : null) },
    },
  },
};
