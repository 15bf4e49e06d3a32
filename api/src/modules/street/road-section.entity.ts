import { randomUUID } from 'node:crypto';
import { Collection, Entity, Index, ManyToMany, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TextArrayType } from '../../shared/db/text-array.type';
import { Community } from '../org/community.entity';
import { User } from '../org/user.entity';

/** A point as the phone reports it (WGS-84). */
export interface Point {
  lat: number;
  lng: number;
}

@ObjectType({ description: '街长制: a stretch of road in a community with the official who answers for it (街长) and the patrol group that walks it.' })
@Entity({ tableName: 'road_section' })
@Unique({ properties: ['community', 'name'] })
export class RoadSection {
  [OptionalProps]?: 'createdAt' | 'chief' | 'addresses' | 'path';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Community, { ref: true, deleteRule: 'cascade' })
  community: Ref<Community>;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name: string;

  /** The section's line on the map, point by point (WGS-84); empty when it is given by addresses only. */
  @Property({ type: 'json' })
  path: Point[] = [];

  /** Street addresses on the section; a case whose address contains one of them is on it. */
  @Field(() => [String])
  @Property({ type: TextArrayType })
  addresses: string[] = [];

  @Index()
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  chief: Ref<User> | null = null;

  @ManyToMany(() => User, undefined, { pivotTable: 'road_section_patroller', joinColumn: 'section_id', inverseJoinColumn: 'user_id' })
  patrollers = new Collection<User>(this);

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

@ObjectType({ description: '巡查: one walk of a patrol along its section, with the positions the phone took on the way.' })
@Entity({ tableName: 'patrol_round' })
@Index({ properties: ['section', 'startedAt'] })
@Unique({ properties: ['patroller', 'clientKey'] })
export class PatrolRound {
  [OptionalProps]?: 'startedAt' | 'endedAt' | 'positions' | 'note';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => RoadSection, { ref: true, deleteRule: 'cascade' })
  section: Ref<RoadSection>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  patroller: Ref<User>;

  /** The phone's retry key: starting again with the same key returns the same round. */
  @Property({ type: 'string', length: 100 })
  clientKey: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  startedAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  endedAt: Date | null = null;

  /** The trail, WGS-84 with the time of each fix: personal (where a person walked), see street.policy.ts. */
  @Property({ type: 'json' })
  positions: (Point & { at: string })[] = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
