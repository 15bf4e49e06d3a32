import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { Role } from '../../shared/auth/role';
import { PartnerUnit } from '../org/partner-unit.entity';
import { RoutingRuleInput } from './case.inputs';
import { CaseReport, CaseStats, CaseStatsService, STATS_WATCHERS, UnitRanking } from './case-stats.service';
import { RoutingRule } from './routing.entity';
import { RoutingService } from './routing.service';

@Resolver()
export class CaseStatsResolver {
  @Allow(...STATS_WATCHERS)
  @Query(() => CaseStats, { description: 'Over cases reported in [from, to).' })
  caseStats(@Arg('from', () => Date) from: Date, @Arg('to', () => Date) to: Date, @Ctx() ctx: Context): Promise<CaseStats> {
    return new CaseStatsService(ctx).stats(from, to);
  }

  @Allow(...STATS_WATCHERS)
  @Query(() => [UnitRanking], { description: 'Units by disposal rate over cases reported in [from, to) and dispatched to them (月通报).' })
  unitRanking(@Arg('from', () => Date) from: Date, @Arg('to', () => Date) to: Date, @Ctx() ctx: Context): Promise<UnitRanking[]> {
    return new CaseStatsService(ctx).ranking(from, to);
  }

  @Allow(...STATS_WATCHERS)
  @Query(() => CaseReport, { description: "The weekly report's figures: totals, by category, by community, hours per stage." })
  caseReport(@Arg('from', () => Date) from: Date, @Arg('to', () => Date) to: Date, @Ctx() ctx: Context): Promise<CaseReport> {
    return new CaseStatsService(ctx).report(from, to);
  }

  @Allow(Role.COMMAND_CENTER, Role.ADMIN)
  @Query(() => [RoutingRule], { description: 'The routing table: usual unit and stage deadlines per category.' })
  routingRules(@Ctx() ctx: Context): Promise<RoutingRule[]> {
    return new RoutingService(ctx).rules();
  }

  @Allow(Role.COMMAND_CENTER)
  @Mutation(() => RoutingRule, { description: 'COMMAND_CENTER sets the usual unit and deadlines of a category.' })
  setRoutingRule(@Arg('input', () => RoutingRuleInput) input: RoutingRuleInput, @Ctx() ctx: Context): Promise<RoutingRule> {
    return new RoutingService(ctx).setRule(input);
  }
}

@Resolver(() => RoutingRule)
export class RoutingRuleResolver {
  @FieldResolver(() => PartnerUnit, { nullable: true })
  unit(@Root() rule: RoutingRule): Promise<PartnerUnit | null> {
    return rule.unit ? rule.unit.loadOrFail() : Promise.resolve(null);
  }
}
