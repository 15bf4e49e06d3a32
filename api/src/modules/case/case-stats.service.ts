import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Role } from '../../shared/auth/role';
import { AppError } from '../../shared/errors';
import { RequestService } from '../../shared/request-service';
import { Community } from '../org/community.entity';
import { PartnerUnit } from '../org/partner-unit.entity';
import { CaseFile } from './case.entity';
import { CaseCategory } from './case.enums';
import { caseFilter } from './case.policy';
import { SourceCount } from './case-source';
import { AVERAGE_HOURS_SQL, BY_CATEGORY_SQL, BY_COMMUNITY_SQL, BY_SOURCE_SQL, NO_COMMUNITY, RANKING_SQL, STATS_SQL, windowParams } from './case-stats.rollup';
import { currentWeights } from './rate-weights.service';

@ObjectType({ description: 'Counted over cases reported in the window. filed = dispatched at least once; disposalRate = closed / filed (0 when nothing was filed).' })
export class CaseStats {
  @Field(() => Int) reported: number;
  @Field(() => Int) filed: number;
  @Field(() => Int) closed: number;
  @Field(() => Float) disposalRate: number;
}

@ObjectType()
export class UnitRanking {
  @Field(() => PartnerUnit) unit: PartnerUnit;
  @Field(() => Int, { description: '1 = best disposal rate; ties share a rank.' }) rank: number;
  @Field(() => Int) dispatched: number;
  @Field(() => Int) closed: number;
  @Field(() => Float) disposalRate: number;
  @Field(() => Int, { description: 'Handled by the deadline.' }) onTime: number;
  @Field(() => Int, { description: 'Handled after the deadline, or still open past it.' }) late: number;
  @Field(() => Float, { description: 'onTime / (onTime + late); cases not yet due are left out, open overdue ones are not.' }) onTimeRate: number;
  @Field(() => Int, { description: '签收 by the response deadline (acknowledgeDueAt).' }) respondedOnTime: number;
  @Field(() => Float, { description: '响应率: respondedOnTime / dispatched; signed late or not at all counts against it (0 when nothing was dispatched).' })
  responseRate: number;
  @Field(() => Int, { description: 'Cases counted by their latest follow-up (回访); a case closed again since waits as pending instead.' }) followedUp: number;
  @Field(() => Int, { description: 'Closed and not yet followed up for that closure: shown, never counted in the rates.' }) pendingFollowUp: number;
  @Field(() => Int) solved: number;
  @Field(() => Int) partlySolved: number;
  @Field(() => Int) satisfied: number;
  @Field(() => Int) basicallySatisfied: number;
  @Field(() => Int, { description: 'Times a follow-up sent its cases back (退回重办).' }) reworked: number;
  @Field(() => Float, { description: '解决率: (solved + partlySolved × credit) / followedUp (0 when nothing was followed up).' }) resolutionRate: number;
  @Field(() => Float, { description: '满意率: (satisfied + basicallySatisfied × credit) / followedUp (0 when nothing was followed up).' }) satisfactionRate: number;
  @Field(() => Float, { description: 'Σ weight × rate over the three rates, out of 100, to two decimals (rateWeights).' }) score: number;
  @Field(() => Int, { description: '1 = best score; equal scores share a rank. `rank` stays the disposal-rate rank.' }) scoreRank: number;
}

@ObjectType()
export class CategoryCount {
  @Field(() => CaseCategory) category: CaseCategory;
  @Field(() => Int) reported: number;
  @Field(() => Int) filed: number;
  @Field(() => Int) closed: number;
}

@ObjectType()
export class CommunityCount {
  @Field(() => Community, { nullable: true, description: 'null: reported without a community.' }) community: Community | null;
  @Field(() => Int) reported: number;
  @Field(() => Int) filed: number;
  @Field(() => Int) closed: number;
}

@ObjectType({ description: 'Average hours each stage took, over the cases that went through it.' })
export class StageHours {
  @Field(() => Float, { nullable: true, description: 'Reported → accepted or rejected.' }) accept: number | null;
  @Field(() => Float, { nullable: true, description: 'Accepted → first dispatch.' }) dispatch: number | null;
  @Field(() => Float, { nullable: true, description: 'Dispatched → handled.' }) handle: number | null;
  @Field(() => Float, { nullable: true, description: 'Handled → verified.' }) verify: number | null;
  @Field(() => Float, { nullable: true, description: 'Reported → closed.' }) total: number | null;
}

@ObjectType()
export class CaseReport {
  @Field(() => CaseStats) stats: CaseStats;
  @Field(() => [CategoryCount]) byCategory: CategoryCount[];
  @Field(() => [CommunityCount]) byCommunity: CommunityCount[];
  @Field(() => [SourceCount], { description: 'By who reported: grid workers, residents, the command centre (phoned in)…' }) bySource: SourceCount[];
  @Field(() => StageHours) averageHours: StageHours;
  @Field(() => Date, { nullable: true, description: 'When the latest case reported before the window was: where to step back to when the window is empty.' })
  previousReportedAt: Date | null;
}

const n = (v: unknown) => Number(v ?? 0);
const rate = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
const hours = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);
/** Who may read case statistics, by API or as a workbook. */
export const STATS_WATCHERS = [Role.ADMIN, Role.CITY_LEADER, Role.COMMAND_CENTER, Role.COMMUNITY_SECRETARY, Role.UNIT_REP];

const FIVE_YEARS = 5 * 366 * 86_400_000;

