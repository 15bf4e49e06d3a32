import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';
import { sessionEnded, tokenStore } from './apollo';
import { connectionBack, connectionLost } from './connection';
import { i18n } from './i18n';

// Loaded only by pages with live updates. Reconnects forever with back-off; `onReconnected`
// lets a page refetch what it may have missed while the connection was down. A socket the server
// closed because the session ended (4401) or was refused (4403) is not retried: the user signs in again.
// Any other close but a normal one (1000, no subscription left) or 4000 (access changed) shows the
// "reconnecting" banner until the socket connects again; 1013 is the server's "database unavailable".

const listeners = new Set<() => void>();
const sessionClosed = (event: unknown) => {
  const code = (event as { code?: number } | null)?.code;
  return code === 4401 || code === 4403;
};
let connectedBefore = false;

export const wsClient = createClient({
  url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
  connectionParams: () => ({ authorization: `Bearer ${tokenStore.get() ?? ''}`, 'accept-language': i18n.language === 'en' ? 'en' : 'zh-CN' }),
  lazy: true,
  retryAttempts: Number.POSITIVE_INFINITY,
  shouldRetry: (event) => !sessionClosed(event),
  keepAlive: 10_000,
  on: {
    closed: (event) => {
      const code = (event as { code?: number } | null)?.code;
      if (sessionClosed(event)) sessionEnded();
      else if (code !== 1000 && code !== 4000) connectionLost();
    },
    connected: () => {
      connectionBack();
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
