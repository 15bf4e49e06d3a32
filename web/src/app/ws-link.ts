import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';
import { tokenStore } from './apollo';
import { i18n } from './i18n';

// Loaded only by pages with live updates. Reconnects forever with back-off; `onReconnected`
// lets a page refetch what it may have missed while the connection was down.

const listeners = new Set<() => void>();
let connectedBefore = false;

export const wsClient = createClient({
  url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
  connectionParams: () => ({ authorization: `Bearer ${tokenStore.get() ?? ''}`, 'accept-language': i18n.language === 'en' ? 'en' : 'zh-CN' }),
  lazy: true,
  retryAttempts: Number.POSITIVE_INFINITY,
  shouldRetry: () => true,
  keepAlive: 10_000,
  on: {
    connected: () => {
      if (connectedBefore) for (const listener of listeners) listener();
      connectedBefore = true;
    },
  },
});

export const wsLink = new GraphQLWsLink(wsClient);

export function onReconnected(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
