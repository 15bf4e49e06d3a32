import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { PartnerUnit } from '../org/partner-unit.entity';
import { JointMeeting } from './meeting.entity';
import { Need } from './need.entity';

@ObjectType({ description: '认领: a unit taking on a need.' })
@Entity({ tableName: 'need_claim' })
// Never two live claims by one unit: activeUnitId is the unit while the claim stands, NULL once released.
@Unique({ name: 'need_claim_one_per_unit', properties: ['need', 'activeUnitId'] })
@Index({ properties: ['unit', 'releasedAt'] })
export class NeedClaim {
  [OptionalProps]?: 'claimedAt' | 'meeting' | 'releasedAt' | 'releaseReason' | 'activeUnitId';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Need, { ref: true, deleteRule: 'cascade' })
  need: Ref<Need>;

  @ManyToOne(() => PartnerUnit, { ref: true, deleteRule: 'cascade' })
  unit: Ref<PartnerUnit>;

  @Property({ type: 'uuid', nullable: true })
  activeUnitId: string | null = null;

  @Index()
  @ManyToOne(() => JointMeeting, { ref: true, nullable: true, deleteRule: 'set null' })
  meeting: Ref<JointMeeting> | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  claimedAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  releasedAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  releaseReason: string | null = null;
}
