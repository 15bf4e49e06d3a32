import { Field, Int, ObjectType } from 'type-graphql';
import { Community } from '../org/community.entity';
import { PartnerUnit } from '../org/partner-unit.entity';
import { Need } from './need.entity';
import { Resource } from './resource.entity';

// Output-only types: services build them, resolvers return them, neither owns them.

@ObjectType({ description: 'A unit whose resources fit a need.' })
export class UnitSuggestion {
  @Field(() => PartnerUnit) unit: PartnerUnit;
  @Field(() => [Resource], { description: "Its resources that serve the need's category." }) resources: Resource[];
  @Field(() => Boolean, { description: "It has an ACTIVE agreement with the need's community." }) hasAgreement: boolean;
}

@ObjectType()
export class ImportRowError {
  @Field(() => Int, { description: 'The spreadsheet row, as Excel numbers it.' }) row: number;
  @Field(() => String) message: string;
}

@ObjectType({ description: 'All or nothing: either every row became a DRAFT need, or none did and the errors say why.' })
export class NeedImportResult {
  @Field(() => Int) imported: number;
  @Field(() => [Need]) needs: Need[];
  @Field(() => [ImportRowError]) errors: ImportRowError[];
}

@ObjectType({ description: 'Counts for leaders, city-wide or for one community. Needs in DRAFT or CANCELLED are not counted as published.' })
export class Totals {
  @Field(() => Int, { description: 'ACTIVE agreements.' }) agreements: number;
  @Field(() => Int, { description: 'Resource items of units with an ACTIVE agreement in the community (city-wide: all resource items).' }) resources: number;
  @Field(() => Int) publishedNeeds: number;
  @Field(() => Int, { description: 'Needs with at least one claim.' }) claimedNeeds: number;
}

@ObjectType()
export class CommunityTotals extends Totals {
  @Field(() => Community) community: Community;
}

@ObjectType()
export class UnitTotals {
  @Field(() => PartnerUnit) unit: PartnerUnit;
  @Field(() => Int, { description: 'ACTIVE agreements of the unit.' }) agreements: number;
  @Field(() => Int, { description: 'Resource items it offers.' }) resources: number;
  @Field(() => Int, { description: 'Claims it holds.' }) claims: number;
}

@ObjectType()
export class MonthTotals {
  @Field(() => String, { description: 'YYYY-MM' }) month: string;
  @Field(() => Int) agreementsSigned: number;
  @Field(() => Int) needsPublished: number;
  @Field(() => Int) claimsMade: number;
}
