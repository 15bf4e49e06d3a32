import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TextArrayType } from '../../shared/db/text-array.type';
import { User } from '../org/user.entity';
import { Household } from './household.entity';
import { VisitSchedule } from './schedule.entity';

@ObjectType({ description: 'A door-knocking visit: who, when, what was done, what worried them.' })
@Entity({ tableName: 'care_visit' })
// One record per scheduled occurrence: a second visitor for the same day is a CONFLICT.
@Unique({ name: 'care_visit_one_per_occurrence', properties: ['schedule', 'dueOn'] })
// A phone's retry (the outbox) carries the same key: one visit per visitor and key.
@Unique({ name: 'care_visit_idempotency', properties: ['visitor', 'idempotencyKey'] })
@Index({ properties: ['household', 'visitedAt'] })
export class Visit {
  [OptionalProps]?: 'visitedAt' | 'schedule' | 'dueOn' | 'servicesDone' | 'concerns' | 'raisedNeedId' | 'raisedCaseId' | 'idempotencyKey';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Household, { ref: true, deleteRule: 'cascade' })
  household: Ref<Household>;

  @ManyToOne(() => VisitSchedule, { ref: true, nullable: true, deleteRule: 'set null' })
  schedule: Ref<VisitSchedule> | null = null;

  @Field(() => String, { nullable: true, description: 'The scheduled day this visit answers (YYYY-MM-DD).' })
  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  visitor: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  visitedAt: Date = new Date();

  @Field(() => [String])
  @Property({ type: TextArrayType })
  servicesDone: string[] = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  concerns: string | null = null;

  @Field(() => ID, { nullable: true, description: 'A need raised from the concern in the same step.' })
  @Property({ type: 'uuid', nullable: true })
  raisedNeedId: string | null = null;

  @Field(() => ID, { nullable: true, description: 'A case raised from the concern in the same step.' })
  @Property({ type: 'uuid', nullable: true })
  raisedCaseId: string | null = null;

  /** A phone's retry key: the same visitor and key return the first visit. */
  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;
}
