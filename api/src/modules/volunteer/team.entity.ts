import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, ManyToMany, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Community } from '../org/community.entity';
import { Volunteer } from './volunteer.entity';

export enum TeamKind {
  SERVICE = 'SERVICE',
  DOOR_KNOCKING = 'DOOR_KNOCKING',
  STREET_PATROL = 'STREET_PATROL',
  PROFESSIONAL = 'PROFESSIONAL',
  YELLOW_RIBBON = 'YELLOW_RIBBON',
}
registerEnumType(TeamKind, { name: 'TeamKind', description: '志愿服务队, 敲门组, 街巷巡查组, 专业服务队, 黄丝带服务队' });

@ObjectType({ description: 'A volunteer team of a community, with a captain and members.' })
@Entity({ tableName: 'volunteer_team' })
@Unique({ properties: ['community', 'name'] })
export class Team {
  [OptionalProps]?: 'createdAt' | 'captain';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { ref: true, deleteRule: 'cascade' })
  community: Ref<Community>;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name: string;

  @Field(() => TeamKind)
  @Enum({ items: () => TeamKind, nativeEnumName: 'team_kind' })
  kind: TeamKind;

  @ManyToOne(() => Volunteer, { ref: true, nullable: true, deleteRule: 'set null' })
  captain: Ref<Volunteer> | null = null;

  @ManyToMany(() => Volunteer, undefined, { pivotTable: 'volunteer_team_member', joinColumn: 'team_id', inverseJoinColumn: 'volunteer_id' })
  members = new Collection<Volunteer>(this);

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
