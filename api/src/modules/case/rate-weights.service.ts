import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, InputType, Int } from 'type-graphql';
import { audit } from '../../shared/audit/audit';
import { AppError } from '../../shared/errors';
import { RequestService } from '../../shared/request-service';
import { IntRange, NumberRange } from '../../shared/validation';
import { User } from '../org/user.entity';
import { DEFAULT_RATE_WEIGHTS, RateWeights } from './rate-weights.entity';

@InputType({ description: 'response + resolution + satisfaction = 100; credits from 0 to 1.' })
export class RateWeightsInput {
  @Field(() => Int) @IntRange(0, 100) response: number;
  @Field(() => Int) @IntRange(0, 100) resolution: number;
  @Field(() => Int) @IntRange(0, 100) satisfaction: number;
  @Field(() => Float) @NumberRange(0, 1) partlySolvedCredit: number;
  @Field(() => Float) @NumberRange(0, 1) basicallySatisfiedCredit: number;
}

/** The weights in force (the migration writes the row; the defaults stand in should it be missing). */
export async function currentWeights(em: EntityManager): Promise<RateWeights> {
  return (await em.findOne(RateWeights, 1)) ?? em.create(RateWeights, { id: 1, ...DEFAULT_RATE_WEIGHTS }, { persist: false });
}

/** The audit log wants a UUID subject: the one row of weights goes by this one. */
const RATE_WEIGHTS_SUBJECT = '00000000-0000-0000-0000-000000000001';

export class RateWeightsService extends RequestService {
  get(): Promise<RateWeights> {
    return currentWeights(this.em);
  }

  async set(input: RateWeightsInput): Promise<RateWeights> {
    if (input.response + input.resolution + input.satisfaction !== 100) throw new AppError('BAD_USER_INPUT', 'case.weightsSum');
    const weights = (await this.em.findOne(RateWeights, 1)) ?? this.em.create(RateWeights, { id: 1, ...DEFAULT_RATE_WEIGHTS });
    const before = {
      response: weights.response,
      resolution: weights.resolution,
      satisfaction: weights.satisfaction,
      partlySolvedCredit: weights.partlySolvedCredit,
      basicallySatisfiedCredit: weights.basicallySatisfiedCredit,
    };
    Object.assign(weights, {
      response: input.response,
      resolution: input.resolution,
      satisfaction: input.satisfaction,
      partlySolvedCredit: input.partlySolvedCredit,
      basicallySatisfiedCredit: input.basicallySatisfiedCredit,
      updatedAt: new Date(),
      updatedBy: this.em.getReference(User, this.me.userId, { wrapped: true }),
    });
    audit(this.em, this.viewer, { action: 'RATE_WEIGHTS_SET', subjectType: 'RateWeights', subjectId: RATE_WEIGHTS_SUBJECT, data: { before, after: { ...input } } });
    await this.em.flush();
    return weights;
  }
}
