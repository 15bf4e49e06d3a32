import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../org/user.entity';
import { NotificationKind, NotifyChannel } from './notify.enums';

@ObjectType({ description: 'Something the signed-in user is asked to act on; only its recipient ever reads it.' })
@Entity({ tableName: 'notification' })
@Index({ properties: ['recipient', 'createdAt'] })
@Unique({ properties: ['recipient', 'dedupeKey'] })
export class Notification {
  [OptionalProps]?: 'createdAt' | 'readAt' | 'objectId' | 'dedupeKey' | 'params';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  recipient: Ref<User>;

  @Field(() => NotificationKind)
  @Enum({ items: () => NotificationKind })
  kind: NotificationKind;

  /** The object the notification links to: Case, Task, Need, RibbonRequest, Community. */
  @Field(() => String)
  @Property({ type: 'string', length: 40 })
  objectType: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  objectId: string | null = null;

  /** Short values for the text (a case number, a task title); never a resident's details. */
  @Property({ type: 'json' })
  params: Record<string, string | number> = {};

  /** A scheduled reminder's key, so a job run twice notifies once. */
  @Property({ type: 'string', length: 200, nullable: true })
  dedupeKey: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  readAt: Date | null = null;
}

/** A person's choice for one kind on one channel; no row means the channel's default. */
@Entity({ tableName: 'notification_preference' })
export class NotificationPreference {
  @ManyToOne(() => User, { ref: true, primary: true, deleteRule: 'cascade' })
  user: Ref<User>;

  @Enum({ items: () => NotificationKind, primary: true })
  kind: NotificationKind;

  @Enum({ items: () => NotifyChannel, primary: true })
  channel: NotifyChannel;

  @Property({ type: 'boolean' })
  enabled: boolean;
}

/** A browser's PushSubscription (one per phone or browser a user enabled push on). */
@Entity({ tableName: 'push_subscription' })
export class PushSubscriptionRow {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user: Ref<User>;

  /** The push service's URL for this browser: it identifies the device, so it never leaves the server. */
  @Unique()
  @Property({ type: 'text' })
  endpoint: string;

  @Property({ type: 'string', length: 200 })
  p256dh: string;

  @Property({ type: 'string', length: 100 })
  auth: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
