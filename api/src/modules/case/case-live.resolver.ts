import { Ctx, Field, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context';
import { renewForEvent } from '../../request-context';
import { Allow } from '../../shared/auth/access';
import { Role } from '../../shared/auth/role';
import type { Viewer } from '../../shared/auth/viewer';
import { unauthenticated } from '../../shared/errors';
import { RESYNC, Resync } from '../../shared/pubsub';
import { CaseFile } from './case.entity';
import { caseFilter, hearsCase } from './case.policy';
import { CASE_TOPIC, type CasePayload } from './case-events';

@ObjectType({ description: 'A step on a case the subscriber may see.' })
export class CaseUpdate {
  @Field(() => String, { description: "The step's name; RESYNC (case null): updates may have been missed, refetch the list" }) action: string;
  @Field(() => CaseFile, { name: 'case', nullable: true }) caseFile: CaseFile | null;
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
      return ctx.pubsub.subscribe<CasePayload>(CASE_TOPIC, (payload) => hearsCase(viewer, payload));
    },
  })
  async caseUpdates(@Root() payload: CasePayload | Resync, @Ctx() ctx: Context): Promise<CaseUpdate> {
    if (payload instanceof Resync) return { action: RESYNC, caseFile: null };
    renewForEvent(ctx);
    const viewer = ctx.viewer as Viewer;
    const caseFile = await ctx.em.findOne(CaseFile, { $and: [{ id: payload.caseId }, caseFilter(viewer)] });
    return { action: payload.action, caseFile };
  }
}
