import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { Role } from '../../shared/auth/role';
import { checkPosition, distanceSql, nearParams } from '../../shared/geo';
import { RequestService } from '../../shared/request-service';
import { CaseCategory, CaseStatus } from './case.enums';

// Before a report is sent: the open problems already reported near where the reporter stands, so a
// second report of the same broken light is seen before it is made. What a street problem is and
// how far it got is no one's personal data; the words the reporter wrote are shown to officials
// only, a resident sees the category and the stage.

export const NEARBY_METRES = 100;
const NEARBY_DAYS = 30;

@ObjectType({ description: 'An open case reported near a position in the last 30 days, as a reporter about to report sees it.' })
export class NearbyCase {
  @Field(() => ID) id: string;
  @Field(() => String) number: string;
  @Field(() => String, { nullable: true, description: "The reporter's words: officials and grid workers; null for a resident." }) title: string | null;
  @Field(() => CaseCategory) category: CaseCategory;
  @Field(() => CaseStatus) status: CaseStatus;
  @Field(() => Int, { description: 'Metres from the position asked about.' }) distance: number;
  @Field(() => Date) reportedAt: Date;
}

const NEARBY_SQL = `
SELECT id, number, title, category, status, reported_at, d AS distance FROM (
  SELECT c.*, ${distanceSql('c')} AS d
    FROM case_file c
   WHERE c.status NOT IN ('CLOSED', 'REJECTED') AND c.reported_at > now() - interval '${NEARBY_DAYS} days'
     AND c.latitude BETWEEN ? AND ? AND c.longitude BETWEEN ? AND ?
     AND (?::text IS NULL OR c.category::text = ?)
) near WHERE d <= ? ORDER BY d, reported_at DESC LIMIT 10`;

export class NearbyService extends RequestService {
  async near(latitude: number, longitude: number, category: CaseCategory | null): Promise<NearbyCase[]> {
    checkPosition(latitude, longitude);
    const rows = await this.em.execute<Record<string, unknown>[]>(NEARBY_SQL, [...nearParams(latitude, longitude, NEARBY_METRES), category, category, NEARBY_METRES]);
    const official = this.me.roles.some((r) => r !== Role.RESIDENT);
    return rows.map((r) => ({
      id: r.id as string,
      number: r.number as string,
      title: official ? (r.title as string) : null,
      category: r.category as CaseCategory,
      status: r.status as CaseStatus,
      distance: Math.round(Number(r.distance)),
      reportedAt: new Date(r.reported_at as string),
    }));
  }
}

@Resolver()
export class NearbyResolver {
  @Allow(Role.ADMIN, Role.COMMAND_CENTER, Role.COMMUNITY_SECRETARY, Role.GRID_WORKER, Role.RESIDENT)
  @Query(() => [NearbyCase], {
    description: 'Open cases reported within 100 m of a position in the last 30 days, nearest first (at most 10): what a reporter checks before reporting.',
  })
  casesNear(
    @Arg('latitude', () => Float) latitude: number,
    @Arg('longitude', () => Float) longitude: number,
    @Arg('category', () => CaseCategory, { nullable: true }) category: CaseCategory | null,
    @Ctx() ctx: Context,
  ): Promise<NearbyCase[]> {
    return new NearbyService(ctx).near(latitude, longitude, category ?? null);
  }
}
