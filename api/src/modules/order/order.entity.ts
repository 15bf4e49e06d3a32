import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { CaseFile } from '../case/case.entity';
import { Need } from '../joint/need.entity';
import { Community } from '../org/community.entity';
import { User } from '../org/user.entity';

export enum PartyOrderKind {
  CASE = 'CASE',
  NEED = 'NEED',
}
registerEnumType(PartyOrderKind, { name: 'PartyOrderKind', description: 'A small case from the command centre, or a published need from the secretary.' });

@ObjectType({ description: '党员领单: a small case or need routed to the party-member volunteers of its community; one of them takes it.' })
@Entity({ tableName: 'party_order' })
@Index({ properties: ['community', 'takenAt'] })
@Index({ properties: ['takenBy', 'doneAt'] })
@Check({
  name: 'party_order_subject_check',
  expression: "(kind = 'CASE' AND case_id IS NOT NULL AND need_id IS NULL) OR (kind = 'NEED' AND need_id IS NOT NULL AND case_id IS NULL)",
})
@Check({ name: 'party_order_taken_check', expression: '(taken_by_id IS NULL) = (taken_at IS NULL) AND (done_at IS NULL OR taken_at IS NOT NULL)' })
@Check({ name: 'party_order_hours_check', expression: 'hours > 0::double precision AND hours <= 24::double precision' })
export class PartyOrder {
  [OptionalProps]?: 'caseFile' | 'need' | 'routedAt' | 'takenBy' | 'takenAt' | 'doneAt' | 'doneNote' | 'hours' | 'place';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => PartyOrderKind)
  @Enum({ items: () => PartyOrderKind, nativeEnumName: 'party_order_kind' })
  kind: PartyOrderKind;

  /** One order per case: a routed case is never routed again. */
  @ManyToOne(() => CaseFile, { ref: true, nullable: true, unique: true, joinColumn: 'case_id', deleteRule: 'cascade' })
  caseFile: Ref<CaseFile> | null = null;

  @ManyToOne(() => Need, { ref: true, nullable: true, unique: true, deleteRule: 'cascade' })
  need: Ref<Need> | null = null;

  @ManyToOne(() => Community, { ref: true, deleteRule: 'cascade' })
  community: Ref<Community>;

  /** The case's or need's title when routed: what a party member reads on the list. */
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title: string;

  @Field(() => String, { nullable: true, description: "The case's address or the need's location." })
  @Property({ type: 'string', length: 300, nullable: true })
  place: string | null = null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  routedBy: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  routedAt: Date = new Date();

  /** Set once, by the conditional UPDATE that settles the race (taken_by IS NULL). */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict' })
  takenBy: Ref<User> | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  takenAt: Date | null = null;

  /** The case closed, or the party member marked the need done: from then on the hours count. */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  doneAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  doneNote: string | null = null;

  @Field(() => Float, { description: 'Service hours credited to the taker when the order is done.' })
  @Property({ type: 'double' })
  hours = 1;
}
