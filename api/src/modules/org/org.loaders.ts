import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy } from '../../shared/group-by';
import { CommitteeMember } from './committee-member.entity';
import { Grid } from './grid.entity';

/** A community's grids and committee, batched per request. */
export function orgLoaders(em: EntityManager) {
  return {
    gridsByCommunity: new DataLoader<string, Grid[]>(async (ids) => groupBy(ids, await em.find(Grid, { community: { $in: [...ids] } }), (grid) => grid.community.id)),
    committeeByCommunity: new DataLoader<string, CommitteeMember[]>(async (ids) =>
      groupBy(ids, await em.find(CommitteeMember, { community: { $in: [...ids] } }), (member) => member.community.id),
    ),
  };
}
