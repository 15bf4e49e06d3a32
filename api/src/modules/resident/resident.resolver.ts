import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow, Public } from '../../shared/auth/access';
import { Role } from '../../shared/auth/role';
import { ConnectionType } from '../../shared/pagination';
import { CaseFile } from '../case/case.entity';
import { FollowUp, FollowUpSatisfaction } from '../case/follow-up.entity';
import { CasePhoto, PhotoStage } from '../case/photo.entity';
import { User } from '../org/user.entity';
import { RegisterResidentInput } from './resident.inputs';
import { ResidentService } from './resident.service';
import { PublicCaseStep, ResidentReport, ResidentStanding } from './resident.types';

const ResidentReportConnection = ConnectionType('ResidentReport', ResidentReport);

/** The steps a reporter follows; extensions, hand-backs and every note stay inside. */
export const PUBLIC_ACTIONS = new Set(['REPORTED', 'ACCEPTED', 'REJECTED', 'DISPATCHED', 'ACKNOWLEDGED', 'HANDLED', 'VERIFIED', 'REWORK', 'CLOSED', 'REOPENED']);

// Follow-ups of a page of reports in one statement, per request (keyed by the request's context).
const followUpLoaders = new WeakMap<Context, DataLoader<string, FollowUp[]>>();
function followUpsOf(ctx: Context): DataLoader<string, FollowUp[]> {
  let loader = followUpLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await ctx.em.find(FollowUp, { caseFile: { $in: [...ids] } });
      return ids.map((id) => rows.filter((row) => row.caseFile.id === id));
    });
    followUpLoaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => ResidentReport)
export class ResidentResolver {
  @Public()
  @Mutation(() => User, { description: '市民注册: a phone number, a password and a community; then sign in with login (username = the phone number).' })
  registerResident(@Arg('input', () => RegisterResidentInput) input: RegisterResidentInput, @Ctx() ctx: Context): Promise<User> {
    return new ResidentService(ctx).register(input);
  }

  @Allow(Role.RESIDENT)
  @Query(() => ResidentReportConnection, { description: "我的上报: the caller's own reports, newest first, each with its public timeline." })
  myReports(@Arg('first', () => Int, { nullable: true }) first: number | null, @Arg('after', () => String, { nullable: true }) after: string | null, @Ctx() ctx: Context) {
    return new ResidentService(ctx).myReports(first, after);
  }

  @Allow(Role.RESIDENT)
  @Query(() => ResidentReport, { nullable: true, description: "One of the caller's own reports; null for any other ID." })
  myReport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ResidentReport | null> {
    return new ResidentService(ctx).myReport(id);
  }

  @Allow(Role.RESIDENT)
  @Query(() => ResidentStanding, { description: "Whether the caller's reporting is open, and today's reports against the limit." })
  myReportingStanding(@Ctx() ctx: Context): Promise<ResidentStanding> {
    return new ResidentService(ctx).standing();
  }

  @Allow(Role.COMMAND_CENTER)
  @Mutation(() => CaseFile, { description: "恶意上报: marks a resident's report abusive; enough marks suspend their reporting." })
  markCaseAbusive(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context): Promise<CaseFile> {
    return new ResidentService(ctx).markAbusive(caseId);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ResidentStanding, { description: "Restores a suspended resident's reporting: earlier abusive marks stop counting." })
  restoreResidentReporting(@Arg('userId', () => ID) userId: string, @Ctx() ctx: Context): Promise<ResidentStanding> {
    return new ResidentService(ctx).liftSuspension(userId);
  }

  @FieldResolver(() => [PublicCaseStep], { description: 'Oldest first: what happened and which unit, never who or their note.' })
  async timeline(@Root() report: ResidentReport, @Ctx() ctx: Context): Promise<PublicCaseStep[]> {
    const events = (await ctx.loaders.eventsByCase.load(report.id)).filter((event) => PUBLIC_ACTIONS.has(event.action));
    return Promise.all(events.map(async (event) => ({ action: event.action, at: event.at, unitName: event.unit ? (await event.unit.loadOrFail()).name : null })));
  }

  @FieldResolver(() => String, { nullable: true, description: 'The unit it is dispatched to.' })
  async unitName(@Root() report: ResidentReport): Promise<string | null> {
    const unit = report.caseFile.assignedUnit;
    return unit ? (await unit.loadOrFail()).name : null;
  }

  @FieldResolver(() => [CasePhoto], { description: 'The photos the resident took.' })
  async photos(@Root() report: ResidentReport, @Ctx() ctx: Context): Promise<CasePhoto[]> {
    return (await ctx.loaders.photosByCase.load(report.id)).filter((photo) => photo.stage === PhotoStage.REPORT);
  }

  @FieldResolver(() => FollowUpSatisfaction, {
    nullable: true,
    description: 'How the resident rated this closure (满意 / 基本满意 / 不满意); null while it is open or not rated yet.',
  })
  async rating(@Root() report: ResidentReport, @Ctx() ctx: Context): Promise<FollowUpSatisfaction | null> {
    const closedAt = report.caseFile.closedAt?.getTime();
    if (!closedAt) return null;
    return (await followUpsOf(ctx).load(report.id)).find((f) => f.closedAt.getTime() === closedAt)?.satisfaction ?? null;
  }

  @FieldResolver(() => [CasePhoto], { description: "The unit's after photos." })
  async afterPhotos(@Root() report: ResidentReport, @Ctx() ctx: Context): Promise<CasePhoto[]> {
    return (await ctx.loaders.photosByCase.load(report.id)).filter((photo) => photo.stage === PhotoStage.HANDLING);
  }
}
