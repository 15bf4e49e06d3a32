import { type Client, type ClientOptions, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** A graphql-ws client of the test server at `url`, signed in with `token` (none: anonymous), that never retries. */
export function liveClient(url: string, token: string | null, options: Partial<ClientOptions> = {}): Client {
  return createClient({
    url: `${url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    ...options,
  });
}
