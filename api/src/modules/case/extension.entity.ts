import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PartnerUnit } from '../org/partner-unit.entity';
import { User } from '../org/user.entity';
import { CaseFile } from './case.entity';

export enum ExtensionStatus {
  PENDING = 'PENDING',
  GRANTED = 'GRANTED',
  REFUSED = 'REFUSED',
}
registerEnumType(ExtensionStatus, { name: 'ExtensionStatus' });

@ObjectType({ description: 'A unit asks for more time to handle a case; the command centre grants or refuses.' })
@Entity({ tableName: 'case_extension' })
@Index({ properties: ['status', 'requestedAt'] })
export class ExtensionRequest {
  [OptionalProps]?: 'status' | 'requestedAt' | 'decidedAt' | 'decidedBy' | 'decisionNote';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => CaseFile, { ref: true, deleteRule: 'cascade', fieldName: 'case_id' })
  caseFile: Ref<CaseFile>;

  @ManyToOne(() => PartnerUnit, { ref: true, deleteRule: 'cascade' })
  unit: Ref<PartnerUnit>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  requestedBy: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  requestedAt: Date = new Date();

  @Field(() => Date, { description: 'The deadline the unit asks for.' })
  @Property({ type: 'datetime' })
  until: Date;

  @Field(() => String)
  @Property({ type: 'text' })
  reason: string;

  @Field(() => ExtensionStatus)
  @Enum({ items: () => ExtensionStatus, nativeEnumName: 'extension_status' })
  status: ExtensionStatus = ExtensionStatus.PENDING;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  decidedBy: Ref<User> | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  decisionNote: string | null = null;
}
