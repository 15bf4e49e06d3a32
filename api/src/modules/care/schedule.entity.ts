import { randomUUID } from 'node:crypto';
import { ArrayType, Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TextArrayType } from '../../shared/db/text-array.type';
import { Team } from '../volunteer/team.entity';
import { Household } from './household.entity';

export enum VisitFrequency {
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
}
registerEnumType(VisitFrequency, { name: 'VisitFrequency', description: 'Every `interval` days (DAILY), weeks on `weekdays` (WEEKLY) or months on `dayOfMonth` (MONTHLY).' });

@ObjectType({ description: 'A household × team schedule of door-knocking visits.' })
@Entity({ tableName: 'visit_schedule' })
@Check({ name: 'visit_schedule_interval_check', expression: 'interval >= 1 AND interval <= 365' })
@Check({ name: 'visit_schedule_weekdays_check', expression: "weekdays <@ '{1,2,3,4,5,6,7}'::smallint[]" })
export class VisitSchedule {
  [OptionalProps]?: 'createdAt' | 'interval' | 'weekdays' | 'dayOfMonth' | 'services' | 'active';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Household, { ref: true, deleteRule: 'cascade' })
  household: Ref<Household>;

  @Index()
  @ManyToOne(() => Team, { ref: true, deleteRule: 'cascade' })
  team: Ref<Team>;

  @Field(() => VisitFrequency)
  @Enum({ items: () => VisitFrequency, nativeEnumName: 'visit_frequency' })
  frequency: VisitFrequency;

  @Field(() => Int)
  @Property({ type: 'integer' })
  interval = 1;

  @Field(() => [Int], { description: "WEEKLY: ISO weekdays, 1 = Monday … 7 = Sunday; none means the start's weekday." })
  // A smallint[] read back as numbers: a text[] came back as ['1', '4'] and no weekly schedule fell due.
  @Property({ type: new ArrayType<number>(Number, String), columnType: 'smallint[]' })
  weekdays: number[] = [];

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  dayOfMonth: number | null = null;

  @Field(() => String, { description: 'YYYY-MM-DD (China date).' })
  @Property({ type: 'date' })
  startsOn: string;

  @Field(() => [String], { description: 'e.g. 买菜, 做家务, 理发.' })
  @Property({ type: TextArrayType })
  services: string[] = [];

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active = true;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
