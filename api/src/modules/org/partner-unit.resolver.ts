import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { Role } from '../../shared/auth/role';
import { CreatePartnerUnitInput, UpdatePartnerUnitInput } from './org.inputs';
import { PartnerUnit } from './partner-unit.entity';
import { PartnerUnitService } from './partner-unit.service';

@Resolver(() => PartnerUnit)
export class PartnerUnitResolver {
  @Allow()
  @Query(() => [PartnerUnit], { description: 'Partner units by name; inactive ones only when asked.' })
  partnerUnits(@Arg('includeInactive', () => Boolean, { nullable: true }) includeInactive: boolean | null, @Ctx() ctx: Context): Promise<PartnerUnit[]> {
    return new PartnerUnitService(ctx).list(includeInactive === true);
  }

  @Allow()
  @Query(() => PartnerUnit, { nullable: true })
  partnerUnit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PartnerUnit | null> {
    return new PartnerUnitService(ctx).find(id);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => PartnerUnit, { description: 'ADMIN only.' })
  createPartnerUnit(@Arg('input', () => CreatePartnerUnitInput) input: CreatePartnerUnitInput, @Ctx() ctx: Context): Promise<PartnerUnit> {
    return new PartnerUnitService(ctx).create(input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => PartnerUnit, { description: 'ADMIN only.' })
  updatePartnerUnit(@Arg('id', () => ID) id: string, @Arg('input', () => UpdatePartnerUnitInput) input: UpdatePartnerUnitInput, @Ctx() ctx: Context): Promise<PartnerUnit> {
    return new PartnerUnitService(ctx).update(id, input);
  }
}
