import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** Who changed what, when: one row per state change, written in the change's own transaction. */
@ObjectType({ description: 'One line of the audit log: a state change, or a read of personal data (PERSONAL_DATA_READ).' })
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['subjectType', 'subjectId', 'at'] })
// The log is read newest first, by actor, by action or by time alone; `id` settles ties in `at`.
@Index({ properties: ['actorId', 'at', 'id'] })
@Index({ properties: ['action', 'at', 'id'] })
@Index({ properties: ['at', 'id'] })
export class AuditEvent {
  [OptionalProps]?: 'at' | 'note' | 'data' | 'actorId';

  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id: string;

  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Field(() => String, { description: 'USER_CREATED, SIGNED_IN, PERSONAL_DATA_READ, …' })
  @Property({ type: 'string', length: 60 })
  action: string;

  @Field(() => String, { description: 'The GraphQL type of the subject: User, Household, Community, …' })
  @Property({ type: 'string', length: 60 })
  subjectType: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  subjectId: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'json', nullable: true })
  data: Record<string, unknown> | null = null;
}
