import { useState } from 'react';
import { FieldShell } from '../../app/light/FieldShell';
import { storedLang } from '../../app/light/lang';
import { useFieldViewer } from '../../app/light/use-field-viewer';
import { FIELD_WORDS, type Lang } from '../../app/light/words';
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
  useFieldViewer();
  return (
    <FieldShell lang={lang} onLang={setLang} title={FIELD_WORDS[lang].report.report} links={residentLinks(lang)}>
      <ReportForm lang={lang} caseLink={toMyReports} />
    </FieldShell>
  );
}
