import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IntRange, ListSize, LongText, Name, NumberRange, PairedWith, ShortText } from '../../shared/validation';
import { CaseCategory } from './case.enums';

@InputType()
export class ReportCaseInput {
  @Field(() => String) @Name() title: string;
  @Field(() => String, { nullable: true }) @LongText() description?: string | null;
  @Field(() => String, { nullable: true }) @ShortText(300) address?: string | null;
  @Field(() => Float, { nullable: true }) @NumberRange(-90, 90) @PairedWith('longitude') latitude?: number | null;
  @Field(() => Float, { nullable: true }) @NumberRange(-180, 180) @PairedWith('latitude') longitude?: number | null;
  @Field(() => String, { nullable: true, description: 'A retried report with the same key from the same reporter returns the first case instead of a new one.' })
  @ShortText(100)
  idempotencyKey?: string | null;
  @Field(() => CaseCategory, { nullable: true, description: 'OTHER when absent.' }) category?: CaseCategory | null;
  @Field(() => ID, { nullable: true, description: "The community it happened in; the reporter's own when absent." }) communityId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Photos uploaded through POST /api/uploads, at most 9.' }) @ListSize(0, 9) photoIds?: string[] | null;
}

@InputType({ description: "The command centre's routing and deadlines for one category." })
export class RoutingRuleInput {
  @Field(() => CaseCategory) category: CaseCategory;
  @Field(() => ID, { nullable: true, description: 'The unit usually responsible; null for none.' }) unitId?: string | null;
  @Field(() => Int, { nullable: true }) @IntRange(1, 720) acceptHours?: number | null;
  @Field(() => Int, { nullable: true, description: '签收 deadline after dispatch.' }) @IntRange(1, 720) responseHours?: number | null;
  @Field(() => Int, { nullable: true }) @IntRange(1, 720) handleHours?: number | null;
  @Field(() => Int, { nullable: true }) @IntRange(1, 720) verifyHours?: number | null;
}
