import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { AuditEvent } from './audit-event.entity';

export interface AuditInput {
  action: string;
  subjectType: string;
  subjectId: string;
  note?: string | null;
  data?: Record<string, unknown>;
}

/** Queues an event on the unit of work; it is written by the same flush as the change. */
export function audit(em: EntityManager, viewer: Viewer | null, input: AuditInput): void {
  em.persist(
    em.create(AuditEvent, {
      actorId: viewer?.userId ?? null,
      note: input.note ?? null,
      data: input.data ?? null,
      action: input.action,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
    }),
  );
}
