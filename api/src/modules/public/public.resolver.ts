import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Public } from '../../shared/auth/access';
import { PublicService } from './public.service';
import { PublicCommunity, PublicCommunityPage } from './public.types';

/** 公示: what residents may read without an account. */
@Resolver()
export class PublicResolver {
  @Public()
  @Query(() => [PublicCommunity], { description: 'Every community, with its published and claimed needs. Open to anyone.' })
  publicCommunities(@Ctx() ctx: Context): Promise<PublicCommunity[]> {
    return new PublicService(ctx).communities();
  }

  @Public()
  @Query(() => PublicCommunityPage, {
    nullable: true,
    description: "A community's public page: needs and who claimed them, this year's agreements, closed cases by month. Open to anyone.",
  })
  publicCommunityPage(@Arg('communityId', () => ID) communityId: string, @Ctx() ctx: Context): Promise<PublicCommunityPage | null> {
    return new PublicService(ctx).page(communityId);
  }
}
