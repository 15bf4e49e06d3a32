import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Community } from '../org/community.entity';
import { Grid } from '../org/grid.entity';
import { NeedCategory, NeedStatus } from './joint.enums';

@ObjectType({ description: '需求清单事项: one item the community asks for; published, then claimed (认领).' })
@Entity({ tableName: 'need' })
@Index({ properties: ['community', 'status'] })
@Index({ properties: ['createdAt', 'id'] })
// The open-needs board counts by status (totalCount); without it that count reads the whole (community, status) index.
@Index({ properties: ['status'] })
@Check({ name: 'need_title_check', expression: 'char_length(btrim(title)) >= 1 AND char_length(btrim(title)) <= 200' })
@Check({ name: 'need_claimants_check', expression: 'max_claimants >= 1 AND claim_count >= 0 AND claim_count <= max_claimants' })
export class Need {
  [OptionalProps]?:
    | 'createdAt'
    | 'updatedAt'
    | 'status'
    | 'description'
    | 'grid'
    | 'location'
    | 'budgetEstimate'
    | 'maxClaimants'
    | 'claimCount'
    | 'publishedAt'
    | 'closedAt'
    | 'cancelReason'
    | 'completionReportedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { ref: true, deleteRule: 'cascade' })
  community: Ref<Community>;

  @ManyToOne(() => Grid, { ref: true, nullable: true, deleteRule: 'set null' })
  grid: Ref<Grid> | null = null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => NeedCategory)
  @Enum({ items: () => NeedCategory, nativeEnumName: 'need_category' })
  category: NeedCategory;

  @Field(() => NeedStatus)
  @Enum({ items: () => NeedStatus, nativeEnumName: 'need_status' })
  status: NeedStatus = NeedStatus.DRAFT;

  @Field(() => String, { nullable: true, description: 'Where, e.g. 北渠路 12 号至 30 号.' })
  @Property({ type: 'string', length: 200, nullable: true })
  location: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Estimated cost in yuan.' })
  @Property({ type: 'integer', nullable: true })
  budgetEstimate: number | null = null;

  @Field(() => Int, { description: 'How many distinct units may claim it; when reached, status becomes CLAIMED.' })
  @Property({ type: 'integer' })
  maxClaimants = 1;

  /** Active claims, kept by the claim statement itself under the row lock. */
  @Field(() => Int, { description: 'Claims currently held.' })
  @Property({ type: 'integer' })
  claimCount = 0;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the claiming unit reported it complete, awaiting confirmation.' })
  @Property({ type: 'datetime', nullable: true })
  completionReportedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it became DONE or CANCELLED.' })
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  cancelReason: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
