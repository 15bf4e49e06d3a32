import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Community } from '../org/community.entity';
import { PartnerUnit } from '../org/partner-unit.entity';
import { NotifyChannel } from './notify.enums';

/**
 * A message to deliver outside the page, written in the same transaction as its notification.
 * Its id is the receiver's de-duplication key: a re-delivery after a crash carries the same one.
 */
@Entity({ tableName: 'outbox_message' })
@Index({ name: 'outbox_message_due_idx', expression: 'create index outbox_message_due_idx on outbox_message (next_attempt_at) where delivered_at is null' })
export class OutboxMessage {
  [OptionalProps]?: 'attempts' | 'nextAttemptAt' | 'deliveredAt' | 'lastError' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: () => NotifyChannel })
  channel: NotifyChannel;

  /** The push subscription, webhook or user id, looked up at delivery (so secrets and phones are not copied here). */
  @Property({ type: 'string', length: 100 })
  target: string;

  @Property({ type: 'json' })
  payload: Record<string, unknown>;

  @Property({ type: 'integer' })
  attempts = 0;

  /** When it is due; a claim moves it past the delivery's deadline, so a crashed worker's claim runs out by itself. Null: given up. */
  @Property({ type: 'datetime', nullable: true })
  nextAttemptAt: Date | null = new Date();

  @Property({ type: 'datetime', nullable: true })
  deliveredAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** A group robot (WeCom / DingTalk style) of one community or one unit. */
@Entity({ tableName: 'group_webhook' })
@Check({ name: 'group_webhook_owner_check', expression: '(community_id is null) <> (unit_id is null)' })
export class GroupWebhook {
  [OptionalProps]?: 'secret' | 'active' | 'community' | 'unit' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Unique()
  @ManyToOne(() => Community, { ref: true, nullable: true, deleteRule: 'cascade' })
  community: Ref<Community> | null = null;

  @Unique()
  @ManyToOne(() => PartnerUnit, { ref: true, nullable: true, deleteRule: 'cascade' })
  unit: Ref<PartnerUnit> | null = null;

  /** Holds the robot's key in its query string: never returned once set. */
  @Property({ type: 'text', lazy: true })
  url: string;

  /** DingTalk's signing secret (HMAC-SHA256 of timestamp + "\n" + secret); never returned once set. */
  @Property({ type: 'text', nullable: true, lazy: true })
  secret: string | null = null;

  @Property({ type: 'boolean' })
  active = true;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
