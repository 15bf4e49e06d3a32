import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { CaseEvent } from '../modules/case/case-event.entity';
import { CasePhoto } from '../modules/case/photo.entity';
import { NeedClaim } from '../modules/joint/need-claim.entity';
import { NeedEvent } from '../modules/joint/need-event.entity';
import { Resource } from '../modules/joint/resource.entity';
import { CommitteeMember } from '../modules/org/committee-member.entity';
import { Grid } from '../modules/org/grid.entity';

// Per-request batch loaders for one-to-many lists: one query per field per page, whatever its
// size. (Many-to-one references use MikroORM's own dataloader through Ref.load().)

function groupBy<T>(ids: readonly string[], rows: T[], key: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(key(row))?.push(row);
  return ids.map((id) => groups.get(id) ?? []);
}

export function createLoaders(em: EntityManager) {
  return {
    gridsByCommunity: new DataLoader<string, Grid[]>(async (ids) => groupBy(ids, await em.find(Grid, { community: { $in: [...ids] } }), (grid) => grid.community.id)),
    committeeByCommunity: new DataLoader<string, CommitteeMember[]>(async (ids) =>
      groupBy(ids, await em.find(CommitteeMember, { community: { $in: [...ids] } }), (member) => member.community.id),
    ),
    /** Live claims, oldest first. */
    claimsByNeed: new DataLoader<string, NeedClaim[]>(async (ids) =>
      groupBy(ids, await em.find(NeedClaim, { need: { $in: [...ids] }, activeUnitId: { $ne: null } }, { orderBy: { claimedAt: 'asc' } }), (claim) => claim.need.id),
    ),
    eventsByNeed: new DataLoader<string, NeedEvent[]>(async (ids) =>
      groupBy(ids, await em.find(NeedEvent, { need: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } }), (event) => event.need.id),
    ),
    eventsByCase: new DataLoader<string, CaseEvent[]>(async (ids) =>
      groupBy(ids, await em.find(CaseEvent, { caseFile: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } }), (event) => event.caseFile.id),
    ),
    photosByCase: new DataLoader<string, CasePhoto[]>(async (ids) =>
      groupBy(ids, await em.find(CasePhoto, { caseFile: { $in: [...ids] } }, { orderBy: { uploadedAt: 'asc' } }), (photo) => photo.caseFile?.id ?? ''),
    ),
    resourcesByUnit: new DataLoader<string, Resource[]>(async (ids) =>
      groupBy(ids, await em.find(Resource, { unit: { $in: [...ids] }, withdrawnAt: null }, { orderBy: { createdAt: 'asc' } }), (resource) => resource.unit.id),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
