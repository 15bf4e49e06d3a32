import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** Who changed what, when: one row per state change, written in the change's own transaction. */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['subjectType', 'subjectId', 'at'] })
export class AuditEvent {
  [OptionalProps]?: 'at' | 'note' | 'data' | 'actorId';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id: string;

  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Property({ type: 'string', length: 60 })
  action: string;

  @Property({ type: 'string', length: 60 })
  subjectType: string;

  @Property({ type: 'uuid' })
  subjectId: string;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'json', nullable: true })
  data: Record<string, unknown> | null = null;
}
