import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Community } from '../org/community.entity';
import { PartnerUnit } from '../org/partner-unit.entity';
import { AgreementStatus } from './joint.enums';
import { JointMeeting } from './meeting.entity';

@ObjectType({ description: '共驻共建协议: a community–unit joint-construction agreement.' })
@Entity({ tableName: 'agreement' })
// One ACTIVE agreement per pair: activeUnitId is the unit while ACTIVE and NULL otherwise, and NULLs never collide.
@Unique({ name: 'agreement_one_active_per_pair', properties: ['community', 'activeUnitId'] })
@Check({ name: 'agreement_active_key_check', expression: "(status = 'ACTIVE') = (active_unit_id IS NOT NULL)" })
@Check({ name: 'agreement_period_check', expression: 'valid_until IS NULL OR valid_until > valid_from' })
export class Agreement {
  [OptionalProps]?: 'createdAt' | 'status' | 'meeting' | 'commitments' | 'validUntil' | 'terminatedAt' | 'terminationReason' | 'activeUnitId';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { ref: true, deleteRule: 'cascade' })
  community: Ref<Community>;

  @Index()
  @ManyToOne(() => PartnerUnit, { ref: true, deleteRule: 'cascade' })
  unit: Ref<PartnerUnit>;

  @ManyToOne(() => JointMeeting, { ref: true, nullable: true, deleteRule: 'set null' })
  meeting: Ref<JointMeeting> | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  signedAt: Date;

  @Field(() => AgreementStatus)
  @Enum({ items: () => AgreementStatus, nativeEnumName: 'agreement_status' })
  status: AgreementStatus = AgreementStatus.ACTIVE;

  @Property({ type: 'uuid', nullable: true })
  activeUnitId: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  commitments: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  validFrom: Date;

  @Field(() => Date, { nullable: true, description: 'The agreement expires when this passes.' })
  @Index()
  @Property({ type: 'datetime', nullable: true })
  validUntil: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  terminatedAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  terminationReason: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
