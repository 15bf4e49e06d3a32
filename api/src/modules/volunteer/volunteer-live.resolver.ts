import { Ctx, Field, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context';
import { renewForEvent } from '../../request-context';
import { Allow } from '../../shared/auth/access';
import { Role } from '../../shared/auth/role';
import { unauthenticated } from '../../shared/errors';
import { RESYNC, Resync } from '../../shared/pubsub';
import { Task } from './task.entity';
import { VOLUNTEER_TOPIC } from './task.service';
import { Volunteer } from './volunteer.entity';

interface Payload {
  action: string;
  taskId: string;
  volunteerId: string;
}

@ObjectType({ description: 'News for one volunteer: PROMOTED from the waiting line, INVITED to a task, or RESYNC (task null): news may have been missed, refetch.' })
export class VolunteerUpdate {
  @Field(() => String) action: string;
  @Field(() => Task, { nullable: true }) task: Task | null;
}

@Resolver(() => VolunteerUpdate)
export class VolunteerLiveResolver {
  @Allow(Role.VOLUNTEER)
  @Subscription(() => VolunteerUpdate, {
    description: "The caller's own news, as it commits: moved up from a waiting line, invited to a task.",
    subscribe: async ({ context }) => {
      const ctx = context as Context;
      if (!ctx.viewer) throw unauthenticated();
      const me = await ctx.em.fork().findOne(Volunteer, { user: ctx.viewer.userId });
      return ctx.pubsub.subscribe<Payload>(VOLUNTEER_TOPIC, (payload) => !!me && payload.volunteerId === me.id);
    },
  })
  async volunteerUpdates(@Root() payload: Payload | Resync, @Ctx() ctx: Context): Promise<VolunteerUpdate> {
    if (payload instanceof Resync) return { action: RESYNC, task: null };
    renewForEvent(ctx);
    return { action: payload.action, task: await ctx.em.findOne(Task, payload.taskId) };
  }
}
