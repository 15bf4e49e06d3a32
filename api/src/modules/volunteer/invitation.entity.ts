import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../org/user.entity';
import { Task } from './task.entity';
import { Volunteer } from './volunteer.entity';

@ObjectType({ description: "A secretary's invitation of a matched volunteer to a task; it shows in the volunteer's app." })
@Entity({ tableName: 'task_invitation' })
@Unique({ properties: ['task', 'volunteer'] })
@Index({ properties: ['volunteer', 'invitedAt'] })
export class Invitation {
  [OptionalProps]?: 'invitedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Task, { ref: true, deleteRule: 'cascade' })
  task: Ref<Task>;

  @ManyToOne(() => Volunteer, { ref: true, deleteRule: 'cascade' })
  volunteer: Ref<Volunteer>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  invitedBy: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  invitedAt: Date = new Date();
}
