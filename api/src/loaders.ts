import type { EntityManager } from '@mikro-orm/postgresql';
import { caseLoaders } from './modules/case/case.loaders';
import { followUpLoaders } from './modules/case/follow-up.loaders';
import { jointLoaders } from './modules/joint/joint.loaders';
import { orgLoaders } from './modules/org/org.loaders';

// Per-request batch loaders for one-to-many lists, each feature's own: one query per field per
// page, whatever its size. (Many-to-one references use MikroORM's own dataloader through Ref.load().)

export function createLoaders(em: EntityManager) {
  return { ...orgLoaders(em), ...jointLoaders(em), ...caseLoaders(em), ...followUpLoaders(em) };
}

export type Loaders = ReturnType<typeof createLoaders>;
