import DataLoader from 'dataloader';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { remember } from '../../shared/auth/access-state';
import { Role } from '../../shared/auth/role';
import { Name, NumberRange } from '../../shared/validation';
import { CaseFile } from '../case/case.entity';
import { Need } from '../joint/need.entity';
import { Community } from '../org/community.entity';
import { PartyOrder } from './order.entity';
import { OrderReportService, PartyOrderMonth } from './order.report';
import { OrderService } from './order.service';

/** A case's or need's order, batched per request: one query per page, whatever its size. */
function orderOf(ctx: Context, by: 'caseFile' | 'need', id: string): Promise<PartyOrder | null> {
  return remember(
    ctx,
    `order.by.${by}`,
    async () =>
      new DataLoader<string, PartyOrder | null>(async (ids) => {
        const orders = await ctx.em.find(PartyOrder, { [by]: { $in: [...ids] } });
        const byKey = new Map(orders.map((o) => [o[by]?.id, o]));
        return ids.map((key) => byKey.get(key) ?? null);
      }),
  ).then((loader) => loader.load(id));
}

@ArgsType()
class RouteArgs {
  @Field(() => ID, { description: 'The case (routeCaseToParty) or the need (routeNeedToParty).' }) id: string;
  @Field(() => Float, { nullable: true, description: 'Service hours credited to the taker when the order is done (0.5–24, default 1).' })
  @NumberRange(0.5, 24)
  hours: number | null;
}

@ArgsType()
class CompleteArgs {
  @Field(() => ID) id: string;
  @Field(() => String) @Name(2000) note: string;
}

@Resolver(() => PartyOrder)
export class PartyOrderResolver {
  @Allow(Role.COMMAND_CENTER)
  @Mutation(() => PartyOrder, {
    description: '党员领单: COMMAND_CENTER routes an ACCEPTED case to the party-member volunteers of its community instead of a unit (ACCEPTED -> DISPATCHED, no unit).',
  })
  routeCaseToParty(@Args(() => RouteArgs) args: RouteArgs, @Ctx() ctx: Context): Promise<PartyOrder> {
    return new OrderService(ctx).routeCase(args.id, args.hours ?? 1);
  }

  @Allow(Role.COMMUNITY_SECRETARY)
  @Mutation(() => PartyOrder, { description: "COMMUNITY_SECRETARY of the need routes a PUBLISHED, unclaimed need to the party members (-> IN_PROGRESS, out of the units' reach)." })
  routeNeedToParty(@Args(() => RouteArgs) args: RouteArgs, @Ctx() ctx: Context): Promise<PartyOrder> {
    return new OrderService(ctx).routeNeed(args.id, args.hours ?? 1);
  }

  @Allow(Role.VOLUNTEER)
  @Query(() => [PartyOrder], { description: "A party-member VOLUNTEER: their community's orders nobody has taken yet, oldest first. Others: FORBIDDEN." })
  openPartyOrders(@Ctx() ctx: Context): Promise<PartyOrder[]> {
    return new OrderService(ctx).open();
  }

  @Allow(Role.VOLUNTEER)
  @Query(() => [PartyOrder], { description: 'The orders the signed-in volunteer took, newest first.' })
  myPartyOrders(@Ctx() ctx: Context): Promise<PartyOrder[]> {
    return new OrderService(ctx).mine();
  }

  @Allow(Role.VOLUNTEER)
  @Mutation(() => PartyOrder, { description: 'A party member of the community takes an open order; exactly one wins, the others get CONFLICT.' })
  takePartyOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PartyOrder> {
    return new OrderService(ctx).take(id);
  }

  @Allow(Role.VOLUNTEER)
  @Mutation(() => PartyOrder, { description: "The taker of a need's order marks it done with a note: the need becomes DONE and the hours count." })
  completePartyOrder(@Args(() => CompleteArgs) args: CompleteArgs, @Ctx() ctx: Context): Promise<PartyOrder> {
    return new OrderService(ctx).completeNeed(args.id, args.note);
  }

  @Allow(Role.ADMIN, Role.COMMUNITY_SECRETARY)
  @Query(() => PartyOrderMonth, { description: '党员领单月报 of a community (its secretary): orders taken in a China month (YYYY-MM), by member and by grid party branch.' })
  partyOrderMonth(@Arg('communityId', () => ID) communityId: string, @Arg('month', () => String) month: string, @Ctx() ctx: Context): Promise<PartyOrderMonth> {
    return new OrderReportService(ctx).month(communityId, month);
  }

  @FieldResolver(() => CaseFile, { name: 'case', nullable: true })
  caseFile(@Root() order: PartyOrder): Promise<CaseFile> | null {
    return order.caseFile ? order.caseFile.loadOrFail() : null;
  }

  @FieldResolver(() => Need, { nullable: true })
  need(@Root() order: PartyOrder): Promise<Need> | null {
    return order.need ? order.need.loadOrFail() : null;
  }

  @FieldResolver(() => Community)
  community(@Root() order: PartyOrder): Promise<Community> {
    return order.community.loadOrFail();
  }

  @FieldResolver(() => Boolean, { description: 'Whether the signed-in user took it.' })
  mine(@Root() order: PartyOrder, @Ctx() ctx: Context): boolean {
    return !!ctx.viewer && order.takenBy?.id === ctx.viewer.userId;
  }

  @FieldResolver(() => String, { nullable: true, description: "The taker's name: the community's secretary, the command centre and the taker; others masked." })
  async takerName(@Root() order: PartyOrder): Promise<string | null> {
    return order.takenBy ? (await order.takenBy.loadOrFail()).displayName : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The taker's phone: the community's secretary and the taker only." })
  async takerPhone(@Root() order: PartyOrder): Promise<string | null> {
    return order.takenBy ? (await order.takenBy.loadOrFail()).phone : null;
  }
}

@Resolver(() => CaseFile)
export class CasePartyOrderResolver {
  @FieldResolver(() => PartyOrder, { nullable: true, description: '党员领单: the order this case was routed as, if any.' })
  partyOrder(@Root() caseFile: CaseFile, @Ctx() ctx: Context): Promise<PartyOrder | null> {
    return orderOf(ctx, 'caseFile', caseFile.id);
  }
}

@Resolver(() => Need)
export class NeedPartyOrderResolver {
  @FieldResolver(() => PartyOrder, { nullable: true, description: '党员领单: the order this need was routed as, if any.' })
  partyOrder(@Root() need: Need, @Ctx() ctx: Context): Promise<PartyOrder | null> {
    return orderOf(ctx, 'need', need.id);
  }
}
