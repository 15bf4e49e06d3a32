import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { Role } from '../../shared/auth/role';
import { badInput } from '../../shared/errors';
import { Community } from '../org/community.entity';
import { User } from '../org/user.entity';
import { PatrolService } from './patrol.service';
import { PatrolRound, RoadSection } from './road-section.entity';
import { StreetService } from './street.service';
import { GeoPoint, PatrolEndInput, RoadSectionInput, SectionCase, SectionWeek, TrailPoint, TrailPointInput } from './street.types';

/** Everyone who may hold a part in 街长制: offices, community staff, chiefs from units, patrollers. */
const STREET_PEOPLE = [Role.ADMIN, Role.CITY_LEADER, Role.COMMAND_CENTER, Role.COMMUNITY_SECRETARY, Role.UNIT_REP, Role.VOLUNTEER, Role.GRID_WORKER];
const SECTION_EDITORS = [Role.ADMIN, Role.COMMAND_CENTER, Role.COMMUNITY_SECRETARY];

@Resolver(() => RoadSection)
export class RoadSectionResolver {
  @Allow(...STREET_PEOPLE)
  @Query(() => [RoadSection], { description: "Road sections the viewer may see: the city's for offices, the community's for its staff, their own for chiefs and patrollers." })
  roadSections(@Arg('communityId', () => ID, { nullable: true }) communityId: string | null, @Ctx() ctx: Context): Promise<RoadSection[]> {
    return new StreetService(ctx).sections(communityId);
  }

  @Allow(...STREET_PEOPLE)
  @Query(() => RoadSection, { nullable: true })
  roadSection(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<RoadSection | null> {
    return new StreetService(ctx).section(id);
  }

  @Allow(...STREET_PEOPLE)
  @Query(() => [RoadSection], { description: 'The sections the viewer is street chief of or patrols.' })
  myRoadSections(@Ctx() ctx: Context): Promise<RoadSection[]> {
    return new StreetService(ctx).mine();
  }

  @Allow(...STREET_PEOPLE)
  @Query(() => [SectionWeek], { description: 'Each section of a community over the week from `from` (7 days): which were patrolled, cases open and escalated.' })
  patrolWeek(@Arg('communityId', () => ID) communityId: string, @Arg('from', () => Date) from: Date, @Ctx() ctx: Context): Promise<SectionWeek[]> {
    return new StreetService(ctx).week(communityId, from);
  }

  @Allow(...SECTION_EDITORS)
  @Query(() => [User], { description: 'Active users a section of this community may name as chief or patroller (at most 20, by name).' })
  roadSectionPeople(
    @Arg('communityId', () => ID) communityId: string,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Ctx() ctx: Context,
  ): Promise<User[]> {
    return new StreetService(ctx).people(communityId, search?.slice(0, 50));
  }

  @Allow(...SECTION_EDITORS)
  @Mutation(() => RoadSection, { description: "Draws or redraws a section: its line or addresses, its chief and patrol group (the community's secretary, the command centre)." })
  saveRoadSection(@Arg('input', () => RoadSectionInput) input: RoadSectionInput, @Ctx() ctx: Context): Promise<RoadSection> {
    return new StreetService(ctx).save(input);
  }

  @Allow(...SECTION_EDITORS)
  @Mutation(() => Boolean, { description: 'Removes a section with its patrol rounds.' })
  deleteRoadSection(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return new StreetService(ctx).remove(id);
  }

  @FieldResolver(() => Community)
  community(@Root() section: RoadSection): Promise<Community> {
    return section.community.loadOrFail();
  }

  @FieldResolver(() => User, { nullable: true, description: '街长.' })
  chief(@Root() section: RoadSection): Promise<User | null> {
    return section.chief ? section.chief.loadOrFail() : Promise.resolve(null);
  }

  @FieldResolver(() => [User], { description: '街巷巡查组.' })
  async patrollers(@Root() section: RoadSection, @Ctx() ctx: Context): Promise<User[]> {
    const rows = await ctx.em.execute<{ user_id: string }[]>('SELECT user_id FROM road_section_patroller WHERE section_id = ?', [section.id]);
    return rows.length ? ctx.em.find(User, { id: { $in: rows.map((r) => r.user_id) } }, { orderBy: { displayName: 'asc', id: 'asc' } }) : [];
  }

  @FieldResolver(() => [GeoPoint], { description: 'The line along the road (WGS-84).' })
  path(@Root() section: RoadSection): GeoPoint[] {
    return section.path;
  }

  @FieldResolver(() => [SectionCase], {
    description: 'Cases located on the section (within 50 m of its line, or naming one of its addresses): open ones and those closed in the last 30 days.',
  })
  cases(@Root() section: RoadSection, @Ctx() ctx: Context): Promise<SectionCase[]> {
    return new StreetService(ctx).cases(section);
  }

  @FieldResolver(() => [PatrolRound], { description: 'Latest rounds first.' })
  rounds(@Root() section: RoadSection, @Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: Context): Promise<PatrolRound[]> {
    return new StreetService(ctx).rounds(section, first);
  }
}

@Resolver(() => PatrolRound)
export class PatrolRoundResolver {
  @Allow(...STREET_PEOPLE)
  @Mutation(() => PatrolRound, { description: 'Starts a patrol round on a section the viewer patrols; the same clientKey again returns the same round (safe to retry).' })
  startPatrol(@Arg('sectionId', () => ID) sectionId: string, @Arg('clientKey', () => String) clientKey: string, @Ctx() ctx: Context): Promise<PatrolRound> {
    if (!clientKey.trim() || clientKey.length > 100) throw badInput('input.invalid', { details: 'clientKey' });
    return new PatrolService(ctx).start(sectionId, clientKey.trim());
  }

