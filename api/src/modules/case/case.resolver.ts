import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow, AllowAnyAccount } from '../../shared/auth/access';
import { ConnectionType } from '../../shared/pagination';
import { Community } from '../org/community.entity';
import { PartnerUnit } from '../org/partner-unit.entity';
import { User } from '../org/user.entity';
import { CaseFile } from './case.entity';
import { CaseStatus } from './case.enums';
import { ReportCaseInput } from './case.inputs';
import { CaseService } from './case.service';
import { CaseEvent } from './case-event.entity';
import { metresBetween } from './image';
import { CasePhoto, PhotoStage } from './photo.entity';
import { RoutingService } from './routing.service';

const CaseConnection = ConnectionType('Case', CaseFile);
const FAR_METRES = 200;

function overdueNow(c: CaseFile, now = Date.now()): boolean {
  const past = (d: Date | null) => !!d && d.getTime() < now;
  if (c.status === CaseStatus.REPORTED) return past(c.acceptDueAt);
  if (c.status === CaseStatus.ACCEPTED || c.status === CaseStatus.DISPATCHED) return past(c.dueAt);
  if (c.status === CaseStatus.HANDLED) return past(c.verifyDueAt);
  return false;
}

@Resolver(() => CaseFile)
export class CaseResolver {
  @Allow()
  @Query(() => CaseFile, { name: 'case', nullable: true, description: 'null for an ID that names nothing the caller may see.' })
  caseFile(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CaseFile | null> {
    return new CaseService(ctx).find(id);
  }

  @Allow()
  @Query(() => CaseConnection, {
    description:
      'Newest first, of the cases the caller may see; `overdue` keeps those past their stage deadline; `search` matches part of the number (20261127-0069) or the title.',
  })
  cases(
    @Arg('status', () => [CaseStatus], { nullable: true }) status: CaseStatus[] | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('overdue', () => Boolean, { nullable: true }) overdue: boolean | null,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('unsigned', () => Boolean, { nullable: true, description: '签收: only dispatched cases not yet signed for, the soonest due first.' }) unsigned: boolean | null,
    @Ctx() ctx: Context,
  ) {
    return new CaseService(ctx).list({ status: status?.slice(0, 7), first, after, overdue, search: search?.slice(0, 100), unsigned });
  }

  @AllowAnyAccount()
  @Mutation(() => CaseFile, { description: 'Any signed-in account (grid workers, residents); a resident within the daily limit and not suspended.' })
  reportCase(@Arg('input', () => ReportCaseInput) input: ReportCaseInput, @Ctx() ctx: Context): Promise<CaseFile> {
    return new CaseService(ctx).report(input);
  }

  @FieldResolver(() => User)
  reporter(@Root() c: CaseFile): Promise<User> {
    return c.reporter.loadOrFail();
  }

  @FieldResolver(() => PartnerUnit, { nullable: true })
  assignedUnit(@Root() c: CaseFile): Promise<PartnerUnit | null> {
    return c.assignedUnit ? c.assignedUnit.loadOrFail() : Promise.resolve(null);
  }

  @FieldResolver(() => Community, { nullable: true })
  community(@Root() c: CaseFile): Promise<Community | null> {
    return c.community ? c.community.loadOrFail() : Promise.resolve(null);
  }

  @FieldResolver(() => [CaseEvent], { description: 'Every transition, oldest first.' })
  events(@Root() c: CaseFile, @Ctx() ctx: Context): Promise<CaseEvent[]> {
    return ctx.loaders.eventsByCase.load(c.id);
  }

  @FieldResolver(() => [CasePhoto], { description: 'Before (REPORT) and after (HANDLING) photos, oldest first.' })
  photos(@Root() c: CaseFile, @Ctx() ctx: Context): Promise<CasePhoto[]> {
    return ctx.loaders.photosByCase.load(c.id);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'How far (metres) the farthest after photo with a GPS position was taken from the case.' })
  async afterPhotoDistance(@Root() c: CaseFile, @Ctx() ctx: Context): Promise<number | null> {
    if (c.latitude === null || c.longitude === null) return null;
    const here = { latitude: c.latitude, longitude: c.longitude };
    const distances = (await ctx.loaders.photosByCase.load(c.id))
      .filter((p) => p.stage === PhotoStage.HANDLING && p.latitude !== null && p.longitude !== null)
      .map((p) => metresBetween(here, { latitude: p.latitude as number, longitude: p.longitude as number }));
    return distances.length ? Math.round(Math.max(...distances)) : null;
  }

  @FieldResolver(() => Boolean, { description: 'A warning for the verifier: an after photo was taken more than 200 m from the case.' })
  async afterPhotoFarFromCase(@Root() c: CaseFile, @Ctx() ctx: Context): Promise<boolean> {
    const distance = await this.afterPhotoDistance(c, ctx);
    return distance !== null && distance > FAR_METRES;
  }

  @FieldResolver(() => Boolean, { description: 'Past the deadline of the stage it is in now.' })
  overdue(@Root() c: CaseFile): boolean {
    return overdueNow(c);
  }

  @FieldResolver(() => PartnerUnit, { nullable: true, description: 'The unit the routing table names for its category. For one case at a time.' })
  suggestedUnit(@Root() c: CaseFile, @Ctx() ctx: Context): Promise<PartnerUnit | null> {
    return new RoutingService(ctx).suggestedUnit(c);
  }

  @FieldResolver(() => [CaseFile], { description: 'Same category, within 50 m, in the 24 hours before it. For one case at a time.' })
  likelyDuplicates(@Root() c: CaseFile, @Ctx() ctx: Context): Promise<CaseFile[]> {
    return new RoutingService(ctx).likelyDuplicates(c);
  }
}

@Resolver(() => CaseEvent)
export class CaseEventResolver {
  @FieldResolver(() => User)
  actor(@Root() event: CaseEvent): Promise<User> {
    return event.actor.loadOrFail();
  }

  @FieldResolver(() => PartnerUnit, { nullable: true })
  unit(@Root() event: CaseEvent): Promise<PartnerUnit | null> {
    return event.unit ? event.unit.loadOrFail() : Promise.resolve(null);
  }
}

@Resolver(() => CasePhoto)
export class CasePhotoResolver {
  @FieldResolver(() => String, { description: "GET it with the session's bearer token." })
  url(@Root() photo: CasePhoto): string {
    return `/api/photos/${photo.id}`;
  }
}
