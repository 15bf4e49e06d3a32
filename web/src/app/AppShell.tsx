import { KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import Button from 'antd/es/button';
import ConfigProvider from 'antd/es/config-provider';
import Drawer from 'antd/es/drawer';
import Grid from 'antd/es/grid';
import Layout from 'antd/es/layout';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchPath, Navigate, Outlet, useLocation } from 'react-router';
import { markCardHeadings } from './a11y/card-headings';
import { useDomPass } from './a11y/dom-pass';
import { SkipLink } from './a11y/SkipLink';
import { markScrollRegions } from './a11y/scroll-regions';
import { TextSizeSwitch } from './a11y/TextSizeSwitch';
import { useTextSize } from './a11y/text-size';
import { useAuth } from './auth';
import { LanguageSwitch } from './LanguageSwitch';
import { Loading } from './Loading';
import { type NavGroup, NavMenu } from './NavMenu';
import { ROUTES, SUB_ROUTES } from './routes';
import './shell.css';
import { BRAND, themeFor } from './theme';

const { Header, Sider, Content } = Layout;

// antd's App (message, modal, notification) and the password dialog load with the first page, not the shell.
const AntApp = lazy(() => import('antd/es/app'));
const ChangePasswordDialog = lazy(() => import('../features/org/ChangePasswordDialog'));
// The bell (its documents, its subscription) comes a moment after the header, not with the shell.
const NotificationBell = lazy(() => import('../features/notify/NotificationBell'));

export function AppShell() {
  const { t } = useTranslation();
  const { viewer, loading, signOut, hasRole } = useAuth();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const [drawer, setDrawer] = useState(false);
  const [passwordOpen, setPasswordOpen] = useState(false);
  const passwordButton = useRef<HTMLButtonElement>(null);
  const phone = screens.md === false;
  const textSize = useTextSize();
  const shellTheme = useMemo(() => themeFor({ textSize, phone }), [textSize, phone]);
  const route = [...ROUTES, ...SUB_ROUTES].find((r) => matchPath(r.path, location.pathname));
  const pageTitle = route ? t(route.label) : t('common.notFoundTitle');
  const tableLabel = t('a11y.table');
  useDomPass(() => {
    markScrollRegions(document, tableLabel);
    const main = document.getElementById('main');
    if (main) markCardHeadings(main);
  });
  useEffect(() => {
    document.title = `${pageTitle} · ${t('app.name')}`;
  }, [pageTitle, t]);

  const groups = useMemo<NavGroup[]>(() => {
    const visible = ROUTES.filter((route) => !route.roles || hasRole(...route.roles));
    // A menu entry whose path prefixes another entry's (/cases, /cases/stats) is active only on itself.
    const item = (route: (typeof ROUTES)[number]) => ({ path: route.path, icon: route.icon, label: t(route.label), end: ROUTES.some((r) => r.path.startsWith(`${route.path}/`)) });
    return [
      { key: 'main', items: visible.filter((route) => !route.group).map(item) },
      { key: 'cases', label: t('nav.cases'), items: visible.filter((route) => route.group === 'cases').map(item) },
      { key: 'joint', label: t('nav.joint'), items: visible.filter((route) => route.group === 'joint').map(item) },
      { key: 'admin', label: t('nav.admin'), items: visible.filter((route) => route.group === 'admin').map(item) },
    ].filter((group) => group.items.length > 0);
  }, [hasRole, t]);

  if (loading) return <Loading />;
  if (!viewer) return <Navigate to="/login" replace state={{ from: location.pathname }} />;

  const brand = <div style={{ height: 56, display: 'flex', alignItems: 'center', padding: '0 20px', fontWeight: 600, fontSize: '1.125rem', color: BRAND }}>{t('app.name')}</div>;
  const white = { color: '#fff' };

  return (
    <ConfigProvider theme={shellTheme}>
      <SkipLink target="main" />
      <Layout style={{ minHeight: '100vh' }}>
        {phone ? (
          <Drawer open={drawer} placement="left" width={240} onClose={() => setDrawer(false)} styles={{ body: { padding: 0 } }} title={t('app.name')}>
            <NavMenu groups={groups} onNavigate={() => setDrawer(false)} />
          </Drawer>
        ) : (
          <Sider width={220} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
            {brand}
            <NavMenu groups={groups} />
          </Sider>
        )}
        <Layout>
          <Header style={{ background: BRAND, height: 'auto', minHeight: 64, lineHeight: 'normal', padding: '0 8px 0 12px', display: 'flex', alignItems: 'center', gap: 4 }}>
            {phone && <Button type="text" icon={<MenuOutlined />} style={white} aria-label={t('nav.menu')} onClick={() => setDrawer(true)} data-testid="nav-toggle" />}
            <span style={{ ...white, flex: 1, minWidth: 0, fontSize: '1rem', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
              {phone ? pageTitle : t('app.tagline')}
            </span>
            <TextSizeSwitch light compact={phone} />
            <LanguageSwitch light />
            <Suspense fallback={null}>
              <NotificationBell />
            </Suspense>
            {/* On a phone the name is not shown, and the bell needs the room its icon took. */}
            {!phone && (
              <span style={{ ...white, whiteSpace: 'nowrap', padding: '0 4px' }} data-testid="viewer-name">
                <UserOutlined /> {viewer.displayName}
              </span>
            )}
            <Button
              ref={passwordButton}
              type="text"
              icon={<KeyOutlined />}
              style={white}
              title={t('nav.changePassword')}
              aria-label={t('nav.changePassword')}
              onClick={() => setPasswordOpen(true)}
            />
            <Button type="text" icon={<LogoutOutlined />} style={white} title={t('nav.logout')} aria-label={t('nav.logout')} onClick={() => void signOut()} data-testid="logout" />
          </Header>
          <Content id="main" tabIndex={-1} style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
            <h1 className="gj-sr-only">{pageTitle}</h1>
            <Suspense fallback={<Loading />}>
              <AntApp>
                <Outlet />
                {passwordOpen && (
                  <ChangePasswordDialog
                    open
                    onClose={() => {
                      // The dialog unmounts at once, before it could hand the focus back itself; its focus lock goes with it.
                      setPasswordOpen(false);
                      requestAnimationFrame(() => passwordButton.current?.focus());
                    }}
                  />
                )}
              </AntApp>
            </Suspense>
          </Content>
        </Layout>
      </Layout>
    </ConfigProvider>
  );
}
