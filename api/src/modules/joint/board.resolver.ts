import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context';
import { renewForEvent } from '../../request-context';
import { Allow } from '../../shared/auth/access';
import { unauthenticated } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { RESYNC, Resync } from '../../shared/pubsub';
import { PartnerUnit } from '../org/partner-unit.entity';
import { hearsBoardEvent } from './joint.policy';
import { Need } from './need.entity';
import { BOARD_TOPIC, type BoardPayload } from './need-events';

@ObjectType({ description: "Something that happened on a community's need list, for live boards." })
export class BoardEvent {
  @Field(() => String, {
    description:
      'PUBLISHED, CLAIMED, RELEASED, UPDATED, PROGRESS, COMPLETION_REPORTED, DONE, CANCELLED, CREATED; RESYNC (need null): events may have been missed, refetch the list',
  })
  action: string;

  @Field(() => Date)
  at: Date;

  @Field(() => ID, { nullable: true, description: 'The joint meeting it happened at, if any.' })
  meetingId: string | null;

  @Field(() => Need, { nullable: true, description: 'The need as it is now (null for a draft the viewer may not see).' })
  need: Need | null;

  unitId: string | null;
}

@Resolver(() => BoardEvent)
export class BoardResolver {
  @Allow()
  @Subscription(() => BoardEvent, {
    description: "Claims, releases, publications and other steps on a community's needs, as they commit, from any API process.",
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      if (!ctx.viewer) throw unauthenticated();
      const communityId = String(args.communityId);
      const viewer = ctx.viewer;
      return ctx.pubsub.subscribe<BoardPayload>(BOARD_TOPIC, (payload) => payload.communityId === communityId && hearsBoardEvent(viewer, payload));
    },
  })
  async needBoard(@Root() payload: BoardPayload | Resync, @Arg('communityId', () => ID) _communityId: string, @Ctx() ctx: Context): Promise<BoardEvent> {
    if (payload instanceof Resync) return { action: RESYNC, at: payload.at, meetingId: null, need: null, unitId: null };
    renewForEvent(ctx);
    const need = isId(payload.needId) ? await ctx.em.findOne(Need, payload.needId) : null;
    // The need's own policy (joint.policy) answers null for a draft this viewer may not see.
    return { action: payload.action, at: new Date(payload.at), meetingId: payload.meetingId, need, unitId: payload.unitId };
  }

  @FieldResolver(() => PartnerUnit, { nullable: true, description: 'The unit that acted, for claims and releases.' })
  unit(@Root() event: BoardEvent, @Ctx() ctx: Context): Promise<PartnerUnit | null> {
    return event.unitId ? ctx.em.findOne(PartnerUnit, event.unitId) : Promise.resolve(null);
  }
}
