import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { isId } from '../../shared/ids';
import { Community } from '../org/community.entity';
import { PartnerUnit } from '../org/partner-unit.entity';
import { expireAgreements } from './agreement.service';
import type { CommunityTotals, MonthTotals, Totals, UnitTotals } from './joint.types';

const n = (value: unknown) => Number(value ?? 0);

/** Leaders' counts, each a single grouped SQL statement whatever the number of communities. */
export class TotalsService {
  private readonly em: EntityManager;

  constructor(ctx: Context) {
    this.em = ctx.em;
  }

  async totals(communityId?: string | null): Promise<Totals> {
    await expireAgreements(this.em);
    if (communityId && !isId(communityId)) return { agreements: 0, resources: 0, publishedNeeds: 0, claimedNeeds: 0 };
    const [row] = await this.em.execute(
      communityId
        ? `SELECT
             (SELECT count(*) FROM agreement WHERE status = 'ACTIVE' AND community_id = ?) AS agreements,
             (SELECT count(*) FROM resource r WHERE r.withdrawn_at IS NULL AND EXISTS
                (SELECT 1 FROM agreement a WHERE a.unit_id = r.unit_id AND a.community_id = ? AND a.status = 'ACTIVE')) AS resources,
             (SELECT count(*) FROM need WHERE community_id = ? AND status NOT IN ('DRAFT', 'CANCELLED')) AS published,
             (SELECT count(*) FROM need WHERE community_id = ? AND claim_count > 0) AS claimed`
        : `SELECT
             (SELECT count(*) FROM agreement WHERE status = 'ACTIVE') AS agreements,
             (SELECT count(*) FROM resource WHERE withdrawn_at IS NULL) AS resources,
             (SELECT count(*) FROM need WHERE status NOT IN ('DRAFT', 'CANCELLED')) AS published,
             (SELECT count(*) FROM need WHERE claim_count > 0) AS claimed`,
      communityId ? [communityId, communityId, communityId, communityId] : [],
    );
    return { agreements: n(row.agreements), resources: n(row.resources), publishedNeeds: n(row.published), claimedNeeds: n(row.claimed) };
  }

  async byCommunity(): Promise<CommunityTotals[]> {
    await expireAgreements(this.em);
    const rows = await this.em.execute(`
      SELECT c.id,
        (SELECT count(*) FROM agreement a WHERE a.community_id = c.id AND a.status = 'ACTIVE') AS agreements,
        (SELECT count(*) FROM resource r WHERE r.withdrawn_at IS NULL AND EXISTS
           (SELECT 1 FROM agreement a WHERE a.unit_id = r.unit_id AND a.community_id = c.id AND a.status = 'ACTIVE')) AS resources,
        (SELECT count(*) FROM need x WHERE x.community_id = c.id AND x.status NOT IN ('DRAFT', 'CANCELLED')) AS published,
        (SELECT count(*) FROM need x WHERE x.community_id = c.id AND x.claim_count > 0) AS claimed
      FROM community c`);
    const communities = new Map((await this.em.find(Community, { id: { $in: rows.map((r) => r.id) } })).map((c) => [c.id, c]));
    return rows.flatMap((r) => {
      const community = communities.get(r.id);
      return community ? [{ community, agreements: n(r.agreements), resources: n(r.resources), publishedNeeds: n(r.published), claimedNeeds: n(r.claimed) }] : [];
    });
  }

  async byUnit(): Promise<UnitTotals[]> {
    await expireAgreements(this.em);
    const rows = await this.em.execute(`
      SELECT u.id,
        (SELECT count(*) FROM agreement a WHERE a.unit_id = u.id AND a.status = 'ACTIVE') AS agreements,
        (SELECT count(*) FROM resource r WHERE r.unit_id = u.id AND r.withdrawn_at IS NULL) AS resources,
        (SELECT count(*) FROM need_claim c WHERE c.unit_id = u.id AND c.active_unit_id IS NOT NULL) AS claims
      FROM partner_unit u WHERE u.active`);
    const units = new Map((await this.em.find(PartnerUnit, { id: { $in: rows.map((r) => r.id) } })).map((u) => [u.id, u]));
    return rows.flatMap((r) => {
      const unit = units.get(r.id);
      return unit ? [{ unit, agreements: n(r.agreements), resources: n(r.resources), claims: n(r.claims) }] : [];
    });
  }

  /** The last `months` calendar months (UTC+8, as Chibi counts them), oldest first. */
  async byMonth(months: number, communityId?: string | null): Promise<MonthTotals[]> {
    const scope = communityId && isId(communityId) ? communityId : null;
    const rows = await this.em.execute(
      `WITH m AS (
         SELECT to_char(d, 'YYYY-MM') AS month FROM generate_series(date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') - (? - 1) * interval '1 month', date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai'), interval '1 month') d
       )
       SELECT m.month,
         (SELECT count(*) FROM agreement a WHERE to_char(a.signed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') = m.month AND (?::uuid IS NULL OR a.community_id = ?::uuid)) AS agreements,
         (SELECT count(*) FROM need x WHERE to_char(x.published_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') = m.month AND (?::uuid IS NULL OR x.community_id = ?::uuid)) AS published,
         (SELECT count(*) FROM need_claim c JOIN need x ON x.id = c.need_id WHERE to_char(c.claimed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') = m.month AND (?::uuid IS NULL OR x.community_id = ?::uuid)) AS claims
       FROM m ORDER BY m.month`,
      [months, scope, scope, scope, scope, scope, scope],
    );
    return rows.map((r) => ({ month: r.month, agreementsSigned: n(r.agreements), needsPublished: n(r.published), claimsMade: n(r.claims) }));
  }
}
