import { ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { CalendarDate, IntRange, ListSize, LongText, Name, NumberRange, PairedWith, ShortText } from '../../shared/validation';
import { NeedCategory } from '../joint/joint.enums';
import { TeamKind } from '../volunteer/team.entity';
import { VisitFrequency } from './schedule.entity';

@InputType()
export class CreateTeamInput {
  @Field(() => ID) communityId: string;
  @Field(() => String) @Name() name: string;
  @Field(() => TeamKind) kind: TeamKind;
  @Field(() => ID, { nullable: true, description: 'A volunteer of the community.' }) captainId?: string | null;
  @Field(() => [ID], { nullable: true }) @ListSize(0, 500) memberIds?: string[] | null;
}

@InputType()
export class HouseholdInput {
  @Field(() => ID) communityId: string;
  @Field(() => String) @Name() residents: string;
  @Field(() => String) @Name(300) address: string;
  @Field(() => Float, { nullable: true, description: 'WGS-84; with longitude or neither.' }) @NumberRange(-90, 90) @PairedWith('longitude') latitude?: number | null;
  @Field(() => Float, { nullable: true }) @NumberRange(-180, 180) @PairedWith('latitude') longitude?: number | null;
  @Field(() => ID, { nullable: true }) gridId?: string | null;
  @Field(() => String, { nullable: true }) @LongText(2000) situation?: string | null;
  @Field(() => String, { nullable: true }) @ShortText(200) emergencyContact?: string | null;
  @Field(() => Boolean) consent: boolean;
  @Field(() => ID, { nullable: true, description: 'The team that looks after it.' }) teamId?: string | null;
}

@InputType()
export class VisitScheduleInput {
  @Field(() => ID) householdId: string;
  @Field(() => ID) teamId: string;
  @Field(() => VisitFrequency) frequency: VisitFrequency;
  @Field(() => Int, { nullable: true }) @IntRange(1, 365) interval?: number | null;
  @Field(() => [Int], { nullable: true }) @ListSize(0, 7) weekdays?: number[] | null;
  @Field(() => Int, { nullable: true }) @IntRange(1, 31) dayOfMonth?: number | null;
  @Field(() => String, { description: 'YYYY-MM-DD' }) @CalendarDate() startsOn: string;
  @Field(() => [String], { nullable: true }) @ListSize(0, 20) services?: string[] | null;
}

@InputType({ description: 'A concern that becomes a need (DRAFT, for the secretary) or a case, in the same step as the visit.' })
export class RaiseInput {
  @Field(() => String) @Name() title: string;
  @Field(() => NeedCategory, { nullable: true, description: 'For a need.' }) needCategory?: NeedCategory | null;
}

@InputType()
export class RecordVisitInput {
  @Field(() => ID) householdId: string;
  @Field(() => ID, { nullable: true }) scheduleId?: string | null;
  @Field(() => String, { nullable: true, description: 'The scheduled day it answers; today when absent.' }) @CalendarDate() dueOn?: string | null;
  @Field(() => [String], { nullable: true }) @ListSize(0, 20) servicesDone?: string[] | null;
  @Field(() => String, { nullable: true }) @LongText(5000) concerns?: string | null;
  // Nested, so checked only when asked: the same bounds as createNeed's and reportCase's title.
  @Field(() => RaiseInput, { nullable: true }) @ValidateNested() raiseNeed?: RaiseInput | null;
  @Field(() => RaiseInput, { nullable: true }) @ValidateNested() raiseCase?: RaiseInput | null;
  @Field(() => String, { nullable: true, description: 'A retried record with the same key from the same visitor returns the first visit instead of a new one.' })
  @ShortText(100)
  idempotencyKey?: string | null;
}
