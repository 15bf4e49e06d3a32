import { randomUUID } from 'node:crypto';
import { Check, Collection, Entity, Index, ManyToMany, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Community } from '../org/community.entity';
import { PartnerUnit } from '../org/partner-unit.entity';

@ObjectType({ description: '党建联席会: where agreements are signed and needs are claimed.' })
@Entity({ tableName: 'joint_meeting' })
@Check({ name: 'joint_meeting_title_check', expression: 'char_length(btrim(title)) >= 1 AND char_length(btrim(title)) <= 200' })
export class JointMeeting {
  [OptionalProps]?: 'createdAt' | 'place' | 'agenda' | 'minutes';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Community, { ref: true, deleteRule: 'cascade' })
  community: Ref<Community>;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  heldAt: Date;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  place: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  agenda: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  minutes: string | null = null;

  @ManyToMany(() => PartnerUnit, undefined, { pivotTable: 'joint_meeting_attendee', joinColumn: 'meeting_id', inverseJoinColumn: 'unit_id' })
  attendees = new Collection<PartnerUnit>(this);

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
