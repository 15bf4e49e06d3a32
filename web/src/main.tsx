import { lazy, StrictMode, Suspense, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { LoginPage } from './app/LoginPage';
import { registerServiceWorker } from './app/pwa/register';
import { tokenStore } from './app/pwa/token';

// The sign-in page is all a phone downloads before it can sign in; the app (Apollo, the router,
// i18next, Ant Design) is its own chunk, fetched at once on any other address.
const App = lazy(() => import('./app/App').then((m) => ({ default: m.AppRoot })));

// Pages a phone opens first in the street, without the app: React, the page and a bare fetch.
const LIGHT_PAGES: Partial<Record<string, ReturnType<typeof lazy>>> = {
  '/cases/report': lazy(() => import('./features/case/FieldReportPage')),
  '/my-reports': lazy(() => import('./features/resident/MyReportsPage')),
  '/my-reports/new': lazy(() => import('./features/resident/ResidentReportPage')),
};

// 公示: open to anyone, signed in or not; it never loads the app.
const PublicPage = lazy(() => import('./features/public/PublicPage'));
const isPublic = (path: string) => path === '/public' || path.startsWith('/public/');
// 市民注册: opened signed out, from the sign-in page or the 公示 page.
const RegisterPage = lazy(() => import('./features/resident/RegisterPage'));

// A field page's code is fetched alongside the app's, not after it and the viewer's query (one round trip less on 3G).
const FIELD_PAGES: Record<string, () => Promise<unknown>> = {
  '/volunteer': () => import('./features/volunteer/VolunteerPage'),
  '/care': () => import('./features/care/CarePage'),
  '/joint/claim': () => import('./features/joint/ClaimPage'),
};

const opened = location.pathname;
const root = document.getElementById('root');
if (!root) throw new Error('no #root element');

/** Where the app sent the user from when it asked them to sign in (react-router keeps it in history.state). */
function returnPath(): string {
  const from = (history.state as { usr?: { from?: string } } | null)?.usr?.from;
  return from?.startsWith('/') && !from.startsWith('//') ? from : '/';
}

function Start() {
  const [signingIn, setSigningIn] = useState(() => {
    if (isPublic(location.pathname) || location.pathname === '/register') return false;
    if (location.pathname === '/login') return true;
    if (tokenStore.get()) return false;
    // Not signed in: the light sign-in page at once, then back to this address (as the app's own redirect does).
    history.replaceState({ usr: { from: location.pathname + location.search } }, '', '/login');
    return true;
  });
  if (signingIn) {
    return (
      <LoginPage
        onSignedIn={() => {
          history.replaceState(null, '', returnPath());
          setSigningIn(false);
        }}
      />
    );
  }
  // Only the address the phone opened with: a page reached inside the app stays in the app.
  const Light = isPublic(opened) ? PublicPage : opened === '/register' ? RegisterPage : location.pathname === opened ? LIGHT_PAGES[opened] : undefined;
  return <Suspense fallback={<div role="status" aria-busy="true" style={{ minHeight: '100vh' }} />}>{Light ? <Light /> : <App />}</Suspense>;
}

if (location.pathname !== '/login' && tokenStore.get()) void FIELD_PAGES[location.pathname]?.().catch(() => undefined);

createRoot(root).render(
  <StrictMode>
    <Start />
  </StrictMode>,
);
registerServiceWorker();
