import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { TextArrayType } from '../../shared/db/text-array.type';
import { Need } from '../joint/need.entity';
import { Community } from '../org/community.entity';
import { Grid } from '../org/grid.entity';
import { TaskStatus } from './volunteer.enums';

@ObjectType({ description: 'A volunteer task: a time window, a place, skills, a number of places.' })
@Entity({ tableName: 'volunteer_task' })
@Index({ properties: ['community', 'startsAt'] })
// Matching: who holds a place on a task overlapping the window (tasks ending after it starts), and who served the need.
@Index({ properties: ['endsAt'] })
@Index({ properties: ['need'] })
@Check({ name: 'volunteer_task_title_check', expression: 'char_length(btrim(title)) >= 1 AND char_length(btrim(title)) <= 200' })
@Check({ name: 'volunteer_task_capacity_check', expression: 'capacity >= 1 AND signup_count >= 0 AND signup_count <= capacity' })
@Check({ name: 'volunteer_task_window_check', expression: 'ends_at > starts_at' })
@Check({
  name: 'volunteer_task_position_check',
  expression: '(latitude IS NULL) = (longitude IS NULL) AND (latitude IS NULL OR (abs(latitude) <= 90::double precision AND abs(longitude) <= 180::double precision))',
})
export class Task {
  [OptionalProps]?: 'createdAt' | 'need' | 'grid' | 'requiredSkills' | 'signupCount' | 'status' | 'place' | 'latitude' | 'longitude';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title: string;

  @ManyToOne(() => Community, { ref: true, deleteRule: 'cascade' })
  community: Ref<Community>;

  @ManyToOne(() => Grid, { ref: true, nullable: true, deleteRule: 'set null' })
  grid: Ref<Grid> | null = null;

  @ManyToOne(() => Need, { ref: true, nullable: true, deleteRule: 'set null' })
  need: Ref<Need> | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  place: string | null = null;

  @Field(() => Float, { nullable: true, description: 'WGS-84, as a phone reports it; with longitude or neither.' })
  @Property({ type: 'double', nullable: true })
  latitude: number | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  longitude: number | null = null;

  @Field(() => [String])
  @Property({ type: TextArrayType })
  requiredSkills: string[] = [];

  @Field(() => Date)
  @Property({ type: 'datetime' })
  startsAt: Date;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  endsAt: Date;

  @Field(() => Int)
  @Property({ type: 'integer' })
  capacity: number;

  @Field(() => Int, { description: "Confirmed sign-ups, kept under the task row's lock." })
  @Property({ type: 'integer' })
  signupCount = 0;

  @Field(() => TaskStatus)
  @Enum({ items: () => TaskStatus, nativeEnumName: 'task_status' })
  status: TaskStatus = TaskStatus.OPEN;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
