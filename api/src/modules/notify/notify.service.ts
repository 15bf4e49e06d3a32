import { AppError, notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { checkCursor, pageSize, toConnection } from '../../shared/pagination';
import { notifyOnCommit } from '../../shared/pubsub';
import { RequestService } from '../../shared/request-service';
import { Notification, NotificationPreference } from './notification.entity';
import { NOTIFY_TOPIC } from './notify';
import { CHANNEL_DEFAULT, NOTIFICATION_KINDS, type NotificationKind, NotifyChannel, PERSONAL_CHANNELS } from './notify.enums';
import type { NotificationPreferenceView, PushSubscriptionInput } from './notify.types';

/** The signed-in user's own notifications: every query is scoped to them by recipient, never by an argument. */
export class NotificationService extends RequestService {
  async list(first?: number | null, after?: string | null, unreadOnly?: boolean | null) {
    const where = { recipient: this.me.userId, ...(unreadOnly ? { readAt: null } : {}) };
    const cursor = await this.em.findByCursor(Notification, where, {
      first: pageSize(first),
      after: checkCursor(after),
      orderBy: { createdAt: 'desc', id: 'desc' },
      includeCount: true,
    });
    return toConnection(cursor);
  }

  unreadCount(): Promise<number> {
    return this.em.count(Notification, { recipient: this.me.userId, readAt: null });
  }

  /** Another user's notification is NOT_FOUND, exactly like one that does not exist. */
  async markRead(id: string): Promise<Notification> {
    if (!isId(id)) throw notFound('notification');
    return this.em.transactional(async (tx) => {
      const notification = await tx.findOne(Notification, { id, recipient: this.me.userId });
      if (!notification) throw notFound('notification');
      notification.readAt ??= new Date();
      await notifyOnCommit(tx, NOTIFY_TOPIC, { userIds: [this.me.userId] });
      return notification;
    });
  }

  async markAllRead(): Promise<number> {
    return this.em.transactional(async (tx) => {
      const changed = await tx.nativeUpdate(Notification, { recipient: this.me.userId, readAt: null }, { readAt: new Date() });
      await notifyOnCommit(tx, NOTIFY_TOPIC, { userIds: [this.me.userId] });
      return changed;
    });
  }

  async preferences(): Promise<NotificationPreferenceView[]> {
    const rows = await this.em.find(NotificationPreference, { user: this.me.userId });
    const chosen = new Map(rows.map((r) => [`${r.kind}:${r.channel}`, r.enabled]));
    return NOTIFICATION_KINDS.flatMap((kind) => [
      { kind, channel: NotifyChannel.IN_APP, enabled: true },
      ...PERSONAL_CHANNELS.map((channel) => ({ kind, channel, enabled: chosen.get(`${kind}:${channel}`) ?? CHANNEL_DEFAULT[channel] })),
    ]);
  }

  async setPreference(kind: NotificationKind, channel: NotifyChannel, enabled: boolean): Promise<NotificationPreferenceView[]> {
    if (!(PERSONAL_CHANNELS as readonly NotifyChannel[]).includes(channel)) throw new AppError('BAD_USER_INPUT', 'notify.badChannel');
    await this.em.execute(
      `insert into notification_preference (user_id, kind, channel, enabled) values (?, ?, ?, ?)
       on conflict (user_id, kind, channel) do update set enabled = excluded.enabled`,
      [this.me.userId, kind, channel, enabled],
    );
    return this.preferences();
  }

  /** Stores this browser's subscription for the signed-in user (a browser another user had is theirs now). */
  async subscribePush(input: PushSubscriptionInput): Promise<boolean> {
    let url: URL;
    try {
      url = new URL(input.endpoint);
    } catch {
      throw new AppError('BAD_USER_INPUT', 'notify.badSubscription');
    }
    if (url.protocol !== 'https:' || !input.p256dh.trim() || !input.auth.trim()) throw new AppError('BAD_USER_INPUT', 'notify.badSubscription');
    await this.em.execute(
      `insert into push_subscription (id, user_id, endpoint, p256dh, auth, created_at) values (gen_random_uuid(), ?, ?, ?, ?, now())
       on conflict (endpoint) do update set user_id = excluded.user_id, p256dh = excluded.p256dh, auth = excluded.auth`,
      [this.me.userId, input.endpoint, input.p256dh.trim(), input.auth.trim()],
    );
    return true;
  }

  async unsubscribePush(endpoint: string): Promise<boolean> {
    const [row] = await this.em.execute<{ n: number }[]>(
      'with d as (delete from push_subscription where endpoint = ? and user_id = ? returning 1) select count(*)::int as n from d',
      [endpoint, this.me.userId],
    );
    return (row?.n ?? 0) > 0;
  }
}
