import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { Role } from '../../shared/auth/role';
import { PartnerUnit } from '../org/partner-unit.entity';
import { AddResourceInput, UpdateResourceInput } from './joint.inputs';
import { Resource } from './resource.entity';
import { ResourceService } from './resource.service';

@Resolver(() => Resource)
export class ResourceResolver {
  @Allow()
  @Query(() => [Resource], { description: 'Resource items, newest first; of one unit when given.' })
  resources(
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('includeWithdrawn', () => Boolean, { nullable: true }) includeWithdrawn: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<Resource[]> {
    return new ResourceService(ctx).list(unitId, includeWithdrawn === true);
  }

  @Allow(Role.UNIT_REP)
  @Mutation(() => Resource, { description: 'UNIT_REP, for their own unit.' })
  addResource(@Arg('input', () => AddResourceInput) input: AddResourceInput, @Ctx() ctx: Context): Promise<Resource> {
    return new ResourceService(ctx).add(input);
  }

  @Allow(Role.UNIT_REP)
  @Mutation(() => Resource, { description: "UNIT_REP, for their own unit's items." })
  updateResource(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateResourceInput) input: UpdateResourceInput, @Ctx() ctx: Context): Promise<Resource> {
    return new ResourceService(ctx).update(id, input);
  }

  @Allow(Role.UNIT_REP)
  @Mutation(() => Resource, { description: "UNIT_REP takes an item off their unit's list; it stays in the history." })
  withdrawResource(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Resource> {
    return new ResourceService(ctx).withdraw(id);
  }

  @FieldResolver(() => PartnerUnit)
  unit(@Root() resource: Resource): Promise<PartnerUnit> {
    return resource.unit.loadOrFail();
  }
}

@Resolver(() => PartnerUnit)
export class PartnerUnitResourcesResolver {
  @FieldResolver(() => [Resource], { description: "The unit's resource list (withdrawn items left out)." })
  resources(@Root() unit: PartnerUnit, @Ctx() ctx: Context): Promise<Resource[]> {
    return ctx.loaders.resourcesByUnit.load(unit.id);
  }
}
