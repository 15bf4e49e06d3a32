import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../org/user.entity';
import { Household } from './household.entity';

export enum RibbonStatus {
  OPEN = 'OPEN',
  ASSIGNED = 'ASSIGNED',
  VISITED = 'VISITED',
  RESOLVED = 'RESOLVED',
}
registerEnumType(RibbonStatus, { name: 'RibbonStatus' });

@ObjectType({ description: '黄丝带: a household in difficulty asked for help; tracked until someone resolves it.' })
@Entity({ tableName: 'ribbon_request' })
@Index({ properties: ['status', 'raisedAt'] })
export class RibbonRequest {
  [OptionalProps]?: 'raisedAt' | 'status' | 'assignee' | 'resolvedAt' | 'note';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Household, { ref: true, deleteRule: 'cascade' })
  household: Ref<Household>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  raisedBy: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  raisedAt: Date = new Date();

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => RibbonStatus)
  @Enum({ items: () => RibbonStatus, nativeEnumName: 'ribbon_status' })
  status: RibbonStatus = RibbonStatus.OPEN;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  assignee: Ref<User> | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt: Date | null = null;
}

@ObjectType()
@Entity({ tableName: 'ribbon_event' })
@Index({ properties: ['request', 'at'] })
export class RibbonEvent {
  [OptionalProps]?: 'at' | 'note';

  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id: string;

  @ManyToOne(() => RibbonRequest, { ref: true, deleteRule: 'cascade' })
  request: Ref<RibbonRequest>;

  @Field(() => String, { description: 'RAISED, ASSIGNED, VISITED, RESOLVED' })
  @Property({ type: 'string', length: 30 })
  action: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  actor: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
