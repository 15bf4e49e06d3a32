import { randomUUID } from 'node:crypto';
import { Check, Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Community } from './community.entity';

@ObjectType({ description: '网格 / 小区: a neighbourhood inside a community.' })
@Entity({ tableName: 'grid' })
@Check({ name: 'grid_name_check', expression: 'char_length(btrim(name)) >= 1 AND char_length(btrim(name)) <= 200' })
@Unique({ properties: ['community', 'name'] })
export class Grid {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { ref: true, deleteRule: 'cascade' })
  community: Ref<Community>;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
