import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { getMainDefinition } from '@apollo/client/utilities';
import { Observable } from 'rxjs';
import { connection, connectionLost } from './connection';
import { i18n } from './i18n';
import { GqlRefusal, whenUnauthenticated } from './light/fetch-graphql';
import { forgetLastKnown, lastKnownLink } from './offline-cache/last-known';
import { outbox } from './outbox/outbox';
import { tokenStore } from './pwa/token';

export { tokenStore };

/** Called when the server says the session is gone; the auth provider sends the user to sign in. */
let onSessionEnded: () => void = () => undefined;
export function whenSessionEnds(handler: () => void): void {
  onSessionEnded = handler;
}

const headers = new SetContextLink((prev) => {
  const token = tokenStore.get();
  return {
    headers: {
      ...prev.headers,
      'accept-language': i18n.language === 'en' ? 'en' : 'zh-CN',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  };
});

/** The server ended the session (signed out elsewhere, deactivated, password reset): forget the token, go to sign in. */
export function sessionEnded(): void {
  tokenStore.clear();
  forgetLastKnown();
  onSessionEnded();
}

const sessionGuard = new ErrorLink(({ error, operation }) => {
  if (operation.operationName === 'Login') return;
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) sessionEnded();
});

/** The server or its database did not answer: SERVICE_UNAVAILABLE, a proxy's 502–504, or no response at all. */
function isUnavailable(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
  if (ServerError.is(error)) return [502, 503, 504].includes(error.statusCode);
  return error instanceof TypeError;
}

// Shows the "reconnecting" banner; when the server answers again, what is on screen is fetched again.
const availabilityGuard = new ErrorLink(({ error }) => {
  if (isUnavailable(error)) connectionLost();
});

// Subscriptions go over a WebSocket whose code is fetched the first time a page subscribes.
const lazyWs = new ApolloLink(
  (operation) =>
    new Observable((observer) => {
      let subscription: { unsubscribe(): void } | undefined;
      let closed = false;
      void import('./ws-link').then(({ wsLink }) => {
        if (closed) return;
        subscription = wsLink.request(operation)?.subscribe(observer);
      });
      return () => {
        closed = true;
        subscription?.unsubscribe();
      };
    }),
);

const isSubscription = ({ query }: ApolloLink.Operation) => {
  const definition = getMainDefinition(query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
};

export const apolloClient = new ApolloClient({
  link: ApolloLink.split(isSubscription, lazyWs, ApolloLink.from([lastKnownLink, availabilityGuard, sessionGuard, headers, new HttpLink({ uri: '/graphql' })])),
  cache: new InMemoryCache(),
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
});

connection.subscribe(() => {
  if (!connection.isDown()) void apolloClient.refetchQueries({ include: 'active' });
});
// Writes sent over the bare fetch (the outbox) end sessions the same way, and change what pages show.
whenUnauthenticated(sessionEnded);
outbox.onSettled(() => void apolloClient.refetchQueries({ include: 'active' }));

/** The message to show for a failed request: the server's own (already in the user's language) or a network hint. */
export function errorMessage(error: unknown): string {
  if (error instanceof GqlRefusal) return error.message;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const problems = (first?.extensions?.problems as string[] | undefined) ?? [];
    return problems.length ? problems.join('；') : (first?.message ?? '');
  }
  return i18n.t('common.networkError');
}

export function errorCode(error: unknown): string | undefined {
  if (error instanceof GqlRefusal) return error.code;
  return CombinedGraphQLErrors.is(error) ? (error.errors[0]?.extensions?.code as string | undefined) : undefined;
}
