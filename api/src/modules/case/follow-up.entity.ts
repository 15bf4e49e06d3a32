import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PartnerUnit } from '../org/partner-unit.entity';
import { User } from '../org/user.entity';
import { CaseFile } from './case.entity';

export enum FollowUpSolved {
  SOLVED = 'SOLVED',
  PARTLY_SOLVED = 'PARTLY_SOLVED',
  NOT_SOLVED = 'NOT_SOLVED',
}
registerEnumType(FollowUpSolved, { name: 'FollowUpSolved', description: '已解决, 部分解决, 未解决: in the reporter’s words' });

export enum FollowUpSatisfaction {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  NOT_SATISFIED = 'NOT_SATISFIED',
}
registerEnumType(FollowUpSatisfaction, { name: 'FollowUpSatisfaction', description: '满意, 基本满意, 不满意' });

export enum FollowUpSource {
  REPORTER = 'REPORTER',
  COMMAND_CENTER = 'COMMAND_CENTER',
}
registerEnumType(FollowUpSource, { name: 'FollowUpSource', description: 'The reporter answered themselves, or the command centre called them.' });

/** Days after closing within which a NOT_SOLVED or NOT_SATISFIED answer sends the case back (退回重办). */
export const REWORK_WINDOW_DAYS = 7;

@ObjectType({ description: '回访: what the reporter said after a closure. One per closure of a case.' })
@Entity({ tableName: 'case_follow_up' })
@Unique({ name: 'case_follow_up_round', properties: ['caseFile', 'closedAt'] })
@Index({ properties: ['caseFile', 'recordedAt'] })
export class FollowUp {
  [OptionalProps]?: 'recordedAt' | 'note' | 'unit' | 'reworked';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => CaseFile, { ref: true, deleteRule: 'cascade', fieldName: 'case_id' })
  caseFile: Ref<CaseFile>;

  @Field(() => Date, { description: 'The closure this follow-up is about: one follow-up per closure.' })
  @Property({ type: 'datetime' })
  closedAt: Date;

  /** The unit the case was dispatched to: a rework counts against it. */
  @ManyToOne(() => PartnerUnit, { ref: true, nullable: true, deleteRule: 'set null' })
  unit: Ref<PartnerUnit> | null = null;

  @Field(() => FollowUpSolved)
  @Enum({ items: () => FollowUpSolved, nativeEnumName: 'follow_up_solved' })
  solved: FollowUpSolved;

  @Field(() => FollowUpSatisfaction)
  @Enum({ items: () => FollowUpSatisfaction, nativeEnumName: 'follow_up_satisfaction' })
  satisfaction: FollowUpSatisfaction;

  @Field(() => String, { nullable: true, description: 'What the reporter said; personal (see docs/access.md).' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => FollowUpSource)
  @Enum({ items: () => FollowUpSource, nativeEnumName: 'follow_up_source' })
  source: FollowUpSource;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  recordedBy: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  recordedAt: Date = new Date();

  @Field(() => Boolean, { description: 'This answer sent the case back to its unit (退回重办).' })
  @Property({ type: 'boolean' })
  reworked = false;
}
