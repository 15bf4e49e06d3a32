import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { Role } from '../../shared/auth/role';
import { Name } from '../../shared/validation';
import { Community } from './community.entity';
import { CommunityService } from './community.service';
import { Grid } from './grid.entity';
import { CreateGridInput } from './org.inputs';

@ArgsType()
class RenameGridArgs {
  @Field(() => ID) id: string;
  @Field(() => String) @Name() name: string;
}

@Resolver(() => Grid)
export class GridResolver {
  @Allow(Role.ADMIN, Role.COMMUNITY_SECRETARY)
  @Mutation(() => Grid, { description: 'ADMIN, or the secretary of that community.' })
  createGrid(@Arg('input', () => CreateGridInput) input: CreateGridInput, @Ctx() ctx: Context): Promise<Grid> {
    return new CommunityService(ctx).createGrid(input);
  }

  @Allow(Role.ADMIN, Role.COMMUNITY_SECRETARY)
  @Mutation(() => Grid, { description: 'ADMIN, or the secretary of that community.' })
  renameGrid(@Args(() => RenameGridArgs) args: RenameGridArgs, @Ctx() ctx: Context): Promise<Grid> {
    return new CommunityService(ctx).renameGrid(args.id, args.name);
  }

  @Allow(Role.ADMIN, Role.COMMUNITY_SECRETARY)
  @Mutation(() => Boolean, { description: 'ADMIN, or the secretary of that community.' })
  deleteGrid(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return new CommunityService(ctx).deleteGrid(id);
  }

  @FieldResolver(() => Community)
  community(@Root() grid: Grid): Promise<Community> {
    return grid.community.loadOrFail();
  }
}
