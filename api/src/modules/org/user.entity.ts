import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../../shared/auth/role';
import { Community } from './community.entity';
import { PartnerUnit } from './partner-unit.entity';

@ObjectType()
@Entity({ tableName: 'app_user' })
@Check({
  name: 'app_user_roles_check',
  expression: `roles <@ array['ADMIN','CITY_LEADER','COMMAND_CENTER','COMMUNITY_SECRETARY','UNIT_REP','VOLUNTEER','GRID_WORKER','RESIDENT']::text[] and cardinality(roles) >= 1`,
})
@Check({ name: 'app_user_username_check', expression: `username = lower(username) AND char_length(username) >= 3 AND char_length(username) <= 40` })
export class User {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'active' | 'community' | 'unit' | 'phone' | 'lastLoginAt' | 'passwordChangedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Stored lower-case, so sign-in is case-insensitive. */
  @Field(() => String)
  @Unique()
  @Property({ type: 'string', length: 40 })
  username: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  displayName: string;

  // No @Field: the hash never leaves the server.
  @Property({ type: 'string', length: 255, lazy: true })
  passwordHash: string;

  @Field(() => [Role])
  @Enum({ items: () => Role, array: true })
  roles: Role[] = [];

  @Index()
  @ManyToOne(() => Community, { ref: true, nullable: true, deleteRule: 'set null' })
  community: Ref<Community> | null = null;

  @Index()
  @ManyToOne(() => PartnerUnit, { ref: true, nullable: true, deleteRule: 'set null' })
  unit: Ref<PartnerUnit> | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 30, nullable: true })
  phone: string | null = null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active = true;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastLoginAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  passwordChangedAt: Date | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
