import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { isId } from '../../shared/ids';
import { Community } from '../org/community.entity';
import { PartnerUnit } from '../org/partner-unit.entity';
import { expireAgreementsOnce } from './agreement.service';
import type { CommunityTotals, MonthTotals, Totals, UnitTotals } from './joint.types';

const n = (value: unknown) => Number(value ?? 0);

/** Leaders' counts, read from the rollup tables the triggers keep (migration "rollups"), a few hundred rows at most. */
export class TotalsService {
  private readonly em: EntityManager;

  constructor(ctx: Context) {
    this.em = ctx.em;
  }

  async totals(communityId?: string | null): Promise<Totals> {
    await expireAgreementsOnce(this.em);
    if (communityId && !isId(communityId)) return { agreements: 0, resources: 0, publishedNeeds: 0, claimedNeeds: 0 };
    const [row] = await this.em.execute(
      communityId
        ? `SELECT r.agreements, r.needs_published AS published, r.needs_claimed AS claimed,
             (SELECT sum(u.resources) FROM rollup_unit u WHERE u.unit_id IN
                (SELECT a.unit_id FROM agreement a WHERE a.community_id = ? AND a.status = 'ACTIVE')) AS resources
           FROM (SELECT 1) one LEFT JOIN rollup_community r ON r.community_id = ?`
        : `SELECT
             (SELECT sum(agreements) FROM rollup_community) AS agreements,
             (SELECT sum(resources) FROM rollup_unit) AS resources,
             (SELECT sum(needs_published) FROM rollup_community) AS published,
             (SELECT sum(needs_claimed) FROM rollup_community) AS claimed`,
      communityId ? [communityId, communityId] : [],
    );
    return { agreements: n(row.agreements), resources: n(row.resources), publishedNeeds: n(row.published), claimedNeeds: n(row.claimed) };
  }

  async byCommunity(): Promise<CommunityTotals[]> {
    await expireAgreementsOnce(this.em);
    const rows = await this.em.execute(`
      SELECT c.id, r.agreements, r.needs_published AS published, r.needs_claimed AS claimed, res.resources
      FROM community c
      LEFT JOIN rollup_community r ON r.community_id = c.id
      LEFT JOIN (
        SELECT p.community_id, sum(u.resources) AS resources
        FROM (SELECT DISTINCT community_id, unit_id FROM agreement WHERE status = 'ACTIVE') p JOIN rollup_unit u ON u.unit_id = p.unit_id
        GROUP BY p.community_id) res ON res.community_id = c.id`);
    const communities = new Map((await this.em.find(Community, { id: { $in: rows.map((r) => r.id) } })).map((c) => [c.id, c]));
    return rows.flatMap((r) => {
      const community = communities.get(r.id);
      return community ? [{ community, agreements: n(r.agreements), resources: n(r.resources), publishedNeeds: n(r.published), claimedNeeds: n(r.claimed) }] : [];
    });
  }

  /** Every active unit, or (with `first`) the leading ones, most agreements first. */
  async byUnit(first: number | null = null): Promise<UnitTotals[]> {
    await expireAgreementsOnce(this.em);
    const sql = `SELECT u.id, r.agreements, r.resources, r.claims FROM partner_unit u LEFT JOIN rollup_unit r ON r.unit_id = u.id WHERE u.active`;
    if (first !== null) {
      // A leader's page shows the leading units: only they are loaded as entities (5,000 cost tens of milliseconds).
      const rows = await this.em.execute(`${sql} ORDER BY coalesce(r.agreements, 0) DESC, coalesce(r.claims, 0) DESC, coalesce(r.resources, 0) DESC, u.name, u.id LIMIT ?`, [
        first,
      ]);
      const units = new Map((await this.em.find(PartnerUnit, { id: { $in: rows.map((r) => r.id) } })).map((u) => [u.id, u]));
      return this.withUnits(rows, units);
    }
    // Both at once, and the units by a plain filter rather than 5,000 IDs: each costs tens of milliseconds.
    const [rows, active] = await Promise.all([this.em.execute(sql), this.em.find(PartnerUnit, { active: true })]);
    return this.withUnits(rows, new Map(active.map((u) => [u.id, u])));
  }

  private withUnits(rows: Record<string, unknown>[], units: Map<string, PartnerUnit>): UnitTotals[] {
    return rows.flatMap((r) => {
      const unit = units.get(r.id as string);
      return unit ? [{ unit, agreements: n(r.agreements), resources: n(r.resources), claims: n(r.claims) }] : [];
    });
  }

  /** The last `months` calendar months (UTC+8, as Chibi counts them), oldest first. */
  async byMonth(months: number, communityId?: string | null): Promise<MonthTotals[]> {
    const scope = communityId && isId(communityId) ? communityId : null;
    const rows = await this.em.execute(
      `WITH m AS (
         SELECT d::date AS month FROM generate_series(date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') - (? - 1) * interval '1 month', date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai'), interval '1 month') d
       )
       SELECT to_char(m.month, 'YYYY-MM') AS month, sum(r.agreements_signed) AS agreements, sum(r.needs_published) AS published, sum(r.claims_made) AS claims
       FROM m LEFT JOIN rollup_month r ON r.month = m.month AND (?::uuid IS NULL OR r.community_id = ?::uuid)
       GROUP BY m.month ORDER BY m.month`,
      [months, scope, scope],
    );
    return rows.map((r) => ({ month: r.month, agreementsSigned: n(r.agreements), needsPublished: n(r.published), claimsMade: n(r.claims) }));
  }
}
