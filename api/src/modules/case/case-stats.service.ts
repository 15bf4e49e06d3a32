import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Role } from '../../shared/auth/role';
import { AppError } from '../../shared/errors';
import { RequestService } from '../../shared/request-service';
import { Community } from '../org/community.entity';
import { PartnerUnit } from '../org/partner-unit.entity';
import { CaseFile } from './case.entity';
import { CaseCategory } from './case.enums';
import { caseFilter } from './case.policy';

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

/** Statistics over [from, to) by report time, each one grouped SQL statement. */
export class CaseStatsService extends RequestService {
  private window(from: Date, to: Date): void {
    if (!(to > from) || to.getTime() - from.getTime() > FIVE_YEARS) throw new AppError('BAD_USER_INPUT', 'input.badWindow');
  }

  async stats(from: Date, to: Date): Promise<CaseStats> {
    this.window(from, to);
    const [row] = await this.em.execute(
      `SELECT count(*) AS reported, count(filed_at) AS filed, count(*) FILTER (WHERE status = 'CLOSED') AS closed
       FROM case_file WHERE reported_at >= ? AND reported_at < ?`,
      [from, to],
    );
    const filed = n(row.filed);
    const closed = n(row.closed);
    return { reported: n(row.reported), filed, closed, disposalRate: rate(closed, filed) };
  }

  async ranking(from: Date, to: Date): Promise<UnitRanking[]> {
    this.window(from, to);
    const now = new Date();
    const rows = await this.em.execute(
      `SELECT assigned_unit_id AS unit_id,
         count(*) AS dispatched,
         count(*) FILTER (WHERE status = 'CLOSED') AS closed,
         count(*) FILTER (WHERE handled_at IS NOT NULL AND (due_at IS NULL OR handled_at <= due_at)) AS on_time,
         count(*) FILTER (WHERE (handled_at IS NOT NULL AND handled_at > due_at) OR (handled_at IS NULL AND status = 'DISPATCHED' AND due_at < ?)) AS late
       FROM case_file
       WHERE reported_at >= ? AND reported_at < ? AND filed_at IS NOT NULL AND assigned_unit_id IS NOT NULL
       GROUP BY assigned_unit_id`,
      [now, from, to],
    );
    const units = new Map((await this.em.find(PartnerUnit, { id: { $in: rows.map((r) => r.unit_id) } })).map((u) => [u.id, u]));
    const ranked = rows
      .flatMap((r) => {
        const unit = units.get(r.unit_id);
        if (!unit) return [];
        const dispatched = n(r.dispatched);
        const closed = n(r.closed);
        const onTime = n(r.on_time);
        const late = n(r.late);
        return [{ unit, rank: 0, dispatched, closed, disposalRate: rate(closed, dispatched), onTime, late, onTimeRate: rate(onTime, onTime + late) }];
      })
      .sort((a, b) => b.disposalRate - a.disposalRate || b.dispatched - a.dispatched || a.unit.name.localeCompare(b.unit.name));
    // Competition ranking: equal rates share a rank, the next rank skips (1, 1, 3).
    ranked.forEach((entry, i) => {
      entry.rank = i > 0 && entry.disposalRate === ranked[i - 1].disposalRate ? ranked[i - 1].rank : i + 1;
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
    const stats = await this.stats(from, to);
    const byCategory = await this.em.execute(
      `SELECT category, count(*) AS reported, count(filed_at) AS filed, count(*) FILTER (WHERE status = 'CLOSED') AS closed
       FROM case_file WHERE reported_at >= ? AND reported_at < ? GROUP BY category ORDER BY count(*) DESC`,
      [from, to],
    );
    const byCommunity = await this.em.execute(
      `SELECT community_id, count(*) AS reported, count(filed_at) AS filed, count(*) FILTER (WHERE status = 'CLOSED') AS closed
       FROM case_file WHERE reported_at >= ? AND reported_at < ? GROUP BY community_id ORDER BY count(*) DESC`,
      [from, to],
    );
    const [previous] = await this.em.execute('SELECT max(reported_at) AS at FROM case_file WHERE reported_at < ?', [from]);
    const communities = new Map((await this.em.find(Community, { id: { $in: byCommunity.map((r) => r.community_id).filter(Boolean) } })).map((c) => [c.id, c]));
    const [avg] = await this.em.execute(
      `WITH c AS (SELECT id, reported_at, filed_at, handled_at, closed_at FROM case_file WHERE reported_at >= ? AND reported_at < ?),
       firsts AS (
         SELECT e.case_id,
           min(e.at) FILTER (WHERE e.action IN ('ACCEPTED', 'REJECTED')) AS decided_at,
           min(e.at) FILTER (WHERE e.action = 'ACCEPTED') AS accepted_at,
           max(e.at) FILTER (WHERE e.action = 'VERIFIED') AS verified_at,
           max(e.at) FILTER (WHERE e.action = 'HANDLED') AS last_handled_at
         FROM case_event e JOIN c ON c.id = e.case_id GROUP BY e.case_id)
       SELECT
         avg(extract(epoch FROM f.decided_at - c.reported_at)) / 3600 AS accept,
         avg(extract(epoch FROM c.filed_at - f.accepted_at)) / 3600 AS dispatch,
         avg(extract(epoch FROM c.handled_at - c.filed_at)) / 3600 AS handle,
         avg(extract(epoch FROM f.verified_at - f.last_handled_at)) / 3600 AS verify,
         avg(extract(epoch FROM c.closed_at - c.reported_at)) / 3600 AS total
       FROM c LEFT JOIN firsts f ON f.case_id = c.id`,
      [from, to],
    );
    return {
      stats,
      byCategory: byCategory.map((r) => ({ category: r.category, reported: n(r.reported), filed: n(r.filed), closed: n(r.closed) })),
      byCommunity: byCommunity.map((r) => ({
        community: r.community_id ? (communities.get(r.community_id) ?? null) : null,
        reported: n(r.reported),
        filed: n(r.filed),
        closed: n(r.closed),
      })),
      previousReportedAt: previous?.at ? new Date(previous.at) : null,
      averageHours: { accept: hours(avg.accept), dispatch: hours(avg.dispatch), handle: hours(avg.handle), verify: hours(avg.verify), total: hours(avg.total) },
    };
  }
}
