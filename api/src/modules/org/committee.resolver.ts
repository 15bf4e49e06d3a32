import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { Role } from '../../shared/auth/role';
import { CommitteeMember } from './committee-member.entity';
import { CommunityService } from './community.service';
import { CommitteeMemberInput } from './org.inputs';
import { PartnerUnit } from './partner-unit.entity';

@Resolver(() => CommitteeMember)
export class CommitteeResolver {
  @Allow(Role.ADMIN, Role.COMMUNITY_SECRETARY)
  @Mutation(() => CommitteeMember, { description: 'ADMIN, or the secretary of that community.' })
  addCommitteeMember(
    @Arg('communityId', () => ID) communityId: string,
    @Arg('input', () => CommitteeMemberInput) input: CommitteeMemberInput,
    @Ctx() ctx: Context,
  ): Promise<CommitteeMember> {
    return new CommunityService(ctx).addCommitteeMember(communityId, input);
  }

  @Allow(Role.ADMIN, Role.COMMUNITY_SECRETARY)
  @Mutation(() => CommitteeMember, { description: 'ADMIN, or the secretary of that community.' })
  updateCommitteeMember(@Arg('id', () => ID) id: string, @Arg('input', () => CommitteeMemberInput) input: CommitteeMemberInput, @Ctx() ctx: Context): Promise<CommitteeMember> {
    return new CommunityService(ctx).updateCommitteeMember(id, input);
  }

  @Allow(Role.ADMIN, Role.COMMUNITY_SECRETARY)
  @Mutation(() => Boolean, { description: 'ADMIN, or the secretary of that community.' })
  removeCommitteeMember(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return new CommunityService(ctx).removeCommitteeMember(id);
  }

  @FieldResolver(() => PartnerUnit, { nullable: true, description: 'The partner unit the member comes from.' })
  unit(@Root() member: CommitteeMember): Promise<PartnerUnit | null> {
    return member.unit ? member.unit.load() : Promise.resolve(null);
  }
}
