import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CameraOutlined,
  EnvironmentOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FlagOutlined,
  GiftOutlined,
  HeartOutlined,
  HomeOutlined,
  LineChartOutlined,
  NodeIndexOutlined,
  OrderedListOutlined,
  PhoneOutlined,
  SmileOutlined,
  TeamOutlined,
  ThunderboltOutlined,
} from '@ant-design/icons';
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
  group?: 'cases' | 'joint' | 'admin';
  page: ComponentType;
}

const HomePage = lazy(() => import('../features/home/HomePage'));
const CommunitiesPage = lazy(() => import('../features/org/CommunitiesPage'));
const CommunityPage = lazy(() => import('../features/org/CommunityPage'));
const UnitsPage = lazy(() => import('../features/org/UnitsPage'));
const UsersPage = lazy(() => import('../features/org/UsersPage'));
const AuditLogPage = lazy(() => import('../features/org/AuditLogPage'));
const NeedsPage = lazy(() => import('../features/joint/NeedsPage'));
const NeedDetailPage = lazy(() => import('../features/joint/NeedDetailPage'));
const ClaimPage = lazy(() => import('../features/joint/ClaimPage'));
const ResourcesPage = lazy(() => import('../features/joint/ResourcesPage'));
const AgreementsPage = lazy(() => import('../features/joint/AgreementsPage'));
const MeetingsPage = lazy(() => import('../features/joint/MeetingsPage'));
const MeetingPage = lazy(() => import('../features/joint/MeetingPage'));
const DashboardPage = lazy(() => import('../features/joint/DashboardPage'));
const CommunityMapPage = lazy(() => import('../features/joint/map/CommunityMapPage'));
const ReportCasePage = lazy(() => import('../features/case/ReportCasePage'));
const CasesPage = lazy(() => import('../features/case/CasesPage'));
const CaseDetailPage = lazy(() => import('../features/case/CaseDetailPage'));
const CaseStatsPage = lazy(() => import('../features/case/CaseStatsPage'));
const FollowUpQueuePage = lazy(() => import('../features/case/FollowUpQueuePage'));
const RoutingPage = lazy(() => import('../features/case/RoutingPage'));
const VolunteerPage = lazy(() => import('../features/volunteer/VolunteerPage'));
const CarePage = lazy(() => import('../features/care/CarePage'));
const CaseMapPage = lazy(() => import('../features/case/CaseMapPage'));
const StreetsPage = lazy(() => import('../features/street/StreetsPage'));
const MySectionsPage = lazy(() => import('../features/street/MySectionsPage'));
const NotificationsPage = lazy(() => import('../features/notify/NotificationsPage'));
const PartyOrdersPage = lazy(() => import('../features/order/PartyOrdersPage'));
const PartyOrderReportPage = lazy(() => import('../features/order/PartyOrderReportPage'));
export const BoardPage = lazy(() => import('../features/joint/BoardPage'));
export const AgreementPrintPage = lazy(() => import('../features/joint/AgreementPrintPage'));

const NEED_READERS: Role[] = ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP'];
/** Everyone who works for the city or the community: a resident sees only their own pages. */
const STAFF: Role[] = ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP', 'VOLUNTEER', 'GRID_WORKER'];
const MyReportsPage = lazy(() => import('../features/resident/ResidentAppPages').then((m) => ({ default: m.MyReportsInApp })));
const ResidentReportPage = lazy(() => import('../features/resident/ResidentAppPages').then((m) => ({ default: m.ResidentReportInApp })));
const HomeOrMyReports = lazy(() => import('../features/resident/ResidentAppPages').then((m) => ({ default: m.residentHome(HomePage) })));

