import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { Role } from '../../shared/auth/role';
import { badInput } from '../../shared/errors';
import { isCalendarDate, LongText } from '../../shared/validation';
import { Community } from '../org/community.entity';
import { Grid } from '../org/grid.entity';
import { User } from '../org/user.entity';
import { Team } from '../volunteer/team.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { CreateTeamInput, HouseholdInput, RecordVisitInput, VisitScheduleInput } from './care.inputs';
import { CareService, ruleOf } from './care.service';
import { Household } from './household.entity';
import { toRRule } from './recurrence';
import { RibbonEvent, RibbonRequest } from './ribbon.entity';
import { RibbonService } from './ribbon.service';
import { VisitSchedule } from './schedule.entity';
import { Visit } from './visit.entity';
import { VisitService } from './visit.service';

@ObjectType({ description: 'One scheduled day of a schedule and whether it was visited.' })
export class ScheduledDay {
  @Field(() => String, { description: 'YYYY-MM-DD' }) date: string;
  @Field(() => Boolean) visited: boolean;
}

@ObjectType({ description: 'A scheduled visit not yet made: due today, or overdue.' })
export class DueVisit {
  @Field(() => VisitSchedule) schedule: VisitSchedule;
  @Field(() => Household) household: Household;
  @Field(() => String, { description: 'YYYY-MM-DD' }) dueOn: string;
  @Field(() => Boolean) overdue: boolean;
}

@ArgsType()
class NoteArgs {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) @LongText(2000) note: string | null;
}

const CARERS = [Role.COMMUNITY_SECRETARY, Role.VOLUNTEER, Role.ADMIN];

@Resolver(() => Team)
export class TeamResolver {
  @Allow(Role.COMMUNITY_SECRETARY)
  @Mutation(() => Team, { description: 'COMMUNITY_SECRETARY: a team of the community (敲门组, 黄丝带服务队 …) with captain and members.' })
  createTeam(@Arg('input', () => CreateTeamInput) input: CreateTeamInput, @Ctx() ctx: Context): Promise<Team> {
    return new CareService(ctx).createTeam(input);
  }

  @Allow(Role.ADMIN, Role.COMMUNITY_SECRETARY, Role.VOLUNTEER)
  @Query(() => [Team], { description: "A community's teams: all of them for its secretary, a volunteer's own for them." })
  teams(@Arg('communityId', () => ID) communityId: string, @Ctx() ctx: Context): Promise<Team[]> {
    return new CareService(ctx).teams(communityId);
  }

  @FieldResolver(() => Community)
  community(@Root() team: Team): Promise<Community> {
    return team.community.loadOrFail();
  }

  @FieldResolver(() => Volunteer, { nullable: true })
  captain(@Root() team: Team): Promise<Volunteer | null> {
    return team.captain ? team.captain.loadOrFail() : Promise.resolve(null);
  }

  @FieldResolver(() => [Volunteer])
  async members(@Root() team: Team): Promise<Volunteer[]> {
    return (await team.members.load({ dataloader: true })).getItems();
  }
}

@Resolver(() => Household)
export class HouseholdResolver {
  @Allow(Role.COMMUNITY_SECRETARY)
  @Mutation(() => Household, { description: 'COMMUNITY_SECRETARY: a care household (关爱对象) of the community.' })
  addHousehold(@Arg('input', () => HouseholdInput) input: HouseholdInput, @Ctx() ctx: Context): Promise<Household> {
    return new CareService(ctx).createHousehold(input);
  }

  @Allow(...CARERS)
  @Query(() => [Household], { description: "The households the caller may see: their community's as secretary, their team's as volunteer." })
  households(@Arg('communityId', () => ID, { nullable: true }) communityId: string | null, @Ctx() ctx: Context): Promise<Household[]> {
    return new CareService(ctx).households(communityId);
  }

  @Allow(...CARERS)
  @Query(() => Household, { nullable: true })
  household(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Household | null> {
    return new CareService(ctx).household(id);
  }

  @Allow(Role.COMMUNITY_SECRETARY)
  @Mutation(() => VisitSchedule, { description: 'COMMUNITY_SECRETARY: household × team, daily / weekly / every N days / monthly.' })
  scheduleVisits(@Arg('input', () => VisitScheduleInput) input: VisitScheduleInput, @Ctx() ctx: Context): Promise<VisitSchedule> {
    return new CareService(ctx).createSchedule(input);
  }

  @Allow(...CARERS)
  @Query(() => [DueVisit], { description: "Due today and overdue (last 14 days) visits of the caller's households, overdue first." })
  dueVisits(@Arg('teamId', () => ID, { nullable: true }) teamId: string | null, @Ctx() ctx: Context): Promise<DueVisit[]> {
    return new CareService(ctx).dueVisits(teamId);
  }

  @Allow(Role.COMMUNITY_SECRETARY, Role.VOLUNTEER)
  @Mutation(() => Visit, { description: 'A team member or the secretary records a visit; a concern may raise a need or a case in the same step.' })
  recordVisit(@Arg('input', () => RecordVisitInput) input: RecordVisitInput, @Ctx() ctx: Context): Promise<Visit> {
    return new VisitService(ctx).record(input);
  }

  @FieldResolver(() => Community)
  community(@Root() h: Household): Promise<Community> {
    return h.community.loadOrFail();
  }

  @FieldResolver(() => Grid, { nullable: true })
  grid(@Root() h: Household): Promise<Grid | null> {
    return h.grid ? h.grid.loadOrFail() : Promise.resolve(null);
  }

  @FieldResolver(() => Team, { nullable: true })
  team(@Root() h: Household): Promise<Team | null> {
    return h.team ? h.team.loadOrFail() : Promise.resolve(null);
  }

  @FieldResolver(() => [VisitSchedule])
  schedules(@Root() h: Household, @Ctx() ctx: Context): Promise<VisitSchedule[]> {
    return ctx.em.find(VisitSchedule, { household: h.id }, { orderBy: { createdAt: 'asc' } });
  }

  @FieldResolver(() => [Visit], { description: 'The last 20 visits, newest first.' })
  visits(@Root() h: Household, @Ctx() ctx: Context): Promise<Visit[]> {
    return ctx.em.find(Visit, { household: h.id }, { orderBy: { visitedAt: 'desc' }, limit: 20 });
  }
}

@Resolver(() => VisitSchedule)
export class ScheduleResolver {
  @FieldResolver(() => String, { description: 'The schedule as an iCalendar RRULE (weeks start on Monday), from startsOn: the rule its days are expanded from.' })
  rrule(@Root() s: VisitSchedule): string {
    return toRRule(ruleOf(s));
  }

