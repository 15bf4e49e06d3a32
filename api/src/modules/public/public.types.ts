import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CaseCategory } from '../case/case.enums';
import { AgreementStatus, NeedCategory, NeedStatus } from '../joint/joint.enums';

// What anyone may read without signing in (公示): organisations, needs and counts — never a person.
// These types hold no user, resident, address or free-text field, so no policy rule is needed on them;
// tests/api/public-view.test.ts checks every answer for the personal data seeded beside it.

@ObjectType({ description: 'A community as the public page lists it.' })
export class PublicCommunity {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: '街道办事处.' }) subdistrict: string;
  @Field(() => Int, { description: 'Needs published and not cancelled.' }) publishedNeeds: number;
  @Field(() => Int, { description: 'Of those, claimed by at least one unit.' }) claimedNeeds: number;
}

@ObjectType({ description: 'A published need: its title, category and progress, and the units that claimed it.' })
export class PublicNeed {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => NeedCategory) category: NeedCategory;
  @Field(() => NeedStatus) status: NeedStatus;
  @Field(() => [String], { description: 'Units holding a claim now, in the order they claimed.' }) claimedBy: string[];
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it was finished.' }) doneAt: Date | null;
}

@ObjectType({ description: 'A joint-construction agreement signed this year.' })
export class PublicAgreement {
  @Field(() => ID) id: string;
  @Field() unit: string;
  @Field(() => Date) signedAt: Date;
  @Field(() => AgreementStatus) status: AgreementStatus;
}

@ObjectType({ description: 'Cases closed in one month (China time) and category.' })
export class PublicClosedCases {
  @Field({ description: 'YYYY-MM.' }) month: string;
  @Field(() => CaseCategory) category: CaseCategory;
  @Field(() => Int) closed: number;
}

@ObjectType({ description: "One community's public page." })
export class PublicCommunityPage {
  @Field(() => PublicCommunity) community: PublicCommunity;
  @Field(() => [PublicNeed], {
    description: 'Published, claimed, in progress and done needs, newest first; never drafts or cancelled ones, nor needs raised from a household visit.',
  })
  needs: PublicNeed[];
  @Field(() => [PublicAgreement], { description: 'Signed since 1 January (China time).' }) agreements: PublicAgreement[];
  @Field(() => [PublicClosedCases], { description: 'The last 12 months.' }) closedCases: PublicClosedCases[];
}
