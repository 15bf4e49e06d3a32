import { type EntityClass, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager, Ref } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy } from '../../shared/group-by';
import { Community } from '../org/community.entity';
import { Grid } from '../org/grid.entity';
import { PartnerUnit } from '../org/partner-unit.entity';
import { JointMeeting } from './meeting.entity';
import { Need } from './need.entity';
import { NeedClaim } from './need-claim.entity';
import { NeedEvent } from './need-event.entity';
import { Resource } from './resource.entity';

// The needs board's read path: rows become plain objects of the entities' shapes (scalars by
// property name, a many-to-one as `{ id }`) instead of hydrated entities. The access policies and
// field resolvers read only those, and `related` loads a reference of either kind.

type Row = Record<string, unknown>;

/**
 * A field resolver's root: an entity or a plain row of its shape. Not the class itself, so that
 * type-graphql passes it through (for a class-typed @Root it copies every non-instance into `new Class()`).
 */
export type Shape<T> = Readonly<T>;

/** Plain objects read whole with their list (a join): `related` answers them as they are. */
const whole = new WeakSet<object>();

/** A row (raw, or a row_to_json of one) as a plain object of the entity's shape. */
export function plainOf<T extends object>(em: EntityManager, entity: EntityClass<T>, row: Row, complete = false): T {
  const platform = em.getPlatform();
  const out: Row = {};
  for (const prop of em.getMetadata().get(entity.name).props) {
    if (prop.persist === false || !prop.fieldNames?.length) continue;
    const value = row[prop.fieldNames[0]];
    if (prop.kind === ReferenceKind.SCALAR) out[prop.name] = value != null && prop.runtimeType === 'Date' ? platform.parseDate(value as string) : value;
    else if (prop.kind === ReferenceKind.MANY_TO_ONE) out[prop.name] = value == null ? null : { id: value };
  }
  if (complete) whole.add(out);
  return out as T;
}

/** A many-to-one of an entity (a Ref: MikroORM's own batching, or already loaded) or of a plain row (`{ id }`: the loader). */
export function related<T extends object>(reference: Ref<T> | { id: string }, loader: DataLoader<string, T>): Promise<T> {
  if (whole.has(reference)) return Promise.resolve(reference as T);
  return 'loadOrFail' in reference ? (reference.loadOrFail() as Promise<T>) : loader.load(reference.id);
}

/** Entities by id, one query per batch; a missing id answers an error for that key alone. */
function byId<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T>(async (ids) => {
    const found = new Map((await load([...ids])).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? new Error(`no row ${id}`));
  });
}

/** A need's claims and events and a unit's resources, batched per request. */
export function jointLoaders(em: EntityManager) {
  return {
    /** Live claims, oldest first, each with its unit read whole in the same statement. */
    claimsByNeed: new DataLoader<string, NeedClaim[]>(async (ids) => {
      const rows = await em.execute<(Row & { unit_row: Row })[]>(
        `SELECT c.*, row_to_json(u) AS unit_row FROM need_claim c JOIN partner_unit u ON u.id = c.unit_id
         WHERE c.need_id IN (?) AND c.active_unit_id IS NOT NULL ORDER BY c.claimed_at`,
        [[...ids]],
      );
      const claims = rows.map((row) => {
        const claim = plainOf(em, NeedClaim, row);
        (claim as { unit: unknown }).unit = plainOf(em, PartnerUnit, row.unit_row, true);
        return claim;
      });
      return groupBy(ids, claims, (claim) => claim.need.id);
    }),
    eventsByNeed: new DataLoader<string, NeedEvent[]>(async (ids) =>
      groupBy(ids, await em.find(NeedEvent, { need: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } }), (event) => event.need.id),
    ),
    resourcesByUnit: new DataLoader<string, Resource[]>(async (ids) =>
      groupBy(ids, await em.find(Resource, { unit: { $in: [...ids] }, withdrawnAt: null }, { orderBy: { createdAt: 'asc' } }), (resource) => resource.unit.id),
    ),
    needById: byId((ids) => em.find(Need, { id: { $in: ids } })),
    communityById: byId((ids) => em.find(Community, { id: { $in: ids } })),
    gridById: byId((ids) => em.find(Grid, { id: { $in: ids } })),
    unitById: byId((ids) => em.find(PartnerUnit, { id: { $in: ids } })),
    meetingById: byId((ids) => em.find(JointMeeting, { id: { $in: ids } })),
  };
}
