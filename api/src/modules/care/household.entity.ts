import { randomUUID } from 'node:crypto';
import { Check, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Community } from '../org/community.entity';
import { Grid } from '../org/grid.entity';
import { Team } from '../volunteer/team.entity';

@ObjectType({ description: "关爱对象: a household visited on a schedule. Seen only by its community's secretary and its team." })
@Entity({ tableName: 'care_household' })
@Check({
  name: 'care_household_position_check',
  expression: '(latitude IS NULL) = (longitude IS NULL) AND (latitude IS NULL OR (abs(latitude) <= 90::double precision AND abs(longitude) <= 180::double precision))',
})
export class Household {
  [OptionalProps]?: 'createdAt' | 'grid' | 'team' | 'situation' | 'emergencyContact' | 'consent' | 'active' | 'latitude' | 'longitude';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Community, { ref: true, deleteRule: 'cascade' })
  community: Ref<Community>;

  @ManyToOne(() => Grid, { ref: true, nullable: true, deleteRule: 'set null' })
  grid: Ref<Grid> | null = null;

  @Field(() => String, { description: 'Who lives there, e.g. 黎逢保夫妇.' })
  @Property({ type: 'string', length: 200 })
  residents: string;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  address: string;

  @Field(() => Float, { nullable: true, description: 'WGS-84; personal data like the address.' })
  @Property({ type: 'double', nullable: true })
  latitude: number | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  longitude: number | null = null;

  @Field(() => String, { nullable: true, description: 'e.g. 年近八旬，行动不便，子女在外务工.' })
  @Property({ type: 'text', nullable: true })
  situation: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  emergencyContact: string | null = null;

  @Field(() => Boolean, { description: 'The household agreed to be visited and recorded.' })
  @Property({ type: 'boolean' })
  consent = false;

  @Index()
  @ManyToOne(() => Team, { ref: true, nullable: true, deleteRule: 'set null' })
  team: Ref<Team> | null = null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active = true;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
