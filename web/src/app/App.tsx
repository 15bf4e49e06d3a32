import ConfigProvider from 'antd/es/config-provider';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { AppShell } from './AppShell';
import { useAuth } from './auth';
import { LoginPage } from './LoginPage';
import { type AppRoute, ROUTES, SUB_ROUTES } from './routes';

const NotFoundPage = lazy(() => import('./results'));
const ForbiddenPage = lazy(() => import('./results').then((m) => ({ default: m.ForbiddenPage })));

function Guard({ route }: { route: AppRoute }) {
  const { hasRole } = useAuth();
  if (route.roles && !hasRole(...route.roles)) return <ForbiddenPage />;
  const Page = route.page;
  return <Page />;
}

export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#c41d1d', borderRadius: 6 } }}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
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
