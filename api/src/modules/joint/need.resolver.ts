import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { Role } from '../../shared/auth/role';
import { ConnectionType } from '../../shared/pagination';
import { IntRange, LongText, Name } from '../../shared/validation';
import { Community } from '../org/community.entity';
import { Grid } from '../org/grid.entity';
import { PartnerUnit } from '../org/partner-unit.entity';
import { User } from '../org/user.entity';
import { CreateNeedInput, NeedFilter, UpdateNeedInput } from './joint.inputs';
import { related, type Shape } from './joint.loaders';
import { NeedImportResult, UnitSuggestion } from './joint.types';
import { Need } from './need.entity';
import { NeedService } from './need.service';
import { NeedClaim } from './need-claim.entity';
import { NeedEvent } from './need-event.entity';
import { NeedImportService } from './need-import.service';
import { SuggestionService } from './suggestion.service';

const NeedConnection = ConnectionType('Need', Need);

@ArgsType()
class ReasonArgs {
  @Field(() => ID) id: string;
  @Field(() => String) @Name(2000) reason: string;
}

@ArgsType()
class ClaimCapArgs {
  @Field(() => ID) communityId: string;
  @Field(() => Int, { nullable: true, description: 'null removes the cap.' }) @IntRange(1, 1000) cap: number | null;
}

@ArgsType()
class NoteArgs {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) @LongText() note: string | null;
}

@ArgsType()
class ImportArgs {
  @Field(() => ID) communityId: string;
  @Field(() => String, { description: 'Ends in .xlsx or .csv.' }) @Name(200) fileName: string;
  @Field(() => String, { description: 'The file, base64; at most 700 KB decoded.' }) @LongText(1_000_000) contentBase64: string;
}

@Resolver(() => Need)
export class NeedResolver {
  @Allow()
  @Query(() => Need, { nullable: true, description: "null for an ID that names nothing the caller may see (drafts are their community's secretary's)." })
  need(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Need | null> {
    return new NeedService(ctx).find(id);
  }

  @Allow()
  @Query(() => NeedConnection, { description: 'Newest first; `first` 1–100 (20 when absent).' })
  needs(
    @Arg('filter', () => NeedFilter, { nullable: true }) filter: NeedFilter | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return new NeedService(ctx).list(filter, first, after);
  }

  @Allow(Role.COMMUNITY_SECRETARY)
  @Mutation(() => Need, { description: 'COMMUNITY_SECRETARY of that community; the need starts as DRAFT.' })
  createNeed(@Arg('input', () => CreateNeedInput) input: CreateNeedInput, @Ctx() ctx: Context): Promise<Need> {
    return new NeedService(ctx).create(input);
  }

  @Allow(Role.COMMUNITY_SECRETARY)
  @Mutation(() => Need, { description: "COMMUNITY_SECRETARY of the need's community; until it is DONE or CANCELLED." })
  updateNeed(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateNeedInput) input: UpdateNeedInput, @Ctx() ctx: Context): Promise<Need> {
    return new NeedService(ctx).update(id, input);
  }

  @Allow(Role.COMMUNITY_SECRETARY)
  @Mutation(() => Need, { description: "COMMUNITY_SECRETARY of the need's community; DRAFT -> PUBLISHED." })
  publishNeed(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Need> {
    return new NeedService(ctx).publish(id);
  }

  @Allow(Role.COMMUNITY_SECRETARY)
  @Mutation(() => Need, { description: 'COMMUNITY_SECRETARY; any open need -> CANCELLED with a reason; its claims are released.' })
  cancelNeed(@Args(() => ReasonArgs) args: ReasonArgs, @Ctx() ctx: Context): Promise<Need> {
    return new NeedService(ctx).cancel(args.id, args.reason);
  }

  @Allow(Role.COMMUNITY_SECRETARY)
  @Mutation(() => Need, { description: 'COMMUNITY_SECRETARY confirms the work: CLAIMED or IN_PROGRESS -> DONE.' })
  confirmNeedDone(@Args(() => NoteArgs) args: NoteArgs, @Ctx() ctx: Context): Promise<Need> {
    return new NeedService(ctx).confirmDone(args.id, args.note);
  }

  @Allow(Role.COMMUNITY_SECRETARY)
  @Mutation(() => Community, { description: 'COMMUNITY_SECRETARY: how many open claims one unit may hold in the community.' })
  setClaimCap(@Args(() => ClaimCapArgs) args: ClaimCapArgs, @Ctx() ctx: Context): Promise<Community> {
    return new NeedService(ctx).setClaimCap(args.communityId, args.cap);
  }

  @Allow(Role.COMMUNITY_SECRETARY)
  @Mutation(() => NeedImportResult, { description: 'COMMUNITY_SECRETARY: a need list from the template (.xlsx or .csv) becomes DRAFT needs, all or nothing.' })
  importNeeds(@Args(() => ImportArgs) args: ImportArgs, @Ctx() ctx: Context): Promise<NeedImportResult> {
    return new NeedImportService(ctx).import(args.communityId, args.fileName, args.contentBase64);
  }

  // Lists answer plain needs whose references are `{ id }`; `related` loads either kind.
  @FieldResolver(() => Community)
  community(@Root() need: Shape<Need>, @Ctx() ctx: Context): Promise<Community> {
    return related(need.community, ctx.loaders.communityById);
  }

  @FieldResolver(() => Grid, { nullable: true })
  grid(@Root() need: Shape<Need>, @Ctx() ctx: Context): Promise<Grid | null> {
    return need.grid ? related(need.grid, ctx.loaders.gridById) : Promise.resolve(null);
  }

  @FieldResolver(() => [NeedClaim], { description: 'The claims that stand now, oldest first.' })
  claims(@Root() need: Shape<Need>, @Ctx() ctx: Context): Promise<NeedClaim[]> {
    return ctx.loaders.claimsByNeed.load(need.id);
  }

  @FieldResolver(() => [NeedEvent], { description: 'Every step, oldest first.' })
  events(@Root() need: Shape<Need>, @Ctx() ctx: Context): Promise<NeedEvent[]> {
    return ctx.loaders.eventsByNeed.load(need.id);
  }

  @FieldResolver(() => [UnitSuggestion], { description: 'Units whose resources fit the category, those with an agreement here first. For one need at a time.' })
  suggestedUnits(@Root() need: Shape<Need>, @Ctx() ctx: Context): Promise<UnitSuggestion[]> {
    return new SuggestionService(ctx).forNeed(need);
  }
}

@Resolver(() => NeedEvent)
export class NeedEventResolver {
  @FieldResolver(() => User)
  actor(@Root() event: NeedEvent): Promise<User> {
    return event.actor.loadOrFail();
  }

  @FieldResolver(() => PartnerUnit, { nullable: true })
  unit(@Root() event: NeedEvent): Promise<PartnerUnit | null> {
    return event.unit ? event.unit.loadOrFail() : Promise.resolve(null);
  }
}
