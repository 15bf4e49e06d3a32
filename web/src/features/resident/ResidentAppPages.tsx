import { type ComponentType, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useAuth } from '../../app/auth';
import { Loading } from '../../app/Loading';
import { ReportForm } from '../case/ReportForm';
import { MyReportsList } from './MyReportsPage';

const useLang = () => (useTranslation().i18n.language === 'en' ? 'en' : 'zh-CN');

/** 我的上报 inside the app frame (a phone opening /my-reports gets the light page instead). */
export function MyReportsInApp() {
  return <MyReportsList lang={useLang()} />;
}

/** The report form for a resident inside the app: done, it leads back to my reports. */
export function ResidentReportInApp() {
  return (
    <ReportForm
      lang={useLang()}
      caseLink={(_id, label) => (
        <Link className="gj-rf-button" to="/my-reports">
          {label}
        </Link>
      )}
    />
  );
}

/** A resident's home is their reports; everyone else's is the page they had. */
export function residentHome(Home: ComponentType): ComponentType {
  return function HomeOrMyReports() {
    const { viewer } = useAuth();
    if (viewer && viewer.roles.length > 0 && viewer.roles.every((role) => role === 'RESIDENT')) return <Navigate to="/my-reports" replace />;
    return (
      <Suspense fallback={<Loading />}>
        <Home />
      </Suspense>
    );
  };
}
