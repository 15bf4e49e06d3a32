import { useEffect, useState } from 'react';
import { FieldShell } from '../../app/light/FieldShell';
import { gqlRequest } from '../../app/light/fetch-graphql';
import { storedLang } from '../../app/light/lang';
import { knownViewer, rememberViewer } from '../../app/light/viewer';
import { FIELD_WORDS, type Lang } from '../../app/light/words';
import { setOutboxOwner } from '../../app/outbox/light';
import { ReportForm } from '../case/ReportForm';
import { residentLinks } from './MyReportsPage';

const toMyReports = (_id: string, label: string) => (
  <a className="gj-rf-button" href="/my-reports">
    {label}
  </a>
);

/** A resident reports at /my-reports/new: the grid worker's form (photo, position, safe to retry), then back to my reports. */
export default function ResidentReportPage() {
  const [lang, setLang] = useState<Lang>(storedLang);
  useEffect(() => {
    setOutboxOwner(knownViewer());
    gqlRequest<{ me: { id: string } | null }>('FieldViewer', 'query FieldViewer { me { id } }')
      .then((data) => {
        const id = data?.me?.id ?? null;
        if (!id) return location.replace('/login');
        rememberViewer(id);
        setOutboxOwner(id);
      })
      .catch(() => undefined);
  }, []);
  return (
    <FieldShell lang={lang} onLang={setLang} title={FIELD_WORDS[lang].report.report} links={residentLinks(lang)}>
      <ReportForm lang={lang} caseLink={toMyReports} />
    </FieldShell>
  );
}
