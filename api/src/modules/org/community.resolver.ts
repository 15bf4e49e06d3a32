import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { Role } from '../../shared/auth/role';
import { byChineseName } from '../../shared/i18n/collate';
import { CommitteeMember } from './committee-member.entity';
import { Community } from './community.entity';
import { CommunityService } from './community.service';
import { Grid } from './grid.entity';
import { CreateCommunityInput, UpdateCommunityInput } from './org.inputs';

@Resolver(() => Community)
export class CommunityResolver {
  @Allow()
  @Query(() => [Community], { description: 'Every community, by sub-district and name.' })
  communities(@Ctx() ctx: Context): Promise<Community[]> {
    return new CommunityService(ctx).list();
  }

  @Allow()
  @Query(() => Community, { nullable: true })
  community(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Community | null> {
    return new CommunityService(ctx).find(id);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Community, { description: 'ADMIN only.' })
  createCommunity(@Arg('input', () => CreateCommunityInput) input: CreateCommunityInput, @Ctx() ctx: Context): Promise<Community> {
    return new CommunityService(ctx).create(input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Community, { description: 'ADMIN only.' })
  updateCommunity(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateCommunityInput) input: UpdateCommunityInput, @Ctx() ctx: Context): Promise<Community> {
    return new CommunityService(ctx).update(id, input);
  }

  @FieldResolver(() => [Grid])
  async grids(@Root() community: Community, @Ctx() ctx: Context): Promise<Grid[]> {
    const grids = await ctx.loaders.gridsByCommunity.load(community.id);
    return [...grids].sort((a, b) => byChineseName(a.name, b.name));
  }

  @FieldResolver(() => [CommitteeMember], { description: 'The community party committee (社区大党委), first secretary first.' })
  async committee(@Root() community: Community, @Ctx() ctx: Context): Promise<CommitteeMember[]> {
    const members = await ctx.loaders.committeeByCommunity.load(community.id);
    return [...members].sort(byPosition);
  }
}

const POSITION_ORDER = ['FIRST_SECRETARY', 'SECRETARY', 'DEPUTY_SECRETARY', 'MEMBER'];
const byPosition = (a: CommitteeMember, b: CommitteeMember) =>
  POSITION_ORDER.indexOf(a.position) - POSITION_ORDER.indexOf(b.position) || a.sortOrder - b.sortOrder || byChineseName(a.personName, b.personName);
