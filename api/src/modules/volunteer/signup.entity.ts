import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Task } from './task.entity';
import { Volunteer } from './volunteer.entity';
import { SignupStatus } from './volunteer.enums';

@ObjectType({ description: "A volunteer's place on a task, or in its waiting line." })
@Entity({ tableName: 'task_signup' })
// One live sign-up per volunteer and task: activeVolunteerId is set while CONFIRMED or WAITLISTED.
@Unique({ name: 'task_signup_one_per_volunteer', properties: ['task', 'activeVolunteerId'] })
@Index({ properties: ['volunteer', 'status'] })
// A phone's retried sign-up (the outbox) carries the same key: one sign-up per volunteer and key.
@Unique({ name: 'task_signup_idempotency', properties: ['volunteer', 'idempotencyKey'] })
// Matching's fairness term: a volunteer's confirmed hours checked out in a window, read from the index alone.
@Index({
  name: 'task_signup_recent_hours',
  expression: 'create index "task_signup_recent_hours" on "task_signup" ("volunteer_id", "checked_out_at") include ("confirmed_hours") where "confirmed_hours" is not null',
})
export class TaskSignup {
  [OptionalProps]?:
    | 'signedUpAt'
    | 'status'
    | 'activeVolunteerId'
    | 'withdrawnAt'
    | 'promotedAt'
    | 'checkedInAt'
    | 'checkedOutAt'
    | 'confirmedHours'
    | 'confirmedAt'
    | 'idempotencyKey'
    | 'checkInKey'
    | 'checkOutKey';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Task, { ref: true, deleteRule: 'cascade' })
  task: Ref<Task>;

  @ManyToOne(() => Volunteer, { ref: true, deleteRule: 'cascade' })
  volunteer: Ref<Volunteer>;

  @Property({ type: 'uuid', nullable: true })
  activeVolunteerId: string | null = null;

  @Field(() => SignupStatus)
  @Enum({ items: () => SignupStatus, nativeEnumName: 'signup_status' })
  status: SignupStatus = SignupStatus.CONFIRMED;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  signedUpAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When a withdrawal moved this volunteer from the waiting line to a place.' })
  @Property({ type: 'datetime', nullable: true })
  promotedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  checkedInAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  checkedOutAt: Date | null = null;

  /** 志愿服务时长, confirmed by the secretary; only confirmed hours count. */
  @Field(() => Float, { nullable: true, description: 'Service hours confirmed by the secretary.' })
  @Property({ type: 'double', nullable: true })
  confirmedHours: number | null = null;

  @Property({ type: 'datetime', nullable: true })
  confirmedAt: Date | null = null;

  /** The sign-up's retry key: the same volunteer and key return this sign-up. */
  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;

  /** The check-in's retry key: repeating it returns this record instead of CONFLICT. */
  @Property({ type: 'string', length: 100, nullable: true })
  checkInKey: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  checkOutKey: string | null = null;
}
