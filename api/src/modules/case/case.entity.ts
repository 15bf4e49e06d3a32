import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Community } from '../org/community.entity';
import { PartnerUnit } from '../org/partner-unit.entity';
import { User } from '../org/user.entity';
import { CaseCategory, CaseStatus } from './case.enums';
import { CaseSource } from './case-source';

@ObjectType('Case', { description: '案件: a reported problem going through the dispatch workflow.' })
@Entity({ tableName: 'case_file' })
@Unique({ name: 'case_file_idempotency', properties: ['reporter', 'idempotencyKey'] })
@Unique({ name: 'case_file_number_unique', properties: ['number'] })
@Index({ properties: ['status', 'reportedAt'] })
@Index({ properties: ['reportedAt', 'id'] })
@Index({ properties: ['assignedUnit', 'status'] })
@Index({ properties: ['reporter', 'reportedAt'] })
@Index({ properties: ['status', 'closedAt'] })
@Check({ name: 'case_file_title_check', expression: 'char_length(btrim(title)) >= 1 AND char_length(btrim(title)) <= 200' })
@Check({
  name: 'case_file_position_check',
  expression: '(latitude IS NULL) = (longitude IS NULL) AND (latitude IS NULL OR (abs(latitude) <= 90::double precision AND abs(longitude) <= 180::double precision))',
})
export class CaseFile {
  [OptionalProps]?:
    | 'status'
    | 'acknowledgedAt'
    | 'acknowledgeDueAt'
    | 'description'
    | 'address'
    | 'latitude'
    | 'longitude'
    | 'reportedAt'
    | 'category'
    | 'community'
    | 'assignedUnit'
    | 'dueAt'
    | 'acceptDueAt'
    | 'verifyDueAt'
    | 'filedAt'
    | 'handledAt'
    | 'closedAt'
    | 'reworkCount'
    | 'idempotencyKey'
    | 'number'
    | 'source'
    | 'abusiveAt'
    | 'abusiveBy';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** openCase sets it; left unset (seeds, bulk loads), the database's insert trigger numbers it (case-number.ts). */
  @Field(() => String, { description: 'The number people quote on the phone: 赤壁-20261127-0069, sequential per China day.' })
  @Property({ type: 'string', length: 40, onCreate: (c: CaseFile) => c.number ?? undefined })
  number: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => CaseCategory)
  @Enum({ items: () => CaseCategory, nativeEnumName: 'case_category' })
  category: CaseCategory = CaseCategory.OTHER;

  @Field(() => CaseStatus)
  @Enum({ items: () => CaseStatus, nativeEnumName: 'case_status' })
  status: CaseStatus = CaseStatus.REPORTED;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  address: string | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  latitude: number | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  longitude: number | null = null;

  @Index()
  @ManyToOne(() => Community, { ref: true, nullable: true, deleteRule: 'set null' })
  community: Ref<Community> | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  reportedAt: Date = new Date();

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  reporter: Ref<User>;

  @Field(() => CaseSource, { description: "Who reported it, by the role they reported in (the reporter's, at report time)." })
  @Enum({ items: () => CaseSource, nativeEnumName: 'case_source', default: CaseSource.GRID_WORKER })
  source: CaseSource = CaseSource.GRID_WORKER;

  /** When the command centre marked a resident's report as abusive (repeated marks suspend their reporting). */
  @Field(() => Date, { nullable: true, description: 'When the command centre marked this report as abusive (恶意上报).' })
  @Property({ type: 'datetime', nullable: true })
  abusiveAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  abusiveBy: Ref<User> | null = null;

  /** A phone's retry key: the same reporter and key return the first case. */
  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;

  @ManyToOne(() => PartnerUnit, { ref: true, nullable: true, deleteRule: 'set null' })
  assignedUnit: Ref<PartnerUnit> | null = null;

  @Field(() => Date, { nullable: true, description: 'By when the assigned unit must handle it.' })
  @Property({ type: 'datetime', nullable: true })
  dueAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'By when the command centre must accept or reject it.' })
  @Property({ type: 'datetime', nullable: true })
  acceptDueAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'By when the grid worker must verify the handling.' })
  @Property({ type: 'datetime', nullable: true })
  verifyDueAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '签收: when the assigned unit signed for the case (handling it unsigned signs for it then).' })
  @Property({ type: 'datetime', nullable: true })
  acknowledgedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: "By when the assigned unit must sign for it (the routing table's response hours after dispatch)." })
  @Property({ type: 'datetime', nullable: true })
  acknowledgeDueAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'First dispatch: from then on the case counts as filed (立案).' })
  @Property({ type: 'datetime', nullable: true })
  filedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  handledAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  @Field(() => Int, { description: 'How many times verification sent it back.' })
  @Property({ type: 'integer' })
  reworkCount = 0;
}
