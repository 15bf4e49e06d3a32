import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { tokenStore, whenSessionEnds } from './apollo';
import { LoginDocument, LogoutDocument, MeDocument, type MeQuery, type Role } from './auth.generated';

// The documents are in auth.graphql, generated apart (see web/codegen.ts).
export const ME = MeDocument;
const LOGIN = LoginDocument;
const LOGOUT = LogoutDocument;

export type Viewer = NonNullable<MeQuery['me']>;

interface AuthState {
  viewer: Viewer | null;
  loading: boolean;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  hasRole(...roles: Role[]): boolean;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const { data, loading } = useQuery(ME, { skip: !tokenStore.get(), fetchPolicy: 'cache-first' });
  const [login] = useMutation(LOGIN);
  const [logout] = useMutation(LOGOUT);
  const viewer = tokenStore.get() ? (data?.me ?? null) : null;

  useEffect(() => {
    whenSessionEnds(() => {
      void client.clearStore();
      navigate('/login', { replace: true });
    });
  }, [client, navigate]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const result = await login({ variables: { username, password } });
      const token = result.data?.login.token;
      if (!token) return;
      tokenStore.set(token);
      await client.resetStore();
      await client.query({ query: ME, fetchPolicy: 'network-only' });
    },
    [client, login],
  );

  const signOut = useCallback(async () => {
    await logout().catch(() => undefined);
    tokenStore.clear();
    await client.clearStore();
    navigate('/login', { replace: true });
  }, [client, logout, navigate]);

  const value = useMemo<AuthState>(
    () => ({
      viewer,
      loading: loading && !data,
      signIn,
      signOut,
      hasRole: (...roles) => !!viewer && roles.some((role) => viewer.roles.includes(role)),
    }),
    [viewer, loading, data, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}
