import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { Role } from '../../shared/auth/role';
import { forbidden } from '../../shared/errors';
import { Need } from '../joint/need.entity';
import { Community } from '../org/community.entity';
import { Grid } from '../org/grid.entity';
import { User } from '../org/user.entity';
import { CommunityHours, HoursService, ServiceHours, TeamHours } from './hours.service';
import { Invitation } from './invitation.entity';
import { InvitationService } from './invitation.service';
import { MatchService, VolunteerMatch } from './match.service';
import { TaskSignup } from './signup.entity';
import { Task } from './task.entity';
import { TaskService } from './task.service';
import { Volunteer } from './volunteer.entity';
import { SignupStatus } from './volunteer.enums';
import { CreateTaskInput, RegisterVolunteerInput, TaskKeyArgs } from './volunteer.inputs';
import { managesVolunteersOf } from './volunteer.policy';
import { VolunteerService } from './volunteer.service';

@Resolver(() => Volunteer)
export class VolunteerResolver {
  @Allow()
  @Mutation(() => Volunteer, { description: 'Any signed-in user; adds the VOLUNTEER role.' })
  registerVolunteer(@Arg('input', () => RegisterVolunteerInput) input: RegisterVolunteerInput, @Ctx() ctx: Context): Promise<Volunteer> {
    return new VolunteerService(ctx).register(input);
  }

  @Allow()
  @Query(() => Volunteer, { nullable: true, description: "The caller's own volunteer profile, if they registered." })
  myVolunteerProfile(@Ctx() ctx: Context): Promise<Volunteer | null> {
    return new VolunteerService(ctx).mine();
  }

  @FieldResolver(() => User)
  user(@Root() volunteer: Volunteer): Promise<User> {
    return volunteer.user.loadOrFail();
  }

  @FieldResolver(() => Community, { nullable: true })
  community(@Root() volunteer: Volunteer): Promise<Community | null> {
    return volunteer.community ? volunteer.community.loadOrFail() : Promise.resolve(null);
  }

  @FieldResolver(() => Grid, { nullable: true })
  grid(@Root() volunteer: Volunteer): Promise<Grid | null> {
    return volunteer.grid ? volunteer.grid.loadOrFail() : Promise.resolve(null);
  }
}

@Resolver(() => Task)
export class TaskResolver {
  @Allow()
  @Query(() => [Task], { description: 'Tasks by start time, of one community when given (at most 500).' })
  tasks(@Arg('communityId', () => ID, { nullable: true }) communityId: string | null, @Ctx() ctx: Context): Promise<Task[]> {
    return new TaskService(ctx).list(communityId);
  }

  @Allow(Role.COMMUNITY_SECRETARY)
  @Mutation(() => Task, { description: 'COMMUNITY_SECRETARY of that community.' })
  createTask(@Arg('input', () => CreateTaskInput) input: CreateTaskInput, @Ctx() ctx: Context): Promise<Task> {
    return new TaskService(ctx).create(input);
  }

  @Allow(Role.VOLUNTEER)
  @Mutation(() => TaskSignup, { description: 'VOLUNTEER. Race-free: never more sign-ups than capacity (CONFLICT when full or already signed up).' })
  signUpForTask(@Args(() => TaskKeyArgs) { taskId, idempotencyKey }: TaskKeyArgs, @Ctx() ctx: Context): Promise<TaskSignup> {
    return new TaskService(ctx).signUp(taskId, false, idempotencyKey);
  }

  @Allow(Role.VOLUNTEER)
  @Mutation(() => TaskSignup, { description: 'VOLUNTEER: wait in line for a full task; a withdrawal promotes the first in line.' })
  joinTaskWaitlist(@Args(() => TaskKeyArgs) { taskId, idempotencyKey }: TaskKeyArgs, @Ctx() ctx: Context): Promise<TaskSignup> {
    return new TaskService(ctx).signUp(taskId, true, idempotencyKey);
  }

  @Allow(Role.VOLUNTEER)
  @Mutation(() => Boolean, { description: 'VOLUNTEER leaves a task or its waiting line; a freed place goes to the first in line.' })
  withdrawFromTask(@Arg('taskId', () => ID) taskId: string, @Ctx() ctx: Context): Promise<boolean> {
    return new TaskService(ctx).withdraw(taskId);
  }

  @Allow(Role.COMMUNITY_SECRETARY, Role.ADMIN)
  @Query(() => [VolunteerMatch], { description: "The secretary of the task's community: best-fitting volunteers first, with reasons. Weights: MATCH_WEIGHTS." })
  volunteerMatches(@Arg('taskId', () => ID) taskId: string, @Arg('first', () => Int, { nullable: true }) first: number | null, @Ctx() ctx: Context): Promise<VolunteerMatch[]> {
    return new MatchService(ctx).matches(taskId, first);
  }

  @Allow(Role.VOLUNTEER)
  @Query(() => [TaskSignup], { description: 'VOLUNTEER: their places and waiting-line spots, soonest task first.' })
  async mySignups(@Ctx() ctx: Context): Promise<TaskSignup[]> {
    const volunteer = await new VolunteerService(ctx).mine();
    if (!volunteer) return [];
    return ctx.em.find(
      TaskSignup,
      { volunteer: volunteer.id, status: { $ne: SignupStatus.WITHDRAWN } },
      { populate: ['task'], orderBy: { task: { startsAt: 'asc' } }, limit: 200 },
    );
  }

  @FieldResolver(() => [TaskSignup], { description: "Places and waiting line, for the secretary of the task's community (empty for others)." })
  async signups(@Root() task: Task, @Ctx() ctx: Context): Promise<TaskSignup[]> {
    // Who reads them: volunteer.policy (Task.signups).
    return ctx.em.find(TaskSignup, { task: task.id, status: { $ne: SignupStatus.WITHDRAWN } }, { orderBy: { signedUpAt: 'asc' } });
  }

