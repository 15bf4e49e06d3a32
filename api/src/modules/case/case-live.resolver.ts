import { Ctx, Field, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { Role } from '../../shared/auth/role';
import type { Viewer } from '../../shared/auth/viewer';
import { unauthenticated } from '../../shared/errors';
import { createLoaders } from '../../shared/loaders';
import { CaseFile } from './case.entity';
import { visibleCases } from './case.service';
import { CASE_TOPIC, type CasePayload } from './case-events';

@ObjectType({ description: 'A step on a case the subscriber may see.' })
export class CaseUpdate {
  @Field(() => String) action: string;
  @Field(() => CaseFile, { name: 'case', nullable: true }) caseFile: CaseFile | null;
}

function mayHear(viewer: Viewer, payload: CasePayload): boolean {
  if ([Role.ADMIN, Role.CITY_LEADER, Role.COMMAND_CENTER].some((role) => viewer.roles.includes(role))) return true;
  if (viewer.roles.includes(Role.UNIT_REP) && viewer.unitId && payload.unitId === viewer.unitId) return true;
  return !!viewer.communityId && payload.communityId === viewer.communityId && (viewer.roles.includes(Role.GRID_WORKER) || viewer.roles.includes(Role.COMMUNITY_SECRETARY));
}

@Resolver(() => CaseUpdate)
export class CaseLiveResolver {
  @Allow(Role.ADMIN, Role.CITY_LEADER, Role.COMMAND_CENTER, Role.UNIT_REP, Role.GRID_WORKER, Role.COMMUNITY_SECRETARY)
  @Subscription(() => CaseUpdate, {
    description: "New reports and every transition of the cases the subscriber may see, as they commit: the command centre's queue, a unit's inbox.",
    subscribe: ({ context }) => {
      const ctx = context as Context;
      const viewer = ctx.viewer;
      if (!viewer) throw unauthenticated();
      return ctx.pubsub.subscribe<CasePayload>(CASE_TOPIC, (payload) => mayHear(viewer, payload));
    },
  })
  async caseUpdates(@Root() payload: CasePayload, @Ctx() ctx: Context): Promise<CaseUpdate> {
    ctx.em = ctx.em.fork();
    ctx.loaders = createLoaders(ctx.em);
    const viewer = ctx.viewer as Viewer;
    const caseFile = await ctx.em.findOne(CaseFile, { $and: [{ id: payload.caseId }, visibleCases(viewer)] });
    return { action: payload.action, caseFile };
  }
}
