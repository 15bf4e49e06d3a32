import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { Role } from '../../shared/auth/role';
import { ConnectionType } from '../../shared/pagination';
import { Password } from '../../shared/validation';
import { Community } from './community.entity';
import { CreateUserInput, UpdateUserInput, UserFilter } from './org.inputs';
import { PartnerUnit } from './partner-unit.entity';
import { User } from './user.entity';
import { UserService } from './user.service';

const UserConnection = ConnectionType('User', User);

@ArgsType()
class ResetPasswordArgs {
  @Field(() => ID) id: string;
  @Field(() => String) @Password() newPassword: string;
}

@Resolver(() => User)
export class UserResolver {
  @Allow(Role.ADMIN)
  @Query(() => UserConnection, { description: 'ADMIN only. Ordered by username.' })
  users(
    @Arg('filter', () => UserFilter, { nullable: true }) filter: UserFilter | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return new UserService(ctx).list(filter, first, after);
  }

  @Allow(Role.ADMIN)
  @Query(() => User, { nullable: true, description: 'ADMIN only.' })
  user(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<User | null> {
    return new UserService(ctx).find(id);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => User, { description: 'ADMIN only.' })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context): Promise<User> {
    return new UserService(ctx).create(input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => User, { description: 'ADMIN only.' })
  updateUser(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Ctx() ctx: Context): Promise<User> {
    return new UserService(ctx).update(id, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => User, { description: "ADMIN only. Deactivating ends all of the user's sign-ins." })
  setUserActive(@Arg('id', () => ID) id: string, @Arg('active', () => Boolean) active: boolean, @Ctx() ctx: Context): Promise<User> {
    return new UserService(ctx).setActive(id, active);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => User, { description: "ADMIN only. Ends all of the user's sign-ins." })
  resetPassword(@Args(() => ResetPasswordArgs) args: ResetPasswordArgs, @Ctx() ctx: Context): Promise<User> {
    return new UserService(ctx).resetPassword(args.id, args.newPassword);
  }

  @FieldResolver(() => Community, { nullable: true, description: 'The community a secretary or grid worker serves.' })
  community(@Root() user: User): Promise<Community | null> {
    return user.community ? user.community.load() : Promise.resolve(null);
  }

  @FieldResolver(() => PartnerUnit, { nullable: true, description: 'The partner unit a unit representative acts for.' })
  unit(@Root() user: User): Promise<PartnerUnit | null> {
    return user.unit ? user.unit.load() : Promise.resolve(null);
  }
}