/** Statistics over [from, to) by report time: whole days from the rollups, the window's partial days live. */
export class CaseStatsService extends RequestService {
  private window(from: Date, to: Date): void {
    if (!(to > from) || to.getTime() - from.getTime() > FIVE_YEARS) throw new AppError('BAD_USER_INPUT', 'input.badWindow');
  }

  async stats(from: Date, to: Date): Promise<CaseStats> {
    this.window(from, to);
    const [row] = await this.em.execute(STATS_SQL, windowParams(from, to));
    const filed = n(row.filed);
    const closed = n(row.closed);
    return { reported: n(row.reported), filed, closed, disposalRate: rate(closed, filed) };
  }

  async ranking(from: Date, to: Date): Promise<UnitRanking[]> {
    this.window(from, to);
    const now = new Date();
    const [rows, weights] = await Promise.all([this.em.execute(RANKING_SQL, [...windowParams(from, to), now]), currentWeights(this.em)]);
    const units = new Map((await this.em.find(PartnerUnit, { id: { $in: rows.map((r) => r.unit_id) } })).map((u) => [u.id, u]));
    const ranked = rows
      .flatMap((r) => {
        const unit = units.get(r.unit_id);
        if (!unit) return [];
        const dispatched = n(r.dispatched);
        const closed = n(r.closed);
        const onTime = n(r.on_time);
        const late = n(r.late);
        const followedUp = n(r.followed_up);
        const [solved, partlySolved, satisfied, basicallySatisfied] = [n(r.solved), n(r.partly_solved), n(r.satisfied), n(r.basically_satisfied)];
        const responseRate = rate(n(r.responded), dispatched);
        const resolutionRate = rate(solved + partlySolved * weights.partlySolvedCredit, followedUp);
        const satisfactionRate = rate(satisfied + basicallySatisfied * weights.basicallySatisfiedCredit, followedUp);
        const score = Math.round((weights.response * responseRate + weights.resolution * resolutionRate + weights.satisfaction * satisfactionRate) * 100) / 100;
        return [
          {
            unit,
            rank: 0,
            dispatched,
            closed,
            disposalRate: rate(closed, dispatched),
            onTime,
            late,
            onTimeRate: rate(onTime, onTime + late),
            respondedOnTime: n(r.responded),
            responseRate,
            followedUp,
            pendingFollowUp: n(r.pending),
            solved,
            partlySolved,
            satisfied,
            basicallySatisfied,
            reworked: n(r.reworked),
            resolutionRate,
            satisfactionRate,
            score,
            scoreRank: 0,
          },
        ];
      })
      .sort((a, b) => b.disposalRate - a.disposalRate || b.dispatched - a.dispatched || a.unit.name.localeCompare(b.unit.name));
    // Competition ranking: equal rates share a rank, the next rank skips (1, 1, 3).
    ranked.forEach((entry, i) => {
      entry.rank = i > 0 && entry.disposalRate === ranked[i - 1].disposalRate ? ranked[i - 1].rank : i + 1;
    });
    const byScore = [...ranked].sort((a, b) => b.score - a.score);
    byScore.forEach((entry, i) => {
      entry.scoreRank = i > 0 && entry.score === byScore[i - 1].score ? byScore[i - 1].scoreRank : i + 1;
    });
    return ranked;
  }

  /** The cases of the window the viewer may see, oldest first, with their community and unit: the workbook's list. */
  async cases(from: Date, to: Date, limit: number): Promise<CaseFile[]> {
    this.window(from, to);
    return this.em.find(
      CaseFile,
      { $and: [{ reportedAt: { $gte: from, $lt: to } }, caseFilter(this.me)] },
      { orderBy: { reportedAt: 'asc', id: 'asc' }, limit, populate: ['community', 'assignedUnit'] },
    );
  }

  async report(from: Date, to: Date): Promise<CaseReport> {
    const window = windowParams(from, to);
    // Independent small statements: at once, each on its own pooled connection.
    const [stats, byCategory, rawCommunities, [previous], [avg], bySource] = await Promise.all([
      this.stats(from, to),
      this.em.execute(BY_CATEGORY_SQL, window),
      this.em.execute<Record<string, string>[]>(BY_COMMUNITY_SQL, window),
      this.em.execute('SELECT max(reported_at) AS at FROM case_file WHERE reported_at < ?', [from]),
      this.em.execute(AVERAGE_HOURS_SQL, window),
      this.em.execute(BY_SOURCE_SQL, window),
    ]);
    const byCommunity = rawCommunities.map((r) => ({ community_id: r.k === NO_COMMUNITY ? null : r.k, reported: r.reported, filed: r.filed, closed: r.closed }));
    const communities = new Map((await this.em.find(Community, { id: { $in: byCommunity.map((r) => r.community_id).filter(Boolean) } })).map((c) => [c.id, c]));
    return {
      stats,
      byCategory: byCategory.map((r) => ({ category: r.k, reported: n(r.reported), filed: n(r.filed), closed: n(r.closed) })),
      byCommunity: byCommunity.map((r) => ({
        community: r.community_id ? (communities.get(r.community_id) ?? null) : null,
        reported: n(r.reported),
        filed: n(r.filed),
        closed: n(r.closed),
      })),
      bySource: bySource.map((r) => ({ source: r.k, reported: n(r.reported), filed: n(r.filed), closed: n(r.closed) })),
      previousReportedAt: previous?.at ? new Date(previous.at) : null,
      averageHours: { accept: hours(avg.accept), dispatch: hours(avg.dispatch), handle: hours(avg.handle), verify: hours(avg.verify), total: hours(avg.total) },
    };
  }
}
