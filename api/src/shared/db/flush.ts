import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppError } from '../errors';

/** Flushes once; a unique-constraint violation becomes the caller's CONFLICT. The database decides. */
export async function flushOrConflict(em: EntityManager, conflict: () => AppError): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      em.clear();
      throw conflict();
    }
    throw error;
  }
}
