import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { Role } from '../../shared/auth/role';
import { ConnectionType } from '../../shared/pagination';
import { LongText } from '../../shared/validation';
import { User } from '../org/user.entity';
import { CaseFile } from './case.entity';
import { STATS_WATCHERS } from './case-stats.service';
import { FollowUp, FollowUpSatisfaction, FollowUpSolved } from './follow-up.entity';
import { FollowUpService } from './follow-up.service';
import { RateCaseKind, RateCasesService } from './rate-cases.service';
import { RateWeights } from './rate-weights.entity';
import { RateWeightsInput, RateWeightsService } from './rate-weights.service';

/** A page of cases picked for a purpose (the follow-up queue, the cases behind a rate). */
export const CaseSelectionConnection = ConnectionType('CaseSelection', CaseFile);

@ArgsType()
class FollowUpArgs {
  @Field(() => ID) caseId: string;
  @Field(() => FollowUpSolved) solved: FollowUpSolved;
  @Field(() => FollowUpSatisfaction) satisfaction: FollowUpSatisfaction;
  @Field(() => String, { nullable: true }) @LongText(2000) note: string | null;
}

@Resolver(() => FollowUp)
export class FollowUpResolver {
  @Allow(Role.COMMAND_CENTER, Role.RESIDENT)
  @Mutation(() => FollowUp, {
    description:
      '回访 of a CLOSED case, once per closure: COMMAND_CENTER after calling the reporter, or the reporter themselves (RESIDENT). NOT_SOLVED or NOT_SATISFIED within 7 days of closing sends it back to its unit (退回重办).',
  })
  recordFollowUp(@Args(() => FollowUpArgs) args: FollowUpArgs, @Ctx() ctx: Context): Promise<FollowUp> {
    return new FollowUpService(ctx).record(args.caseId, args);
  }

  @Allow(Role.COMMAND_CENTER)
  @Query(() => CaseSelectionConnection, { description: 'COMMAND_CENTER: closed cases not yet followed up for their latest closure, oldest closure first.' })
  followUpQueue(@Arg('first', () => Int, { nullable: true }) first: number | null, @Arg('after', () => String, { nullable: true }) after: string | null, @Ctx() ctx: Context) {
    return new FollowUpService(ctx).queue(first, after);
  }

  @Allow(...STATS_WATCHERS)
  @Query(() => CaseSelectionConnection, {
    description: "The cases behind a unit's rate over cases reported in [from, to): e.g. late sign-fors, not solved. Only cases the caller may see.",
  })
  rateCases(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('kind', () => RateCaseKind) kind: RateCaseKind,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return new RateCasesService(ctx).list(unitId, from, to, kind, first, after);
  }

  @Allow(...STATS_WATCHERS)
  @Query(() => RateWeights, { description: 'The weights of the unit score and the credits of partial answers.' })
  rateWeights(@Ctx() ctx: Context): Promise<RateWeights> {
    return new RateWeightsService(ctx).get();
  }

  @Allow(Role.COMMAND_CENTER)
  @Mutation(() => RateWeights, { description: 'COMMAND_CENTER sets the weights (summing to 100) and credits; audited.' })
  setRateWeights(@Arg('input', () => RateWeightsInput) input: RateWeightsInput, @Ctx() ctx: Context): Promise<RateWeights> {
    return new RateWeightsService(ctx).set(input);
  }

  @FieldResolver(() => User, { description: 'Who recorded it: the reporter, or the command centre officer who called them.' })
  recordedBy(@Root() followUp: FollowUp): Promise<User> {
    return followUp.recordedBy.loadOrFail();
  }
}

@Resolver(() => CaseFile)
export class CaseFollowUpResolver {
  @FieldResolver(() => [FollowUp], { description: '回访 of each closure, oldest first; `reworked` marks those that sent the case back.' })
  followUps(@Root() c: CaseFile, @Ctx() ctx: Context): Promise<FollowUp[]> {
    return ctx.loaders.followUpsByCase.load(c.id);
  }
}
