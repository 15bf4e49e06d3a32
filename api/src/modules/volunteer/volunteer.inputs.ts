import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { IntRange, ListSize, Name, NumberRange, PairedWith, ShortText } from '../../shared/validation';

@InputType({ description: 'The calling user becomes a volunteer.' })
export class RegisterVolunteerInput {
  @Field(() => [String], { description: 'From the shared vocabulary or free tags; at most 20, each 1–30 characters.' }) @ListSize(0, 20) skills: string[];
  @Field(() => ID, { nullable: true }) communityId?: string | null;
  @Field(() => ID, { nullable: true }) gridId?: string | null;
  @Field(() => [String], { nullable: true, description: 'MON_AM … SUN_EVE.' }) @ListSize(0, 21) availability?: string[] | null;
  @Field(() => Boolean, { nullable: true }) partyMember?: boolean | null;
}

@InputType()
export class CreateTaskInput {
  @Field(() => ID) communityId: string;
  @Field(() => String) @Name() title: string;
  @Field(() => [String], { nullable: true }) @ListSize(0, 20) requiredSkills?: string[] | null;
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) endsAt: Date;
  @Field(() => Int) @IntRange(1, 10_000) capacity: number;
  @Field(() => ID, { nullable: true }) needId?: string | null;
  @Field(() => ID, { nullable: true }) gridId?: string | null;
  @Field(() => String, { nullable: true }) @ShortText(200) place?: string | null;
  @Field(() => Float, { nullable: true, description: 'WGS-84; with longitude or neither.' }) @NumberRange(-90, 90) @PairedWith('longitude') latitude?: number | null;
  @Field(() => Float, { nullable: true }) @NumberRange(-180, 180) @PairedWith('latitude') longitude?: number | null;
}

// A task, and the retry key a phone sends with every try of one tap.
@ArgsType()
export class TaskKeyArgs {
  @Field(() => ID) taskId: string;
  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result.' }) @ShortText(100) idempotencyKey?: string | null;
}
