import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
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
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
