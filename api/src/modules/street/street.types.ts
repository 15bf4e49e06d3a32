import { ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AnId, EachShortText, ListSize, LongText, Name, NumberRange } from '../../shared/validation';
import { CaseCategory, CaseStatus } from '../case/case.enums';
import { RoadSection } from './road-section.entity';

@ObjectType('GeoPoint', { description: 'WGS-84, as phones report positions.' })
export class GeoPoint {
  @Field(() => Float) lat: number;
  @Field(() => Float) lng: number;
}

@ObjectType({ description: 'A position of a patrol round, with when the phone took it.' })
export class TrailPoint extends GeoPoint {
  @Field(() => Date) at: Date;
}

@InputType('GeoPointInput')
export class GeoPointInput {
  @Field(() => Float) @NumberRange(-90, 90) lat: number;
  @Field(() => Float) @NumberRange(-180, 180) lng: number;
}

@InputType()
export class TrailPointInput extends GeoPointInput {
  @Field(() => Date, { nullable: true, description: 'When the phone took it; now when left out.' }) at?: Date | null;
}

@InputType()
export class RoadSectionInput {
  @Field(() => ID, { nullable: true, description: 'Left out: a new section.' }) id?: string | null;
  @Field(() => ID) @AnId() communityId: string;
  @Field(() => String) @Name() name: string;
  @Field(() => [GeoPointInput], { description: 'The line along the road, at most 500 points; a section needs a line of two points or at least one address.' })
  @ListSize(0, 500)
  @ValidateNested({ each: true })
  path: GeoPointInput[];
  @Field(() => [String]) @ListSize(0, 50) @EachShortText(200) addresses: string[];
  @Field(() => ID, { nullable: true, description: '街长: any active user, usually a bureau head.' }) chiefId?: string | null;
  @Field(() => [ID], { description: 'The patrol group (街巷巡查组).' }) @ListSize(0, 100) patrollerIds: string[];
}

@InputType()
export class PatrolEndInput {
  @Field(() => ID) @AnId() roundId: string;
  @Field(() => [TrailPointInput], { nullable: true }) @ListSize(0, 1000) @ValidateNested({ each: true }) positions?: TrailPointInput[] | null;
  @Field(() => String, { nullable: true }) @LongText(2000) note?: string | null;
}

@ObjectType({ description: 'A case located on a section, as its chief sees it: the street problem, its stage and its unit; no reporter, no notes.' })
export class SectionCase {
  @Field(() => ID) id: string;
  @Field(() => String) number: string;
  @Field(() => String) title: string;
  @Field(() => CaseCategory) category: CaseCategory;
  @Field(() => CaseStatus) status: CaseStatus;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => Date) reportedAt: Date;
  @Field(() => String, { nullable: true, description: 'The unit it is dispatched to.' }) unitName: string | null;
  @Field(() => Date, { nullable: true, description: 'The deadline of its present stage.' }) stageDueAt: Date | null;
  @Field(() => Boolean, { description: 'Past the deadline of its present stage: escalated to the chief (and so shown to the command centre).' }) escalated: boolean;
}

@ObjectType({ description: "A section's week: patrols walked and cases on it." })
export class SectionWeek {
  @Field(() => RoadSection) section: RoadSection;
  @Field(() => Int, { description: 'Rounds started in the week.' }) rounds: number;
  @Field(() => Date, { nullable: true, description: 'The latest round ever started on it.' }) lastPatrolAt: Date | null;
  @Field(() => Int, { description: 'Open cases on the section now.' }) openCases: number;
  @Field(() => Int, { description: 'Of them, past their stage deadline.' }) escalatedCases: number;
}
