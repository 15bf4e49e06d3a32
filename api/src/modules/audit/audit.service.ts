import type { FilterQuery } from '@mikro-orm/postgresql';
import { AuditEvent } from '../../shared/audit/audit-event.entity';
import { badInput } from '../../shared/errors';
import { type Connection, checkCursor, pageSize, toConnection } from '../../shared/pagination';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import { User } from '../org/user.entity';
import type { AuditFilter } from './audit.inputs';

/** The audit log, read by administrators: state changes and reads of personal data. */
export class AuditService extends RequestService {
  /** Newest first; `id` orders events of the same instant (one request's reads share one). */
  async list(filter: AuditFilter | null | undefined, first?: number | null, after?: string | null): Promise<Connection<AuditEvent>> {
    const where: FilterQuery<AuditEvent> = {};
    if (filter?.actorId) where.actorId = filter.actorId;
    const subjectType = trimmed(filter?.subjectType);
    if (subjectType) where.subjectType = subjectType;
    if (filter?.subjectId) where.subjectId = filter.subjectId;
    const actions = [...new Set((filter?.actions ?? []).map((action) => action.trim()).filter(Boolean))];
    if (actions.length) where.action = { $in: actions };
    const { from, to } = filter ?? {};
    if (from && to && from.getTime() >= to.getTime()) throw badInput('input.badPeriod');
    if (from || to) where.at = { ...(from ? { $gte: from } : {}), ...(to ? { $lt: to } : {}) };
    const page = await this.em.findByCursor(AuditEvent, where, { first: pageSize(first), after: checkCursor(after), orderBy: { at: 'desc', id: 'desc' }, includeCount: true });
    return toConnection(page);
  }

  /** Batched with the other rows of the page through MikroORM's reference dataloader; null for the system or a removed account. */
  actor(event: AuditEvent): Promise<User | null> {
    return event.actorId ? this.em.getReference(User, event.actorId, { wrapped: true }).load() : Promise.resolve(null);
  }
}

/** What a personal-data read disclosed: `data.fields` and `data.path`, when the row has them. */
export function readFields(event: AuditEvent): string[] {
  const fields = event.data?.fields;
  return Array.isArray(fields) ? fields.filter((field): field is string => typeof field === 'string') : [];
}

export function readPath(event: AuditEvent): string | null {
  const path = event.data?.path;
  return typeof path === 'string' ? path : null;
}
