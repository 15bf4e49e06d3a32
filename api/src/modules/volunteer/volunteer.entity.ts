import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TextArrayType } from '../../shared/db/text-array.type';
import { Community } from '../org/community.entity';
import { Grid } from '../org/grid.entity';
import { User } from '../org/user.entity';

@ObjectType({ description: '志愿者: a signed-in user who volunteers.' })
@Entity({ tableName: 'volunteer' })
@Index({ name: 'volunteer_skills_gin', expression: 'create index "volunteer_skills_gin" on "volunteer" using gin ("skills")' })
export class Volunteer {
  [OptionalProps]?: 'createdAt' | 'community' | 'grid' | 'availability' | 'partyMember' | 'active';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => User, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  user: Ref<User>;

  @Field(() => [String])
  @Property({ type: TextArrayType })
  skills: string[] = [];

  @Index()
  @ManyToOne(() => Community, { ref: true, nullable: true, deleteRule: 'set null' })
  community: Ref<Community> | null = null;

  @ManyToOne(() => Grid, { ref: true, nullable: true, deleteRule: 'set null' })
  grid: Ref<Grid> | null = null;

  @Field(() => [String], { description: 'Half-day slots they are usually free: MON_AM … SUN_EVE (China time).' })
  @Property({ type: TextArrayType })
  availability: string[] = [];

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  partyMember = false;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active = true;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
