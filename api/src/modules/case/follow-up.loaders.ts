import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy } from '../../shared/group-by';
import { FollowUp } from './follow-up.entity';

/** A case's follow-ups, batched per request. */
export function followUpLoaders(em: EntityManager) {
  return {
    followUpsByCase: new DataLoader<string, FollowUp[]>(async (ids) =>
      groupBy(ids, await em.find(FollowUp, { caseFile: { $in: [...ids] } }, { orderBy: { recordedAt: 'asc', id: 'asc' } }), (f) => f.caseFile.id),
    ),
  };
}
