import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { apolloClient, tokenStore, whenSessionEnds } from './apollo';
import { LogoutDocument, MeDocument, type MeQuery, type Role } from './auth.generated';
import { rememberViewer } from './light/viewer';
import { forgetLastKnown, recall } from './offline-cache/last-known';
import { setOutboxOwner } from './outbox/outbox';

// The documents are in auth.graphql, generated apart (see web/codegen.ts).
export const ME = MeDocument;
const LOGOUT = LogoutDocument;

export type Viewer = NonNullable<MeQuery['me']>;

// Who this phone last knew was signed in: the shell opens at once with it, and the answer refreshes it.
const lastKnownMe = tokenStore.get() ? recall('Me:{}') : undefined;
if (lastKnownMe) apolloClient.cache.writeQuery({ query: ME, data: lastKnownMe.data as MeQuery });

interface AuthState {
  viewer: Viewer | null;
  loading: boolean;
  /** The sign-in page stored a new session's token: start afresh with it. */
  signedIn(token: string): Promise<void>;
  signOut(): Promise<void>;
  hasRole(...roles: Role[]): boolean;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const { data, loading } = useQuery(ME, { skip: !tokenStore.get(), fetchPolicy: 'cache-and-network' });
  const [logout] = useMutation(LOGOUT);
  const viewer = tokenStore.get() ? (data?.me ?? null) : null;

  // Also starts the outbox, so writes left on the phone go out whichever page the app opens on.
  useEffect(() => {
    setOutboxOwner(viewer?.id ?? null);
    if (viewer?.id || !tokenStore.get()) rememberViewer(viewer?.id ?? null);
  }, [viewer?.id]);

  useEffect(() => {
    whenSessionEnds(() => {
      void client.clearStore();
      navigate('/login', { replace: true });
    });
  }, [client, navigate]);

  const signedIn = useCallback(
    async (token: string) => {
      forgetLastKnown();
      tokenStore.set(token);
      await client.resetStore();
      await client.query({ query: ME, fetchPolicy: 'network-only' });
    },
    [client],
  );

  const signOut = useCallback(async () => {
    await logout().catch(() => undefined);
    tokenStore.clear();
    forgetLastKnown();
    await client.clearStore();
    navigate('/login', { replace: true });
  }, [client, logout, navigate]);

  const value = useMemo<AuthState>(
    () => ({
      viewer,
      loading: loading && !data,
      signedIn,
      signOut,
      hasRole: (...roles) => !!viewer && roles.some((role) => viewer.roles.includes(role)),
    }),
    [viewer, loading, data, signedIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}
