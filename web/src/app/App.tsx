import { ApolloProvider } from '@apollo/client/react';
import ConfigProvider from 'antd/es/config-provider';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { AppShell } from './AppShell';
import { apolloClient } from './apollo';
import { AuthProvider, useAuth } from './auth';
import { ConnectionBanner } from './ConnectionBanner';
import { setLanguage } from './i18n';
import { Loading } from './Loading';
import { LoginPage } from './LoginPage';
import { AgreementPrintPage, type AppRoute, BoardPage, ROUTES, SUB_ROUTES } from './routes';
import { theme } from './theme';

const NotFoundPage = lazy(() => import('./results'));
const ForbiddenPage = lazy(() => import('./results').then((m) => ({ default: m.ForbiddenPage })));

/** Full-screen pages (meeting board, print views): signed in, but no navigation around them. */
function Bare({ children }: { children: React.ReactNode }) {
  const { viewer, loading } = useAuth();
  if (loading) return <Loading />;
  if (!viewer) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

function Guard({ route }: { route: AppRoute }) {
  const { hasRole } = useAuth();
  if (route.roles && !hasRole(...route.roles)) return <ForbiddenPage />;
  const Page = route.page;
  return <Page />;
}

/** Sign-in after the app has loaded (signed out, session ended): the same page, then back where the user was. */
function SignIn() {
  const { viewer, signedIn } = useAuth();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  if (viewer) return <Navigate to={from} replace />;
  return (
    <LoginPage
      onSignedIn={async (token) => {
        await signedIn(token);
        navigate(from, { replace: true });
      }}
      onLanguage={(lang) => void setLanguage(lang)}
    />
  );
}

export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={theme}>
      <ConnectionBanner />
      <Routes>
        <Route path="/login" element={<SignIn />} />
        <Route path="/board/:communityId" element={<Bare>{<BoardPage />}</Bare>} />
        <Route path="/print/agreements/:id" element={<Bare>{<AgreementPrintPage />}</Bare>} />
        <Route element={<AppShell />}>
          {[...ROUTES, ...SUB_ROUTES].map((route) => (
            <Route key={route.path} path={route.path} element={<Guard route={route} />} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </ConfigProvider>
  );
}

/** Everything past the sign-in page, loaded as one chunk (see main.tsx). */
export function AppRoot() {
  return (
    <ApolloProvider client={apolloClient}>
      <BrowserRouter>
        <AuthProvider>
          <App />
        </AuthProvider>
      </BrowserRouter>
    </ApolloProvider>
  );
}