  @Allow(...STREET_PEOPLE)
  @Mutation(() => PatrolRound, { description: 'Adds positions taken on the way (at most 1,000 a call, 5,000 a round).' })
  addPatrolPositions(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('positions', () => [TrailPointInput]) positions: TrailPointInput[],
    @Ctx() ctx: Context,
  ): Promise<PatrolRound> {
    if (positions.length > 1000) throw badInput('patrol.trailFull', { max: 1000 });
    return new PatrolService(ctx).add(roundId, positions);
  }

  @Allow(...STREET_PEOPLE)
  @Mutation(() => PatrolRound, { description: 'Ends a round with its last positions; ending it again changes nothing.' })
  endPatrol(@Arg('input', () => PatrolEndInput) input: PatrolEndInput, @Ctx() ctx: Context): Promise<PatrolRound> {
    return new PatrolService(ctx).end(input);
  }

  @FieldResolver(() => RoadSection)
  section(@Root() round: PatrolRound): Promise<RoadSection> {
    return round.section.loadOrFail();
  }

  @FieldResolver(() => User)
  patroller(@Root() round: PatrolRound): Promise<User> {
    return round.patroller.loadOrFail();
  }

  @FieldResolver(() => [TrailPoint], { description: "Where the patroller walked: theirs, their chief's and their secretary's to see." })
  positions(@Root() round: PatrolRound): TrailPoint[] {
    return round.positions.map((p) => ({ lat: p.lat, lng: p.lng, at: new Date(p.at) }));
  }

  @FieldResolver(() => Int, { description: 'Cases the patroller reported between the start and the end of the round.' })
  async casesReported(@Root() round: PatrolRound, @Ctx() ctx: Context): Promise<number> {
    const [row] = await ctx.em.execute<{ n: string }[]>('SELECT count(*) AS n FROM case_file WHERE reporter_id = ? AND reported_at >= ? AND reported_at <= ?', [
      round.patroller.id,
      round.startedAt,
      round.endedAt ?? new Date(),
    ]);
    return Number(row.n);
  }
}
