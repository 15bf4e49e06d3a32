import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { isId } from '../../shared/ids';
import type { CaseCategory } from '../case/case.enums';
import type { AgreementStatus, NeedCategory, NeedStatus } from '../joint/joint.enums';
import type { PublicAgreement, PublicClosedCases, PublicCommunity, PublicCommunityPage, PublicNeed } from './public.types';

// Hand-written SQL that selects only public columns: nothing personal is ever read, so nothing can leak.

const n = (value: unknown) => Number(value ?? 0);
const SHOWN = `('PUBLISHED', 'CLAIMED', 'IN_PROGRESS', 'DONE')`;
/** A need raised at an elderly household's door concerns that household: it is not published on the public page. */
const NOT_FROM_A_VISIT = 'NOT EXISTS (SELECT 1 FROM care_visit v WHERE v.raised_need_id = x.id)';
export const PUBLIC_NEEDS_LIMIT = 200;

export class PublicService {
  private readonly em: EntityManager;

  constructor(ctx: Pick<Context, 'em'>) {
    this.em = ctx.em;
  }

  /** Every community, or the one asked for. */
  async communities(communityId?: string): Promise<PublicCommunity[]> {
    const rows = await this.em.execute(
      `SELECT c.id, c.name, c.subdistrict,
         count(x.id) FILTER (WHERE x.status IN ${SHOWN}) AS published,
         count(x.id) FILTER (WHERE x.status IN ${SHOWN} AND x.claim_count > 0) AS claimed
       FROM community c LEFT JOIN need x ON x.community_id = c.id AND ${NOT_FROM_A_VISIT}
       WHERE ?::uuid IS NULL OR c.id = ?::uuid
       GROUP BY c.id ORDER BY c.subdistrict, c.name`,
      [communityId ?? null, communityId ?? null],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, subdistrict: r.subdistrict, publishedNeeds: n(r.published), claimedNeeds: n(r.claimed) }));
  }

  /** One community's page, or null for an unknown ID. */
  async page(communityId: string): Promise<PublicCommunityPage | null> {
    if (!isId(communityId)) return null;
    const [community] = await this.communities(communityId);
    if (!community) return null;
    const [needs, agreements, closedCases] = await Promise.all([this.needs(communityId), this.agreements(communityId), this.closedCases(communityId)]);
    return { community, needs, agreements, closedCases };
  }

  private async needs(communityId: string): Promise<PublicNeed[]> {
    const rows = await this.em.execute(
      `SELECT x.id, x.title, x.category, x.status, x.published_at, CASE WHEN x.status = 'DONE' THEN x.closed_at END AS done_at,
         coalesce((SELECT array_agg(u.name ORDER BY nc.claimed_at) FROM need_claim nc JOIN partner_unit u ON u.id = nc.unit_id
                   WHERE nc.need_id = x.id AND nc.active_unit_id IS NOT NULL), '{}') AS claimed_by
       FROM need x
       WHERE x.community_id = ? AND x.status IN ${SHOWN} AND ${NOT_FROM_A_VISIT}
       ORDER BY x.published_at DESC NULLS LAST, x.id LIMIT ${PUBLIC_NEEDS_LIMIT}`,
      [communityId],
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      category: r.category as NeedCategory,
      status: r.status as NeedStatus,
      claimedBy: r.claimed_by as string[],
      publishedAt: r.published_at ? new Date(r.published_at) : null,
      doneAt: r.done_at ? new Date(r.done_at) : null,
    }));
  }

  private async agreements(communityId: string): Promise<PublicAgreement[]> {
    const rows = await this.em.execute(
      `SELECT a.id, u.name AS unit, a.signed_at, a.status FROM agreement a JOIN partner_unit u ON u.id = a.unit_id
       WHERE a.community_id = ? AND a.signed_at >= date_trunc('year', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai'
       ORDER BY a.signed_at DESC, a.id`,
      [communityId],
    );
    return rows.map((r) => ({ id: r.id, unit: r.unit, signedAt: new Date(r.signed_at), status: r.status as AgreementStatus }));
  }

  private async closedCases(communityId: string): Promise<PublicClosedCases[]> {
    const rows = await this.em.execute(
      `SELECT to_char(c.closed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, c.category, count(*) AS closed
       FROM case_file c
       WHERE c.community_id = ? AND c.status = 'CLOSED'
         AND c.closed_at >= (date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') - interval '11 months') AT TIME ZONE 'Asia/Shanghai'
       GROUP BY 1, 2 ORDER BY 1, 2`,
      [communityId],
    );
    return rows.map((r) => ({ month: r.month, category: r.category as CaseCategory, closed: n(r.closed) }));
  }
}
