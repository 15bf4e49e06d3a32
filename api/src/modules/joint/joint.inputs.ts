import { Field, ID, InputType, Int } from 'type-graphql';
import { IntRange, ListSize, LongText, Name, ShortText } from '../../shared/validation';
import { NeedCategory, NeedStatus, ResourceCategory } from './joint.enums';

@InputType({ description: "A unit representative adds to their own unit's resource list." })
export class AddResourceInput {
  @Field(() => String) @Name() title: string;
  @Field(() => ResourceCategory) category: ResourceCategory;
  @Field(() => Int, { nullable: true }) @IntRange(0, 1_000_000_000) quantity?: number | null;
  @Field(() => String, { nullable: true }) @LongText() description?: string | null;
  @Field(() => String, { nullable: true }) @ShortText(20) unitOfMeasure?: string | null;
  @Field(() => String, { nullable: true }) @ShortText(200) availability?: string | null;
  @Field(() => NeedCategory, { nullable: true }) servesCategory?: NeedCategory | null;
}

@InputType()
export class UpdateResourceInput {
  @Field(() => String, { nullable: true }) @Name() title?: string | null;
  @Field(() => ResourceCategory, { nullable: true }) category?: ResourceCategory | null;
  @Field(() => Int, { nullable: true }) @IntRange(0, 1_000_000_000) quantity?: number | null;
  @Field(() => String, { nullable: true }) @LongText() description?: string | null;
  @Field(() => String, { nullable: true }) @ShortText(20) unitOfMeasure?: string | null;
  @Field(() => String, { nullable: true }) @ShortText(200) availability?: string | null;
  @Field(() => NeedCategory, { nullable: true }) servesCategory?: NeedCategory | null;
}

@InputType()
export class ScheduleJointMeetingInput {
  @Field(() => ID) communityId: string;
  @Field(() => String) @Name() title: string;
  @Field(() => Date) heldAt: Date;
  @Field(() => [ID], { nullable: true }) @ListSize(0, 200) attendeeUnitIds?: string[] | null;
  @Field(() => String, { nullable: true }) @ShortText(200) place?: string | null;
  @Field(() => String, { nullable: true }) @LongText() agenda?: string | null;
}

@InputType()
export class UpdateJointMeetingInput {
  @Field(() => String, { nullable: true }) @Name() title?: string | null;
  @Field(() => Date, { nullable: true }) heldAt?: Date | null;
  @Field(() => [ID], { nullable: true }) @ListSize(0, 200) attendeeUnitIds?: string[] | null;
  @Field(() => String, { nullable: true }) @ShortText(200) place?: string | null;
  @Field(() => String, { nullable: true }) @LongText() agenda?: string | null;
  @Field(() => String, { nullable: true }) @LongText() minutes?: string | null;
}

@InputType()
export class SignAgreementInput {
  @Field(() => ID) communityId: string;
  @Field(() => ID) unitId: string;
  @Field(() => ID, { nullable: true }) meetingId?: string | null;
  @Field(() => String, { nullable: true }) @LongText() commitments?: string | null;
  @Field(() => Date, { nullable: true, description: 'Start of validity; the signing time when absent.' }) validFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: 'End of validity; none when absent.' }) validUntil?: Date | null;
}

@InputType()
export class CreateNeedInput {
  @Field(() => ID) communityId: string;
  @Field(() => String) @Name() title: string;
  @Field(() => String, { nullable: true }) @LongText() description?: string | null;
  @Field(() => NeedCategory) category: NeedCategory;
  @Field(() => Int, { nullable: true }) @IntRange(1, 100) maxClaimants?: number | null;
  @Field(() => ID, { nullable: true }) gridId?: string | null;
  @Field(() => String, { nullable: true }) @ShortText(200) location?: string | null;
  @Field(() => Int, { nullable: true }) @IntRange(0, 2_000_000_000) budgetEstimate?: number | null;
}

@InputType()
export class UpdateNeedInput {
  @Field(() => String, { nullable: true }) @Name() title?: string | null;
  @Field(() => String, { nullable: true }) @LongText() description?: string | null;
  @Field(() => NeedCategory, { nullable: true }) category?: NeedCategory | null;
  @Field(() => Int, { nullable: true }) @IntRange(1, 100) maxClaimants?: number | null;
  @Field(() => ID, { nullable: true }) gridId?: string | null;
  @Field(() => String, { nullable: true }) @ShortText(200) location?: string | null;
  @Field(() => Int, { nullable: true }) @IntRange(0, 2_000_000_000) budgetEstimate?: number | null;
}

@InputType()
export class NeedFilter {
  @Field(() => ID, { nullable: true }) communityId?: string | null;
  @Field(() => [NeedStatus], { nullable: true }) @ListSize(0, 6) status?: NeedStatus[] | null;
  @Field(() => NeedCategory, { nullable: true }) category?: NeedCategory | null;
  @Field(() => String, { nullable: true, description: 'Part of the title or description.' }) @ShortText(100) search?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only needs my unit holds a live claim on.' }) claimedByMyUnit?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Only needs claimed at this meeting.' }) meetingId?: string | null;
}
