import { Check, Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { User } from '../org/user.entity';

/** The command centre's weights of the three rates (响应率, 解决率, 满意率): one row. */
@ObjectType({ description: 'Weights of the unit score: response + resolution + satisfaction = 100; partial answers count at their credit (0–1).' })
@Entity({ tableName: 'case_rate_weights' })
@Check({ name: 'case_rate_weights_single', expression: 'id = 1' })
@Check({ name: 'case_rate_weights_sum', expression: 'response >= 0 AND resolution >= 0 AND satisfaction >= 0 AND response + resolution + satisfaction = 100' })
// Written as PostgreSQL normalizes it (BETWEEN becomes >= / <= with casts), so migrations see no change.
@Check({
  name: 'case_rate_weights_credit',
  expression:
    'partly_solved_credit >= 0::double precision AND partly_solved_credit <= 1::double precision AND basically_satisfied_credit >= 0::double precision AND basically_satisfied_credit <= 1::double precision',
})
export class RateWeights {
  [OptionalProps]?: 'updatedAt' | 'updatedBy';

  @PrimaryKey({ type: 'integer', autoincrement: false })
  id = 1;

  @Field(() => Int, { description: 'Weight of the response rate (签收 in time), out of 100.' })
  @Property({ type: 'integer' })
  response: number;

  @Field(() => Int, { description: 'Weight of the resolution rate, out of 100.' })
  @Property({ type: 'integer' })
  resolution: number;

  @Field(() => Int, { description: 'Weight of the satisfaction rate, out of 100.' })
  @Property({ type: 'integer' })
  satisfaction: number;

  @Field(() => Float, { description: 'How much a PARTLY_SOLVED answer counts towards the resolution rate, 0–1.' })
  @Property({ type: 'double' })
  partlySolvedCredit: number;

  @Field(() => Float, { description: 'How much a BASICALLY_SATISFIED answer counts towards the satisfaction rate, 0–1.' })
  @Property({ type: 'double' })
  basicallySatisfiedCredit: number;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  updatedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  updatedBy: Ref<User> | null = null;
}

export const DEFAULT_RATE_WEIGHTS = { response: 30, resolution: 35, satisfaction: 35, partlySolvedCredit: 0.5, basicallySatisfiedCredit: 0.5 } as const;