export const ROUTES: AppRoute[] = [
  { path: '/', label: 'nav.home', icon: <HomeOutlined />, page: HomeOrMyReports },
  { path: '/my-reports', label: 'resident.myReports', icon: <FileSearchOutlined />, roles: ['RESIDENT'], group: 'cases', page: MyReportsPage },
  { path: '/my-reports/new', label: 'resident.reportNew', icon: <CameraOutlined />, roles: ['RESIDENT'], group: 'cases', page: ResidentReportPage },
  { path: '/volunteer', label: 'volunteer.nav', icon: <HeartOutlined />, roles: STAFF, page: VolunteerPage },
  { path: '/orders', label: 'orders.nav', icon: <FlagOutlined />, roles: ['VOLUNTEER'], page: PartyOrdersPage },
  { path: '/orders/report', label: 'orders.report', icon: <OrderedListOutlined />, roles: ['COMMUNITY_SECRETARY'], page: PartyOrderReportPage },
  { path: '/care', label: 'care.nav', icon: <SmileOutlined />, roles: ['VOLUNTEER', 'COMMUNITY_SECRETARY'], page: CarePage },
  { path: '/cases/report', label: 'cases.report', icon: <CameraOutlined />, roles: STAFF, group: 'cases', page: ReportCasePage },
  {
    path: '/cases',
    label: 'cases.queue',
    icon: <AlertOutlined />,
    roles: ['COMMAND_CENTER', 'UNIT_REP', 'GRID_WORKER', 'COMMUNITY_SECRETARY', 'CITY_LEADER', 'ADMIN'],
    group: 'cases',
    page: CasesPage,
  },
  {
    path: '/cases/map',
    label: 'cases.map',
    icon: <EnvironmentOutlined />,
    roles: ['COMMAND_CENTER', 'GRID_WORKER', 'COMMUNITY_SECRETARY', 'CITY_LEADER', 'ADMIN'],
    group: 'cases',
    page: CaseMapPage,
  },
  {
    path: '/cases/stats',
    label: 'cases.stats',
    icon: <LineChartOutlined />,
    roles: ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP'],
    group: 'cases',
    page: CaseStatsPage,
  },
  { path: '/cases/follow-ups', label: 'rates.followUpQueue', icon: <PhoneOutlined />, roles: ['COMMAND_CENTER'], group: 'cases', page: FollowUpQueuePage },
  {
    path: '/streets',
    label: 'street.nav',
    icon: <FlagOutlined />,
    roles: ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'GRID_WORKER'],
    group: 'cases',
    page: StreetsPage,
  },
  {
    path: '/streets/mine',
    label: 'street.mine',
    icon: <FlagOutlined />,
    roles: ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP', 'VOLUNTEER', 'GRID_WORKER'],
    group: 'cases',
    page: MySectionsPage,
  },
  { path: '/cases/routing', label: 'cases.routing', icon: <NodeIndexOutlined />, roles: ['COMMAND_CENTER'], group: 'cases', page: RoutingPage },
  { path: '/joint/claim', label: 'joint.claim', icon: <ThunderboltOutlined />, roles: ['UNIT_REP'], group: 'joint', page: ClaimPage },
  { path: '/joint/needs', label: 'joint.needs', icon: <FileTextOutlined />, roles: NEED_READERS, group: 'joint', page: NeedsPage },
  {
    path: '/joint/resources',
    label: 'joint.resources',
    icon: <GiftOutlined />,
    roles: ['ADMIN', 'CITY_LEADER', 'COMMUNITY_SECRETARY', 'UNIT_REP'],
    group: 'joint',
    page: ResourcesPage,
  },
  {
    path: '/joint/agreements',
    label: 'joint.agreements',
    icon: <AuditOutlined />,
    roles: ['ADMIN', 'CITY_LEADER', 'COMMUNITY_SECRETARY', 'UNIT_REP'],
    group: 'joint',
    page: AgreementsPage,
  },
  { path: '/joint/meetings', label: 'joint.meetings', icon: <CalendarOutlined />, roles: ['ADMIN', 'CITY_LEADER', 'COMMUNITY_SECRETARY'], group: 'joint', page: MeetingsPage },
  { path: '/joint/dashboard', label: 'joint.dashboard', icon: <BarChartOutlined />, roles: ['ADMIN', 'CITY_LEADER', 'COMMUNITY_SECRETARY'], group: 'joint', page: DashboardPage },
  { path: '/joint/map', label: 'maps.communityMap', icon: <EnvironmentOutlined />, roles: ['ADMIN', 'CITY_LEADER', 'COMMUNITY_SECRETARY'], group: 'joint', page: CommunityMapPage },
  { path: '/admin/communities', label: 'nav.communities', icon: <ApartmentOutlined />, roles: ['ADMIN', 'COMMUNITY_SECRETARY'], group: 'admin', page: CommunitiesPage },
  { path: '/admin/units', label: 'nav.units', icon: <BankOutlined />, roles: ['ADMIN'], group: 'admin', page: UnitsPage },
  { path: '/admin/users', label: 'nav.users', icon: <TeamOutlined />, roles: ['ADMIN'], group: 'admin', page: UsersPage },
  { path: '/admin/audit', label: 'nav.audit', icon: <FileSearchOutlined />, roles: ['ADMIN'], group: 'admin', page: AuditLogPage },
];

/** Pages reached from another page, not from the menu. */
export const SUB_ROUTES: AppRoute[] = [
  { path: '/admin/communities/:id', label: 'communities.detail', icon: null, roles: ['ADMIN', 'COMMUNITY_SECRETARY'], page: CommunityPage },
  { path: '/notifications', label: 'notify.nav', icon: null, page: NotificationsPage },
  { path: '/cases/:id', label: 'cases.queue', icon: null, roles: STAFF, page: CaseDetailPage },
  { path: '/joint/needs/:id', label: 'joint.needs', icon: null, roles: NEED_READERS, page: NeedDetailPage },
  { path: '/joint/meetings/:id', label: 'joint.meetings', icon: null, roles: ['ADMIN', 'CITY_LEADER', 'COMMUNITY_SECRETARY', 'UNIT_REP'], page: MeetingPage },
];
