import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum UnitKind {
  GOVERNMENT = 'GOVERNMENT',
  ENTERPRISE = 'ENTERPRISE',
  INSTITUTION = 'INSTITUTION',
  SCHOOL = 'SCHOOL',
  SOCIAL_ORGANIZATION = 'SOCIAL_ORGANIZATION',
  OTHER = 'OTHER',
}
registerEnumType(UnitKind, { name: 'UnitKind' });

@ObjectType({ description: '共建单位 / 包保单位: an organisation paired with communities.' })
@Entity({ tableName: 'partner_unit' })
@Check({ name: 'partner_unit_name_check', expression: 'char_length(btrim(name)) >= 1 AND char_length(btrim(name)) <= 200' })
export class PartnerUnit {
  [OptionalProps]?: 'createdAt' | 'active' | 'contactName' | 'contactPhone' | 'address';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Unique()
  @Property({ type: 'string', length: 200 })
  name: string;

  @Field(() => UnitKind)
  @Enum({ items: () => UnitKind, nativeEnumName: 'unit_kind' })
  kind: UnitKind;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  contactName: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 30, nullable: true })
  contactPhone: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 500, nullable: true })
  address: string | null = null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active = true;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
