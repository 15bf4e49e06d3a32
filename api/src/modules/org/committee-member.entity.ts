import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Community } from './community.entity';
import { PartnerUnit } from './partner-unit.entity';
import { User } from './user.entity';

export enum CommitteePosition {
  FIRST_SECRETARY = 'FIRST_SECRETARY',
  SECRETARY = 'SECRETARY',
  DEPUTY_SECRETARY = 'DEPUTY_SECRETARY',
  MEMBER = 'MEMBER',
}
registerEnumType(CommitteePosition, { name: 'CommitteePosition', description: 'Seat on a community party committee (社区大党委).' });

@ObjectType({ description: 'A member of a community party committee (社区大党委), often from a partner unit.' })
@Entity({ tableName: 'committee_member' })
export class CommitteeMember {
  [OptionalProps]?: 'createdAt' | 'title' | 'unit' | 'user' | 'sortOrder';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Community, { ref: true, deleteRule: 'cascade' })
  community: Ref<Community>;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  personName: string;

  @Field(() => CommitteePosition)
  @Enum({ items: () => CommitteePosition, nativeEnumName: 'committee_position' })
  position: CommitteePosition;

  @Field(() => String, { nullable: true, description: 'Their own post, e.g. 市委书记.' })
  @Property({ type: 'string', length: 200, nullable: true })
  title: string | null = null;

  @ManyToOne(() => PartnerUnit, { ref: true, nullable: true, deleteRule: 'set null' })
  unit: Ref<PartnerUnit> | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  user: Ref<User> | null = null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  sortOrder = 0;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