  @FieldResolver(() => Int, { description: 'Scheduled days in the last year, before today, with no visit recorded.' })
  missedVisits(@Root() s: VisitSchedule, @Ctx() ctx: Context): Promise<number> {
    return new CareService(ctx).missedVisits(s);
  }

  @FieldResolver(() => [ScheduledDay], { description: 'The scheduled days in [from, to] (YYYY-MM-DD, at most 400) and which were visited: the calendar.' })
  async days(@Root() s: VisitSchedule, @Arg('from', () => String) from: string, @Arg('to', () => String) to: string, @Ctx() ctx: Context): Promise<ScheduledDay[]> {
    if (!isCalendarDate(from) || !isCalendarDate(to)) throw badInput('input.badDate');
    return new CareService(ctx).days(s, from, to);
  }

  @FieldResolver(() => Team)
  team(@Root() s: VisitSchedule): Promise<Team> {
    return s.team.loadOrFail();
  }
}

@Resolver(() => Visit)
export class VisitResolver {
  @FieldResolver(() => User)
  visitor(@Root() v: Visit): Promise<User> {
    return v.visitor.loadOrFail();
  }
}

@Resolver(() => RibbonRequest)
export class RibbonResolver {
  @Allow(Role.VOLUNTEER, Role.COMMUNITY_SECRETARY, Role.GRID_WORKER)
  @Mutation(() => RibbonRequest, { description: 'A volunteer who sees a yellow ribbon, or the secretary after a call, asks help for a household of their community.' })
  raiseYellowRibbon(
    @Arg('householdId', () => ID) householdId: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<RibbonRequest> {
    return new RibbonService(ctx).raise(householdId, note?.slice(0, 2000) ?? null);
  }

  @Allow(Role.VOLUNTEER, Role.COMMUNITY_SECRETARY, Role.GRID_WORKER, Role.ADMIN)
  @Query(() => [RibbonRequest], { description: "The community's yellow-ribbon requests, oldest first; open ones only unless asked." })
  yellowRibbons(@Arg('includeResolved', () => Boolean, { nullable: true }) includeResolved: boolean | null, @Ctx() ctx: Context): Promise<RibbonRequest[]> {
    return new RibbonService(ctx).list(!includeResolved);
  }

  @Allow(Role.VOLUNTEER, Role.COMMUNITY_SECRETARY)
  @Mutation(() => RibbonRequest, { description: 'The secretary assigns a volunteer; a volunteer may take it on themself (no userId).' })
  assignYellowRibbon(@Arg('id', () => ID) id: string, @Arg('userId', () => ID, { nullable: true }) userId: string | null, @Ctx() ctx: Context): Promise<RibbonRequest> {
    return new RibbonService(ctx).assign(id, userId);
  }

  @Allow(Role.VOLUNTEER, Role.COMMUNITY_SECRETARY)
  @Mutation(() => RibbonRequest, { description: 'The assignee has visited.' })
  markYellowRibbonVisited(@Args(() => NoteArgs) args: NoteArgs, @Ctx() ctx: Context): Promise<RibbonRequest> {
    return new RibbonService(ctx).markVisited(args.id, args.note);
  }

  @Allow(Role.VOLUNTEER, Role.COMMUNITY_SECRETARY)
  @Mutation(() => RibbonRequest, { description: 'The assignee or the secretary resolves it.' })
  resolveYellowRibbon(@Args(() => NoteArgs) args: NoteArgs, @Ctx() ctx: Context): Promise<RibbonRequest> {
    return new RibbonService(ctx).resolve(args.id, args.note);
  }

  @FieldResolver(() => Household)
  household(@Root() r: RibbonRequest): Promise<Household> {
    return r.household.loadOrFail();
  }

  @FieldResolver(() => User, { nullable: true })
  assignee(@Root() r: RibbonRequest): Promise<User | null> {
    return r.assignee ? r.assignee.loadOrFail() : Promise.resolve(null);
  }

  @FieldResolver(() => Float, { description: 'Hours since it was raised.' })
  ageHours(@Root() r: RibbonRequest): number {
    return Math.round(((r.resolvedAt ?? new Date()).getTime() - r.raisedAt.getTime()) / 360_000) / 10;
  }

  @FieldResolver(() => [RibbonEvent], { description: 'The timeline, oldest first.' })
  events(@Root() r: RibbonRequest, @Ctx() ctx: Context): Promise<RibbonEvent[]> {
    return ctx.em.find(RibbonEvent, { request: r.id }, { orderBy: { at: 'asc', id: 'asc' } });
  }
}

@Resolver(() => RibbonEvent)
export class RibbonEventResolver {
  @FieldResolver(() => User)
  actor(@Root() e: RibbonEvent): Promise<User> {
    return e.actor.loadOrFail();
  }
}
