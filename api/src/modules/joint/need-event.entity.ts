import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { PartnerUnit } from '../org/partner-unit.entity';
import { User } from '../org/user.entity';
import { Need } from './need.entity';

@ObjectType({ description: "One step in a need's life: who, when, what, note." })
@Entity({ tableName: 'need_event' })
@Index({ properties: ['need', 'at'] })
export class NeedEvent {
  [OptionalProps]?: 'at' | 'note' | 'unit' | 'meetingId';

  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id: string;

  @ManyToOne(() => Need, { ref: true, deleteRule: 'cascade' })
  need: Ref<Need>;

  @Field(() => String, {
    description:
      'NEED_ACTIONS of need-flow.ts: CREATED, UPDATED, PUBLISHED, CLAIMED, RELEASED, PROGRESS, COMPLETION_REPORTED, DONE, CANCELLED, ROUTED_TO_PARTY, ORDER_TAKEN (党员领单)',
  })
  @Property({ type: 'string', length: 40 })
  action: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  actor: Ref<User>;

  @ManyToOne(() => PartnerUnit, { ref: true, nullable: true, deleteRule: 'set null' })
  unit: Ref<PartnerUnit> | null = null;

  @Property({ type: 'uuid', nullable: true })
  meetingId: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
