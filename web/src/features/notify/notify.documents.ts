import { graphql } from '../../gql';

export const UNREAD_COUNT = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const UNREAD_COUNT_CHANGED = graphql(`
  subscription UnreadNotificationCountChanged {
    unreadNotificationCountChanged
  }
`);

export const NOTIFICATIONS = graphql(`
  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          text
          link
          createdAt
          readAt
        }
      }
    }
  }
`);

export const MARK_READ = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

export const MARK_ALL_READ = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const PREFERENCES = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      channel
      enabled
    }
    webPushPublicKey
  }
`);

export const SET_PREFERENCE = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $channel: NotifyChannel!, $enabled: Boolean!) {
    setNotificationPreference(kind: $kind, channel: $channel, enabled: $enabled) {
      kind
      channel
      enabled
    }
  }
`);

export const SUBSCRIBE_PUSH = graphql(`
  mutation SubscribeWebPush($subscription: PushSubscriptionInput!) {
    subscribeWebPush(subscription: $subscription)
  }
`);

export const UNSUBSCRIBE_PUSH = graphql(`
  mutation UnsubscribeWebPush($endpoint: String!) {
    unsubscribeWebPush(endpoint: $endpoint)
  }
`);

export const GROUP_WEBHOOKS = graphql(`
  query GroupWebhooks {
    groupWebhooks {
      id
      communityId
      unitId
      ownerName
      host
      signed
      active
    }
    communities {
      id
      name
    }
    partnerUnits {
      id
      name
    }
  }
`);

export const SET_GROUP_WEBHOOK = graphql(`
  mutation SetGroupWebhook($input: SetGroupWebhookInput!) {
    setGroupWebhook(input: $input) {
      id
    }
  }
`);

export const REMOVE_GROUP_WEBHOOK = graphql(`
  mutation RemoveGroupWebhook($id: ID!) {
    removeGroupWebhook(id: $id)
  }
`);

export const TEST_GROUP_WEBHOOK = graphql(`
  mutation TestGroupWebhook($id: ID!) {
    testGroupWebhook(id: $id) {
      ok
      error
    }
  }
`);
