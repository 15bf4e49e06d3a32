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
      'What happened: REPORTED, ACCEPTED, REJECTED, DISPATCHED, ACKNOWLEDGED (签收), HANDLED, VERIFIED, REWORK, CLOSED, RETURNED, EXTENSION_REQUESTED, EXTENSION_GRANTED, EXTENSION_REFUSED',
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
