import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy } from '../../shared/group-by';
import { NeedClaim } from './need-claim.entity';
import { NeedEvent } from './need-event.entity';
import { Resource } from './resource.entity';

/** A need's claims and events and a unit's resources, batched per request. */
export function jointLoaders(em: EntityManager) {
  return {
    /** Live claims, oldest first. */
    claimsByNeed: new DataLoader<string, NeedClaim[]>(async (ids) =>
      groupBy(ids, await em.find(NeedClaim, { need: { $in: [...ids] }, activeUnitId: { $ne: null } }, { orderBy: { claimedAt: 'asc' } }), (claim) => claim.need.id),
    ),
    eventsByNeed: new DataLoader<string, NeedEvent[]>(async (ids) =>
      groupBy(ids, await em.find(NeedEvent, { need: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } }), (event) => event.need.id),
    ),
    resourcesByUnit: new DataLoader<string, Resource[]>(async (ids) =>
      groupBy(ids, await em.find(Resource, { unit: { $in: [...ids] }, withdrawnAt: null }, { orderBy: { createdAt: 'asc' } }), (resource) => resource.unit.id),
    ),
  };
}
