import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { AuditEvent } from './audit-event.entity';

export const PERSONAL_DATA_READ = 'PERSONAL_DATA_READ';

interface Read {
  type: string;
  id: string;
  fields: Set<string>;
  path: string;
}

/** Personal data a request disclosed: one audit row per subject, written once when the response goes out. */
export class PersonalReads {
  private readonly bySubject = new Map<string, Read>();

  record(subject: { type: string; id: string }, field: string, path: string): void {
    const key = `${subject.type}:${subject.id}`;
    const read = this.bySubject.get(key) ?? { type: subject.type, id: subject.id, fields: new Set<string>(), path };
    read.fields.add(field);
    this.bySubject.set(key, read);
  }

  get size(): number {
    return this.bySubject.size;
  }

  /** Writes what was read (one INSERT) and forgets it; a subscription flushes after each event. */
  async flush(em: EntityManager, viewer: Viewer | null): Promise<void> {
    if (!this.bySubject.size) return;
    const at = new Date();
    const rows = [...this.bySubject.values()].map((read) => ({
      actorId: viewer?.userId ?? null,
      at,
      action: PERSONAL_DATA_READ,
      subjectType: read.type,
      subjectId: read.id,
      note: null,
      data: { fields: [...read.fields].sort(), path: read.path },
    }));
    this.bySubject.clear();
    await em.fork().insertMany(AuditEvent, rows);
  }
}
