import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { CommunityTotals, MonthTotals, Totals, UnitTotals } from './joint.types';
import { TotalsService } from './totals.service';

@Resolver()
export class TotalsResolver {
  @Allow()
  @Query(() => Totals, { description: 'City-wide, or for one community.' })
  totals(@Arg('communityId', () => ID, { nullable: true }) communityId: string | null, @Ctx() ctx: Context): Promise<Totals> {
    return new TotalsService(ctx).totals(communityId);
  }

  @Allow()
  @Query(() => [CommunityTotals], { description: 'The totals of every community.' })
  totalsByCommunity(@Ctx() ctx: Context): Promise<CommunityTotals[]> {
    return new TotalsService(ctx).byCommunity();
  }

  @Allow()
  @Query(() => [UnitTotals], { description: 'Agreements, resources and claims of every active unit; with `first`, the leading units only.' })
  totalsByUnit(
    @Arg('first', () => Int, { nullable: true, description: '1–500: the units with the most agreements, then claims, then resources (then by name).' }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<UnitTotals[]> {
    return new TotalsService(ctx).byUnit(first === null || first === undefined ? null : Math.min(500, Math.max(1, first)));
  }

  @Allow()
  @Query(() => [MonthTotals], { description: 'Agreements signed, needs published and claims made per month (China time), oldest first.' })
  totalsByMonth(
    @Arg('months', () => Int, { nullable: true, description: '1–36, default 12.' }) months: number | null,
    @Arg('communityId', () => ID, { nullable: true }) communityId: string | null,
    @Ctx() ctx: Context,
  ): Promise<MonthTotals[]> {
    const count = Math.min(36, Math.max(1, months ?? 12));
    return new TotalsService(ctx).byMonth(count, communityId);
  }
}
