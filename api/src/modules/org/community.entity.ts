import { randomUUID } from 'node:crypto';
import { Check, Collection, Entity, Index, OneToMany, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CommitteeMember } from './committee-member.entity';
import { Grid } from './grid.entity';

@ObjectType({ description: '社区: the unit of governance, in a sub-district (办事处).' })
@Entity({ tableName: 'community' })
@Check({ name: 'community_name_check', expression: 'char_length(btrim(name)) >= 1 AND char_length(btrim(name)) <= 200' })
@Check({
  name: 'community_position_check',
  expression: '(latitude IS NULL) = (longitude IS NULL) AND (latitude IS NULL OR (abs(latitude) <= 90::double precision AND abs(longitude) <= 180::double precision))',
})
export class Community {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'address' | 'maxOpenClaimsPerUnit' | 'latitude' | 'longitude';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Unique()
  @Property({ type: 'string', length: 200 })
  name: string;

  @Field(() => String)
  @Index()
  @Property({ type: 'string', length: 200 })
  subdistrict: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 500, nullable: true })
  address: string | null = null;

  @Field(() => Float, { nullable: true, description: 'WGS-84: where its marker goes on the maps; with longitude or neither.' })
  @Property({ type: 'double', nullable: true })
  latitude: number | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  longitude: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Open claims one unit may hold here at once; null means no cap. Set by the secretary.' })
  @Property({ type: 'integer', nullable: true })
  maxOpenClaimsPerUnit: number | null = null;

  @OneToMany(
    () => Grid,
    (grid) => grid.community,
  )
  grids = new Collection<Grid>(this);

  @OneToMany(
    () => CommitteeMember,
    (member) => member.community,
  )
  committee = new Collection<CommitteeMember>(this);

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
