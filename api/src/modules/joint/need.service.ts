import { Cursor, raw } from '@mikro-orm/core';
import { type EntityManager, type FilterQuery, type QBFilterQuery, type RequiredEntityData, ref } from '@mikro-orm/postgresql';
import { assertSecretaryOf } from '../../shared/auth/scope';
import type { Viewer } from '../../shared/auth/viewer';
import { badInput, notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { type Connection, checkCursor, pageSize } from '../../shared/pagination';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import { transition } from '../../shared/workflow/transition';
import { Community } from '../org/community.entity';
import { Grid } from '../org/grid.entity';
import { isSecretaryOf } from '../org/org.policy';
import { NeedStatus } from './joint.enums';
import { maxBelowClaims } from './joint.errors';
import type { CreateNeedInput, NeedFilter, UpdateNeedInput } from './joint.inputs';
import { plainOf } from './joint.loaders';
import { needFilter, seesNeed } from './joint.policy';
import { Need } from './need.entity';
import { NeedClaim } from './need-claim.entity';
import { NEED_FLOW, type NeedAction } from './need-flow';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The rows after a cursor of (createdAt, id), newest first, as findByCursor made them. */
function afterCursor(after: string): FilterQuery<Need> {
  const [createdAt, id] = Cursor.decode(after) as unknown[];
  if (!(createdAt instanceof Date) || typeof id !== 'string' || !isId(id)) throw badInput('input.badCursor');
  return { $or: [{ createdAt: { $lt: createdAt } }, { createdAt, id: { $lt: id } }] };
}

type NewNeed = Omit<RequiredEntityData<Need>, 'status' | 'claimCount'>;

/**
 * Every need begins here: a draft of its community, with its CREATED event, in the caller's transaction
 * (the secretary's form, the spreadsheet import and a care visit that finds one all come through it).
 */
export async function openNeed(tx: EntityManager, viewer: Viewer, fields: NewNeed, note?: string | null): Promise<Need> {
  const need = tx.create(Need, { ...fields, status: NeedStatus.DRAFT, claimCount: 0 });
  await NEED_FLOW.record(tx, viewer, { subject: need, action: 'CREATED', note: note ?? null });
  return need;
}

/** A need's life as its community's secretary runs it: draft, publish, edit, cancel, confirm done. */
export class NeedService extends RequestService {
  async list(filter: NeedFilter | null | undefined, first?: number | null, after?: string | null): Promise<Connection<Need>> {
    const size = pageSize(first);
    const cursor = checkCursor(after);
    const where: FilterQuery<Need> & Record<string, unknown> = {};
    const and: FilterQuery<Need>[] = [];
    if (filter?.communityId) where.community = isId(filter.communityId) ? filter.communityId : null;
    if (filter?.status?.length) where.status = { $in: filter.status };
    if (filter?.category) where.category = filter.category;
    const search = trimmed(filter?.search);
    if (search) and.push({ $or: [{ title: { $ilike: `%${escapeLike(search)}%` } }, { description: { $ilike: `%${escapeLike(search)}%` } }] });
    if (filter?.claimedByMyUnit) {
      const unitId = this.me.unitId;
      if (!unitId) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
      and.push({ id: { $in: await this.claimedNeedIds({ activeUnitId: unitId }) } });
    }
    if (filter?.meetingId) {
      and.push({ id: { $in: isId(filter.meetingId) ? await this.claimedNeedIds({ meeting: filter.meetingId }) : [] } });
    }
    and.push(needFilter(this.me));
    if (and.length) where.$and = and;
    return this.page(where, size, cursor);
  }

  // The board's hot list: flat rows read into plain objects (no entities to hydrate), newest first,
  // each with its community read whole in the same statement. The Need policy's `sees` and every
  // field resolver read only fields, `community.id` and `grid.id`, which plain needs have.
  private async page(where: FilterQuery<Need>, size: number, after: string | undefined): Promise<Connection<Need>> {
    const filter = (after ? { $and: [where, afterCursor(after)] } : where) as QBFilterQuery<Need>;
    // The total rides along as a sub-select (one statement, not two); a page with no rows counts apart.
    const total = this.em
      .createQueryBuilder(Need, 'k')
      .count()
      .where(where as QBFilterQuery<Need>)
      .as('total_count');
    const rows = await this.em
      .createQueryBuilder(Need, 'n')
      .select(['n.*', raw('row_to_json(c) AS community_row'), total])
      .join('n.community', 'c')
      .where(filter)
      .orderBy({ createdAt: 'desc', id: 'desc' })
      .limit(size + 1)
      .execute<(Record<string, unknown> & { community_row: Record<string, unknown>; total_count: string | number })[]>('all', false);
    const totalCount = rows.length ? Number(rows[0].total_count) : await this.em.count(Need, where);
    const needs = rows.slice(0, size).map((row) => {
      const need = plainOf(this.em, Need, row);
      (need as { community: unknown }).community = plainOf(this.em, Community, row.community_row, true);
      return need;
    });
    const cursorOf = (need: Need) => Cursor.encode([need.createdAt, need.id]);
    return {
      edges: needs.map((node) => ({ node, cursor: cursorOf(node) })),
      pageInfo: { hasNextPage: rows.length > size, endCursor: needs.length ? cursorOf(needs[needs.length - 1]) : null },
      totalCount,
    };
  }

  private async claimedNeedIds(where: FilterQuery<NeedClaim>): Promise<string[]> {
    const claims = await this.em.find(NeedClaim, where, { fields: ['need'] });
    return [...new Set(claims.map((claim) => claim.need.id))];
  }

  /** A need the viewer may see, or null. */
  async find(id: string): Promise<Need | null> {
    const need = isId(id) ? await this.em.findOne(Need, id) : null;
    if (!need) return null;
    return seesNeed(this.viewer, need) ? need : null;
  }

  async create(input: CreateNeedInput): Promise<Need> {
    const community = isId(input.communityId) ? await this.em.findOne(Community, input.communityId) : null;
    if (!community) throw notFound('community');
    assertSecretaryOf(this.viewer, community.id);
    const grid = await this.grid(input.gridId, community.id);
    return this.em.transactional((tx) =>
      openNeed(tx, this.me, {
        community: ref(community),
        grid: grid ? ref(grid) : null,
        title: trimmed(input.title),
        description: trimmed(input.description) || null,
        category: input.category,
        maxClaimants: input.maxClaimants ?? 1,
        location: trimmed(input.location) || null,
        budgetEstimate: input.budgetEstimate ?? null,
      }),
    );
  }

  async update(id: string, input: UpdateNeedInput): Promise<Need> {
    return this.change(id, 'UPDATED', [NeedStatus.DRAFT, NeedStatus.PUBLISHED, NeedStatus.CLAIMED, NeedStatus.IN_PROGRESS], async (need) => {
      if (input.title) need.title = trimmed(input.title);
      if (input.description !== undefined) need.description = trimmed(input.description) || null;
      if (input.category) need.category = input.category;
      if (input.location !== undefined) need.location = trimmed(input.location) || null;
      if (input.budgetEstimate !== undefined) need.budgetEstimate = input.budgetEstimate ?? null;
      if (input.gridId !== undefined) {
        const grid = await this.grid(input.gridId, need.community.id);
        need.grid = grid ? ref(grid) : null;
      }
      if (input.maxClaimants) {
        if (input.maxClaimants < need.claimCount) throw maxBelowClaims(need.claimCount);
        need.maxClaimants = input.maxClaimants;
        if (need.status === NeedStatus.PUBLISHED && need.claimCount >= need.maxClaimants) need.status = NeedStatus.CLAIMED;
        if (need.status === NeedStatus.CLAIMED && need.claimCount < need.maxClaimants) need.status = NeedStatus.PUBLISHED;
      }
    });
  }

  publish(id: string): Promise<Need> {
    return this.change(id, 'PUBLISHED', [NeedStatus.DRAFT], (need) => {
      need.status = NeedStatus.PUBLISHED;
      need.publishedAt = new Date();
    });
  }

  cancel(id: string, reason: string): Promise<Need> {
    return this.change(
      id,
      'CANCELLED',
      [NeedStatus.DRAFT, NeedStatus.PUBLISHED, NeedStatus.CLAIMED, NeedStatus.IN_PROGRESS],
      async (need, tx) => {
        need.status = NeedStatus.CANCELLED;
        need.cancelReason = trimmed(reason);
        need.closedAt = new Date();
        await tx.nativeUpdate(NeedClaim, { need: need.id, activeUnitId: { $ne: null } }, { activeUnitId: null, releasedAt: new Date(), releaseReason: trimmed(reason) });
        need.claimCount = 0;
      },
      reason,
    );
  }

  /** The secretary confirms the claiming unit's work: IN_PROGRESS or CLAIMED → DONE. */
  confirmDone(id: string, note?: string | null): Promise<Need> {
    return this.change(
      id,
      'DONE',
      [NeedStatus.CLAIMED, NeedStatus.IN_PROGRESS],
      (need) => {
        need.status = NeedStatus.DONE;
        need.closedAt = new Date();
      },
      note,
    );
  }

  // The secretary's transitions of NEED_FLOW: only the need's own community's secretary takes them.
  private change(id: string, action: NeedAction, from: NeedStatus[], apply: (need: Need, tx: EntityManager) => void | Promise<void>, note?: string | null): Promise<Need> {
    return transition(this.em, this.me, NEED_FLOW, id, {
      action,
      from,
      note,
      allowed: (need, { viewer }) => isSecretaryOf(viewer, need.community.id),
      apply: async (need, { tx }) => {
        await apply(need, tx);
      },
    });
  }

  private async grid(gridId: string | null | undefined, communityId: string): Promise<Grid | null> {
    if (!gridId) return null;
    const grid = isId(gridId) ? await this.em.findOne(Grid, gridId) : null;
    if (!grid || grid.community.id !== communityId) throw notFound('grid');
    return grid;
  }

  /** The secretary caps how many open claims one unit may hold in the community. */
  async setClaimCap(communityId: string, cap: number | null): Promise<Community> {
    const community = isId(communityId) ? await this.em.findOne(Community, communityId) : null;
    if (!community) throw notFound('community');
    assertSecretaryOf(this.viewer, community.id);
    community.maxOpenClaimsPerUnit = cap;
    await this.em.flush();
    return community;
  }
}
