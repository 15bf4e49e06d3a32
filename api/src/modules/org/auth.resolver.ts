import { Arg, Args, ArgsType, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { AllowAnyAccount, Public } from '../../shared/auth/access';
import { Password } from '../../shared/validation';
import { AuthService } from './auth.service';
import { User } from './user.entity';

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`.' })
  token: string;

  @Field(() => User)
  user: User;
}

@ArgsType()
class ChangePasswordArgs {
  @Field(() => String) currentPassword: string;
  @Field(() => String) @Password() newPassword: string;
}

@Resolver()
export class AuthResolver {
  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in user; null when not signed in.' })
  me(@Ctx() ctx: Context): Promise<User | null> {
    return ctx.viewer ? ctx.em.findOne(User, ctx.viewer.userId) : Promise.resolve(null);
  }

  @Public()
  @Mutation(() => AuthPayload)
  login(@Arg('username', () => String) username: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context): Promise<AuthPayload> {
    return new AuthService(ctx).login(username.slice(0, 200), password.slice(0, 200));
  }

  @AllowAnyAccount()
  @Mutation(() => Boolean, { description: 'Ends this sign-in: the token stops working.' })
  logout(@Ctx() ctx: Context): Promise<boolean> {
    return new AuthService(ctx).logout();
  }

  @AllowAnyAccount()
  @Mutation(() => Boolean, { description: 'Any signed-in user; other sign-ins of the account end.' })
  changePassword(@Args(() => ChangePasswordArgs) args: ChangePasswordArgs, @Ctx() ctx: Context): Promise<boolean> {
    return new AuthService(ctx).changePassword(args.currentPassword.slice(0, 200), args.newPassword);
  }
}
