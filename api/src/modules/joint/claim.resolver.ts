import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { Role } from '../../shared/auth/role';
import { Name } from '../../shared/validation';
import { PartnerUnit } from '../org/partner-unit.entity';
import { ClaimService } from './claim.service';
import { related, type Shape } from './joint.loaders';
import { JointMeeting } from './meeting.entity';
import { Need } from './need.entity';
import { NeedClaim } from './need-claim.entity';

@ArgsType()
class ReleaseArgs {
  @Field(() => ID) needId: string;
  @Field(() => String) @Name(2000) reason: string;
}

@ArgsType()
class ReportArgs {
  @Field(() => ID) needId: string;
  @Field(() => String) @Name(10_000) note: string;
}

@Resolver(() => NeedClaim)
export class ClaimResolver {
  @Allow(Role.UNIT_REP)
  @Mutation(() => NeedClaim, { description: 'UNIT_REP, for their own unit. Race-free: never more than maxClaimants claims, never two by one unit (CONFLICT).' })
  claimNeed(@Arg('needId', () => ID) needId: string, @Arg('meetingId', () => ID, { nullable: true }) meetingId: string | null, @Ctx() ctx: Context): Promise<NeedClaim> {
    return new ClaimService(ctx).claim(needId, meetingId);
  }

  @Allow(Role.UNIT_REP)
  @Mutation(() => Need, { description: "UNIT_REP gives their unit's claim back, with a reason; the need reopens." })
  releaseClaim(@Args(() => ReleaseArgs) args: ReleaseArgs, @Ctx() ctx: Context): Promise<Need> {
    return new ClaimService(ctx).release(args.needId, args.reason);
  }

  @Allow(Role.UNIT_REP)
  @Mutation(() => Need, { description: 'UNIT_REP of a claiming unit reports progress: the need is IN_PROGRESS.' })
  reportNeedProgress(@Args(() => ReportArgs) args: ReportArgs, @Ctx() ctx: Context): Promise<Need> {
    return new ClaimService(ctx).report(args.needId, args.note, false);
  }

  @Allow(Role.UNIT_REP)
  @Mutation(() => Need, { description: 'UNIT_REP of a claiming unit reports the work complete; the secretary then confirms it DONE.' })
  reportNeedCompletion(@Args(() => ReportArgs) args: ReportArgs, @Ctx() ctx: Context): Promise<Need> {
    return new ClaimService(ctx).report(args.needId, args.note, true);
  }

  // A need's claims list is plain objects with `{ id }` references; `related` loads either kind.
  @FieldResolver(() => Need)
  need(@Root() claim: Shape<NeedClaim>, @Ctx() ctx: Context): Promise<Need> {
    return related(claim.need, ctx.loaders.needById);
  }

  @FieldResolver(() => PartnerUnit)
  unit(@Root() claim: Shape<NeedClaim>, @Ctx() ctx: Context): Promise<PartnerUnit> {
    return related(claim.unit, ctx.loaders.unitById);
  }

  @FieldResolver(() => JointMeeting, { nullable: true })
  meeting(@Root() claim: Shape<NeedClaim>, @Ctx() ctx: Context): Promise<JointMeeting | null> {
    return claim.meeting ? related(claim.meeting, ctx.loaders.meetingById) : Promise.resolve(null);
  }
}
