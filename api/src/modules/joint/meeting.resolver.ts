import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { Role } from '../../shared/auth/role';
import { Community } from '../org/community.entity';
import { PartnerUnit } from '../org/partner-unit.entity';
import { Agreement } from './agreement.entity';
import { ScheduleJointMeetingInput, UpdateJointMeetingInput } from './joint.inputs';
import { JointMeeting } from './meeting.entity';
import { MeetingService } from './meeting.service';
import { NeedClaim } from './need-claim.entity';

@Resolver(() => JointMeeting)
export class MeetingResolver {
  @Allow()
  @Query(() => [JointMeeting], { description: 'Newest first, at most 200.' })
  jointMeetings(@Arg('communityId', () => ID, { nullable: true }) communityId: string | null, @Ctx() ctx: Context): Promise<JointMeeting[]> {
    return new MeetingService(ctx).list(communityId);
  }

  @Allow()
  @Query(() => JointMeeting, { nullable: true })
  jointMeeting(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<JointMeeting | null> {
    return new MeetingService(ctx).find(id);
  }

  @Allow(Role.COMMUNITY_SECRETARY)
  @Mutation(() => JointMeeting, { description: 'COMMUNITY_SECRETARY of that community.' })
  scheduleJointMeeting(@Arg('input', () => ScheduleJointMeetingInput) input: ScheduleJointMeetingInput, @Ctx() ctx: Context): Promise<JointMeeting> {
    return new MeetingService(ctx).schedule(input);
  }

  @Allow(Role.COMMUNITY_SECRETARY)
  @Mutation(() => JointMeeting, { description: 'COMMUNITY_SECRETARY of that community: agenda, attendees, minutes.' })
  updateJointMeeting(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateJointMeetingInput) input: UpdateJointMeetingInput, @Ctx() ctx: Context): Promise<JointMeeting> {
    return new MeetingService(ctx).update(id, input);
  }

  @FieldResolver(() => Community)
  community(@Root() meeting: JointMeeting): Promise<Community> {
    return meeting.community.loadOrFail();
  }

  @FieldResolver(() => [PartnerUnit])
  async attendees(@Root() meeting: JointMeeting): Promise<PartnerUnit[]> {
    return (await meeting.attendees.load({ dataloader: true })).getItems();
  }

  @FieldResolver(() => [Agreement], { description: 'Agreements signed at this meeting.' })
  agreements(@Root() meeting: JointMeeting, @Ctx() ctx: Context): Promise<Agreement[]> {
    return ctx.em.find(Agreement, { meeting: meeting.id }, { orderBy: { signedAt: 'asc' } });
  }

  @FieldResolver(() => [NeedClaim], { description: 'Claims made at this meeting, including ones released since.' })
  claims(@Root() meeting: JointMeeting, @Ctx() ctx: Context): Promise<NeedClaim[]> {
    return ctx.em.find(NeedClaim, { meeting: meeting.id }, { orderBy: { claimedAt: 'asc' } });
  }
}
