import { ApartmentOutlined, BankOutlined, HomeOutlined, TeamOutlined } from '@ant-design/icons';
import { type ComponentType, lazy, type ReactNode } from 'react';
import type { Role } from '../gql/graphql';

// Each feature page is its own chunk: phones of grid workers and volunteers never download the
// admin pages. Adding a page is adding a line here.

export interface AppRoute {
  path: string;
  label: string;
  icon: ReactNode;
  /** Who sees it in the menu and may open it; absent means every signed-in user. */
  roles?: Role[];
  group?: 'admin';
  page: ComponentType;
}

const HomePage = lazy(() => import('../features/home/HomePage'));
const CommunitiesPage = lazy(() => import('../features/org/CommunitiesPage'));
const CommunityPage = lazy(() => import('../features/org/CommunityPage'));
const UnitsPage = lazy(() => import('../features/org/UnitsPage'));
const UsersPage = lazy(() => import('../features/org/UsersPage'));

export const ROUTES: AppRoute[] = [
  { path: '/', label: 'nav.home', icon: <HomeOutlined />, page: HomePage },
  { path: '/admin/communities', label: 'nav.communities', icon: <ApartmentOutlined />, roles: ['ADMIN', 'COMMUNITY_SECRETARY'], group: 'admin', page: CommunitiesPage },
  { path: '/admin/units', label: 'nav.units', icon: <BankOutlined />, roles: ['ADMIN'], group: 'admin', page: UnitsPage },
  { path: '/admin/users', label: 'nav.users', icon: <TeamOutlined />, roles: ['ADMIN'], group: 'admin', page: UsersPage },
];

/** Pages reached from another page, not from the menu. */
export const SUB_ROUTES: AppRoute[] = [{ path: '/admin/communities/:id', label: 'communities.detail', icon: null, roles: ['ADMIN', 'COMMUNITY_SECRETARY'], page: CommunityPage }];