  @FieldResolver(() => Community)
  community(@Root() task: Task): Promise<Community> {
    return task.community.loadOrFail();
  }

  @FieldResolver(() => Need, { nullable: true })
  need(@Root() task: Task): Promise<Need | null> {
    return task.need ? task.need.loadOrFail() : Promise.resolve(null);
  }

  @FieldResolver(() => Grid, { nullable: true })
  grid(@Root() task: Task): Promise<Grid | null> {
    return task.grid ? task.grid.loadOrFail() : Promise.resolve(null);
  }
}

@Resolver(() => Invitation)
export class InvitationResolver {
  @Allow(Role.COMMUNITY_SECRETARY)
  @Mutation(() => Invitation, { description: "The secretary of the task's community invites a (matched) volunteer; it appears in their app." })
  inviteVolunteer(@Arg('taskId', () => ID) taskId: string, @Arg('volunteerId', () => ID) volunteerId: string, @Ctx() ctx: Context): Promise<Invitation> {
    return new InvitationService(ctx).invite(taskId, volunteerId);
  }

  @Allow(Role.VOLUNTEER)
  @Query(() => [Invitation], { description: 'VOLUNTEER: invitations to tasks that have not started.' })
  myInvitations(@Ctx() ctx: Context): Promise<Invitation[]> {
    return new InvitationService(ctx).mine();
  }

  @Allow(Role.COMMUNITY_SECRETARY, Role.ADMIN)
  @Query(() => [Volunteer], { description: 'The volunteers of a community (secretary of it), for teams and invitations.' })
  async volunteers(@Arg('communityId', () => ID) communityId: string, @Ctx() ctx: Context): Promise<Volunteer[]> {
    if (!managesVolunteersOf(ctx.viewer, communityId)) throw forbidden();
    return ctx.em.find(Volunteer, { community: communityId, active: true }, { limit: 1000 });
  }

  @FieldResolver(() => Task)
  task(@Root() invitation: Invitation): Promise<Task> {
    return invitation.task.loadOrFail();
  }

  @FieldResolver(() => Volunteer)
  volunteer(@Root() invitation: Invitation): Promise<Volunteer> {
    return invitation.volunteer.loadOrFail();
  }
}

@Resolver(() => TaskSignup)
export class SignupResolver {
  @Allow(Role.VOLUNTEER)
  @Mutation(() => TaskSignup, { description: 'VOLUNTEER with a place: from an hour before the start until the end.' })
  checkInToTask(@Args(() => TaskKeyArgs) { taskId, idempotencyKey }: TaskKeyArgs, @Ctx() ctx: Context): Promise<TaskSignup> {
    return new HoursService(ctx).checkIn(taskId, idempotencyKey);
  }

  @Allow(Role.VOLUNTEER)
  @Mutation(() => TaskSignup)
  checkOutOfTask(@Args(() => TaskKeyArgs) { taskId, idempotencyKey }: TaskKeyArgs, @Ctx() ctx: Context): Promise<TaskSignup> {
    return new HoursService(ctx).checkOut(taskId, idempotencyKey);
  }

  @Allow(Role.COMMUNITY_SECRETARY, Role.VOLUNTEER)
  @Mutation(() => TaskSignup, {
    description: "The secretary of the task's community, or the volunteer's team captain, confirms the hours (measured from check-in to check-out, in half hours, when not given).",
  })
  confirmServiceHours(@Arg('signupId', () => ID) signupId: string, @Arg('hours', () => Float, { nullable: true }) hours: number | null, @Ctx() ctx: Context): Promise<TaskSignup> {
    return new HoursService(ctx).confirm(signupId, hours);
  }

  @Allow(Role.VOLUNTEER, Role.COMMUNITY_SECRETARY)
  @Query(() => [TaskSignup], { description: 'Checked-out service awaiting confirmation that the caller may confirm (secretary: their community; captain: their members).' })
  hoursToConfirm(@Ctx() ctx: Context): Promise<TaskSignup[]> {
    return new HoursService(ctx).awaitingConfirmation();
  }

  @Allow(Role.VOLUNTEER)
  @Query(() => ServiceHours, { description: "The caller's confirmed service hours (志愿服务时长) and their record." })
  myServiceHours(@Ctx() ctx: Context): Promise<ServiceHours> {
    return new HoursService(ctx).mine();
  }

  @Allow(Role.ADMIN, Role.CITY_LEADER, Role.COMMUNITY_SECRETARY)
  @Query(() => [CommunityHours], { description: 'Confirmed hours of tasks starting in [from, to), by community.' })
  serviceHoursByCommunity(@Arg('from', () => Date) from: Date, @Arg('to', () => Date) to: Date, @Ctx() ctx: Context): Promise<CommunityHours[]> {
    return new HoursService(ctx).byCommunity(from, to);
  }

  @Allow(Role.ADMIN, Role.CITY_LEADER, Role.COMMUNITY_SECRETARY)
  @Query(() => [TeamHours], { description: 'Confirmed hours of tasks starting in [from, to), by the teams their volunteers belong to.' })
  serviceHoursByTeam(@Arg('from', () => Date) from: Date, @Arg('to', () => Date) to: Date, @Ctx() ctx: Context): Promise<TeamHours[]> {
    return new HoursService(ctx).byTeam(from, to);
  }

  @FieldResolver(() => Task)
  task(@Root() signup: TaskSignup): Promise<Task> {
    return signup.task.loadOrFail();
  }

  @FieldResolver(() => Volunteer)
  volunteer(@Root() signup: TaskSignup): Promise<Volunteer> {
    return signup.volunteer.loadOrFail();
  }
}
