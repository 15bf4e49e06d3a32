import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { unauthenticated } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { createLoaders } from '../../shared/loaders';
import { PartnerUnit } from '../org/partner-unit.entity';
import { Need } from './need.entity';
import { BOARD_TOPIC, type BoardPayload } from './need-events';

@ObjectType({ description: "Something that happened on a community's need list, for live boards." })
export class BoardEvent {
  @Field(() => String, { description: 'PUBLISHED, CLAIMED, RELEASED, UPDATED, PROGRESS, COMPLETION_REPORTED, DONE, CANCELLED, CREATED' })
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
      return ctx.pubsub.subscribe<BoardPayload>(BOARD_TOPIC, (payload) => payload.communityId === communityId);
    },
  })
  async needBoard(@Root() payload: BoardPayload, @Arg('communityId', () => ID) _communityId: string, @Ctx() ctx: Context): Promise<BoardEvent> {
    // Each event is read with a fresh unit of work and fresh loaders: the subscription's context lives on.
    ctx.em = ctx.em.fork();
    ctx.loaders = createLoaders(ctx.em);
    const need = isId(payload.needId) ? await ctx.em.findOne(Need, payload.needId) : null;
    const visible = need && (need.status !== 'DRAFT' || ctx.viewer?.communityId === need.community.id) ? need : null;
    return { action: payload.action, at: new Date(payload.at), meetingId: payload.meetingId, need: visible, unitId: payload.unitId };
  }

  @FieldResolver(() => PartnerUnit, { nullable: true, description: 'The unit that acted, for claims and releases.' })
  unit(@Root() event: BoardEvent, @Ctx() ctx: Context): Promise<PartnerUnit | null> {
    return event.unitId ? ctx.em.findOne(PartnerUnit, event.unitId) : Promise.resolve(null);
  }
}
