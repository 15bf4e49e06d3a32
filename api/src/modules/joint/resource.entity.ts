import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PartnerUnit } from '../org/partner-unit.entity';
import { NeedCategory, ResourceCategory } from './joint.enums';

@ObjectType({ description: '资源清单事项: one item a partner unit offers.' })
@Entity({ tableName: 'resource' })
@Check({ name: 'resource_title_check', expression: 'char_length(btrim(title)) >= 1 AND char_length(btrim(title)) <= 200' })
@Check({ name: 'resource_quantity_check', expression: 'quantity >= 0' })
export class Resource {
  [OptionalProps]?: 'createdAt' | 'quantity' | 'unitOfMeasure' | 'description' | 'availability' | 'servesCategory' | 'withdrawnAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => PartnerUnit, { ref: true, deleteRule: 'cascade' })
  unit: Ref<PartnerUnit>;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title: string;

  @Field(() => ResourceCategory)
  @Enum({ items: () => ResourceCategory, nativeEnumName: 'resource_category' })
  category: ResourceCategory;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  quantity: number | null = null;

  @Field(() => String, { nullable: true, description: 'e.g. 人, 场次, 万元.' })
  @Property({ type: 'string', length: 20, nullable: true })
  unitOfMeasure: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => String, { nullable: true, description: 'When it can be used, e.g. 周末全天.' })
  @Property({ type: 'string', length: 200, nullable: true })
  availability: string | null = null;

  @Field(() => NeedCategory, { nullable: true, description: 'The kind of need it answers; drives suggestions.' })
  @Enum({ items: () => NeedCategory, nativeEnumName: 'need_category', nullable: true })
  servesCategory: NeedCategory | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
