import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReportForm } from './ReportForm';

/** The report form inside the app (the same form a phone opens first, before the app has loaded). */
export default function ReportCasePage() {
  const { i18n } = useTranslation();
  return (
    <ReportForm
      lang={i18n.language === 'en' ? 'en' : 'zh-CN'}
      caseLink={(id, label) => (
        <Link className="gj-rf-button" to={`/cases/${id}`}>
          {label}
        </Link>
      )}
    />
  );
}
