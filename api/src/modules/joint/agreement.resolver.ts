import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { Role } from '../../shared/auth/role';
import { Name } from '../../shared/validation';
import { Community } from '../org/community.entity';
import { PartnerUnit } from '../org/partner-unit.entity';
import { Agreement } from './agreement.entity';
import { AgreementService } from './agreement.service';
import { SignAgreementInput } from './joint.inputs';
import { JointMeeting } from './meeting.entity';

@ArgsType()
class TerminateArgs {
  @Field(() => ID) id: string;
  @Field(() => String) @Name(2000) reason: string;
}

@Resolver(() => Agreement)
export class AgreementResolver {
  @Allow()
  @Query(() => [Agreement], { description: 'Newest first; of one community or one unit when given.' })
  agreements(
    @Arg('communityId', () => ID, { nullable: true }) communityId: string | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Ctx() ctx: Context,
  ): Promise<Agreement[]> {
    return new AgreementService(ctx).list(communityId, unitId);
  }

  @Allow()
  @Query(() => Agreement, { nullable: true })
  agreement(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Agreement | null> {
    return new AgreementService(ctx).find(id);
  }

  @Allow(Role.COMMUNITY_SECRETARY)
  @Mutation(() => Agreement, { description: 'COMMUNITY_SECRETARY of that community. One ACTIVE agreement per community and unit (else CONFLICT).' })
  signAgreement(@Arg('input', () => SignAgreementInput) input: SignAgreementInput, @Ctx() ctx: Context): Promise<Agreement> {
    return new AgreementService(ctx).sign(input);
  }

  @Allow(Role.COMMUNITY_SECRETARY)
  @Mutation(() => Agreement, { description: 'COMMUNITY_SECRETARY of that community: ACTIVE -> TERMINATED with a reason.' })
  terminateAgreement(@Args(() => TerminateArgs) args: TerminateArgs, @Ctx() ctx: Context): Promise<Agreement> {
    return new AgreementService(ctx).terminate(args.id, args.reason);
  }

  @FieldResolver(() => Community)
  community(@Root() agreement: Agreement): Promise<Community> {
    return agreement.community.loadOrFail();
  }

  @FieldResolver(() => PartnerUnit)
  unit(@Root() agreement: Agreement): Promise<PartnerUnit> {
    return agreement.unit.loadOrFail();
  }

  @FieldResolver(() => JointMeeting, { nullable: true })
  meeting(@Root() agreement: Agreement): Promise<JointMeeting | null> {
    return agreement.meeting ? agreement.meeting.loadOrFail() : Promise.resolve(null);
  }
}
