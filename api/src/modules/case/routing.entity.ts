import { Check, Entity, Enum, ManyToOne, OptionalProps, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { PartnerUnit } from '../org/partner-unit.entity';
import { CaseCategory } from './case.enums';

@ObjectType({ description: "The command centre's table: which unit usually handles a category, and the stage deadlines." })
@Entity({ tableName: 'case_routing_rule' })
@Check({ name: 'case_routing_hours_check', expression: 'accept_hours > 0 AND handle_hours > 0 AND verify_hours > 0 AND response_hours > 0' })
export class RoutingRule {
  [OptionalProps]?: 'unit' | 'acceptHours' | 'responseHours' | 'handleHours' | 'verifyHours' | 'updatedAt';

  @Field(() => CaseCategory)
  @Enum({ items: () => CaseCategory, nativeEnumName: 'case_category', primary: true })
  category: CaseCategory;

  @ManyToOne(() => PartnerUnit, { ref: true, nullable: true, deleteRule: 'set null' })
  unit: Ref<PartnerUnit> | null = null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  acceptHours = 2;

  @Field(() => Int, { description: '签收: hours the assigned unit has to sign for a dispatched case.' })
  @Property({ type: 'integer', default: 2 })
  responseHours = 2;

  @Field(() => Int)
  @Property({ type: 'integer' })
  handleHours = 24;

  @Field(() => Int)
  @Property({ type: 'integer' })
  verifyHours = 8;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
