import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { Role } from '../../shared/auth/role';
import { unauthenticated } from '../../shared/errors';
import { Resync } from '../../shared/pubsub';
import { Notification } from './notification.entity';
import { NOTIFY_TOPIC, type NotifyPayload } from './notify';
import { NotificationKind, NotifyChannel } from './notify.enums';
import { NotificationService } from './notify.service';
import { GroupWebhookView, NotificationConnection, NotificationPreferenceView, PushSubscriptionInput, SetGroupWebhookInput, WebhookTestResult } from './notify.types';
import { notificationLink, notificationText } from './notify-text';
import { vapidKeys } from './vapid';
import { WebhookService } from './webhook.service';

@Resolver(() => Notification)
export class NotificationResolver {
  @Allow()
  @Query(() => NotificationConnection, { description: "The signed-in user's notifications, newest first." })
  notifications(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly?: boolean,
  ) {
    return new NotificationService(ctx).list(first, after, unreadOnly);
  }

  @Allow()
  @Query(() => Int, { description: "How many of the signed-in user's notifications are unread." })
  unreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    return new NotificationService(ctx).unreadCount();
  }

  @Allow()
  @Mutation(() => Notification)
  markNotificationRead(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Notification> {
    return new NotificationService(ctx).markRead(id);
  }

  @Allow()
  @Mutation(() => Int, { description: 'Marks every unread notification of the signed-in user read; answers how many.' })
  markAllNotificationsRead(@Ctx() ctx: Context): Promise<number> {
    return new NotificationService(ctx).markAllRead();
  }

  @Allow()
  @Query(() => [NotificationPreferenceView], { description: 'Which kinds go to which channel, for the signed-in user (IN_APP is always on).' })
  notificationPreferences(@Ctx() ctx: Context): Promise<NotificationPreferenceView[]> {
    return new NotificationService(ctx).preferences();
  }

  @Allow()
  @Mutation(() => [NotificationPreferenceView])
  setNotificationPreference(
    @Arg('kind', () => NotificationKind) kind: NotificationKind,
    @Arg('channel', () => NotifyChannel) channel: NotifyChannel,
    @Arg('enabled', () => Boolean) enabled: boolean,
    @Ctx() ctx: Context,
  ): Promise<NotificationPreferenceView[]> {
    return new NotificationService(ctx).setPreference(kind, channel, enabled);
  }

  @Allow()
  @Query(() => String, { description: "The server's VAPID public key, for PushManager.subscribe." })
  webPushPublicKey(@Ctx() ctx: Context): string {
    return vapidKeys(ctx.config.notify.vapid).publicKey;
  }

  @Allow()
  @Mutation(() => Boolean)
  subscribeWebPush(@Arg('subscription', () => PushSubscriptionInput) subscription: PushSubscriptionInput, @Ctx() ctx: Context): Promise<boolean> {
    return new NotificationService(ctx).subscribePush(subscription);
  }

  @Allow()
  @Mutation(() => Boolean)
  unsubscribeWebPush(@Arg('endpoint', () => String) endpoint: string, @Ctx() ctx: Context): Promise<boolean> {
    return new NotificationService(ctx).unsubscribePush(endpoint);
  }

  @Allow()
  @Subscription(() => Int, {
    description: "The signed-in user's unread count, each time it changes (and after a reconnection).",
    subscribe: ({ context }) => {
      const ctx = context as Context;
      const viewer = ctx.viewer;
      if (!viewer) throw unauthenticated();
      return ctx.pubsub.subscribe<NotifyPayload>(NOTIFY_TOPIC, (payload) => payload.userIds.includes(viewer.userId));
    },
  })
  async unreadNotificationCountChanged(@Root() _payload: NotifyPayload | Resync, @Ctx() ctx: Context): Promise<number> {
    return new NotificationService({ ...ctx, em: ctx.em.fork() }).unreadCount();
  }

  @FieldResolver(() => String, { description: "The text in the caller's language." })
  text(@Root() n: Notification, @Ctx() ctx: Context): string {
    return notificationText(n.kind, n.params, ctx.lang);
  }

  @FieldResolver(() => String, { description: 'Where the web client shows the object.' })
  link(@Root() n: Notification): string {
    return notificationLink(n.objectType, n.objectId);
  }
}

@Resolver(() => GroupWebhookView)
export class GroupWebhookResolver {
  @Allow(Role.ADMIN, Role.COMMAND_CENTER)
  @Query(() => [GroupWebhookView])
  groupWebhooks(@Ctx() ctx: Context): Promise<GroupWebhookView[]> {
    return new WebhookService(ctx).list();
  }

  @Allow(Role.ADMIN, Role.COMMAND_CENTER)
  @Mutation(() => GroupWebhookView)
  setGroupWebhook(@Arg('input', () => SetGroupWebhookInput) input: SetGroupWebhookInput, @Ctx() ctx: Context): Promise<GroupWebhookView> {
    return new WebhookService(ctx).set(input);
  }

  @Allow(Role.ADMIN, Role.COMMAND_CENTER)
  @Mutation(() => Boolean)
  removeGroupWebhook(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return new WebhookService(ctx).remove(id);
  }

  @Allow(Role.ADMIN, Role.COMMAND_CENTER)
  @Mutation(() => WebhookTestResult, { description: "Posts a test message to the group now and answers the robot's reply." })
  testGroupWebhook(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<WebhookTestResult> {
    return new WebhookService(ctx).test(id);
  }
}
