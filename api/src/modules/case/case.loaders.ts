import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy } from '../../shared/group-by';
import { CaseEvent } from './case-event.entity';
import { CasePhoto } from './photo.entity';

/** A case's timeline and photos, batched per request. */
export function caseLoaders(em: EntityManager) {
  return {
    eventsByCase: new DataLoader<string, CaseEvent[]>(async (ids) =>
      groupBy(ids, await em.find(CaseEvent, { caseFile: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } }), (event) => event.caseFile.id),
    ),
    photosByCase: new DataLoader<string, CasePhoto[]>(async (ids) =>
      groupBy(ids, await em.find(CasePhoto, { caseFile: { $in: [...ids] } }, { orderBy: { uploadedAt: 'asc' } }), (photo) => photo.caseFile?.id ?? ''),
    ),
  };
}
