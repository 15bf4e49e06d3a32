import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { PartnerUnit } from '../org/partner-unit.entity';
import { User } from '../org/user.entity';
import { CaseFile } from './case.entity';

@ObjectType({ description: 'One step of a case: who, when, what, note.' })
@Entity({ tableName: 'case_event' })
@Index({ properties: ['caseFile', 'at'] })
export class CaseEvent {
  [OptionalProps]?: 'at' | 'note' | 'unit';

  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id: string;

  @ManyToOne(() => CaseFile, { ref: true, deleteRule: 'cascade', fieldName: 'case_id' })
  caseFile: Ref<CaseFile>;

  @Field(() => String, {
    description:
      'What happened (CASE_ACTIONS of case-flow.ts): REPORTED, ACCEPTED, REJECTED, DISPATCHED, ACKNOWLEDGED (签收), HANDLED, RETURNED, VERIFIED, REWORK (on-site check failed), CLOSED, FOLLOWED_UP (回访), REOPENED (the follow-up sent it back to its unit), EXTENSION_REQUESTED, EXTENSION_GRANTED, EXTENSION_REFUSED, ROUTED_TO_PARTY, ORDER_TAKEN (党员领单), ESCALATED',
  })
  @Property({ type: 'string', length: 40 })
  action: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  actor: Ref<User>;

  @ManyToOne(() => PartnerUnit, { ref: true, nullable: true, deleteRule: 'set null' })
  unit: Ref<PartnerUnit> | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
