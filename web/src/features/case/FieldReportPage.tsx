import { useState } from 'react';
import { FieldShell } from '../../app/light/FieldShell';
import { storedLang } from '../../app/light/lang';
import { useFieldViewer } from '../../app/light/use-field-viewer';
import { FIELD_WORDS, type Lang } from '../../app/light/words';
import { ReportForm } from './ReportForm';

/**
 * The report form as a phone opens it at /cases/report: React and this page only, no app. It shows
 * at once (with no signal too); who is signed in is checked in the background.
 */
export default function FieldReportPage() {
  const [lang, setLang] = useState<Lang>(storedLang);
  useFieldViewer();
  return (
    <FieldShell lang={lang} onLang={setLang} title={FIELD_WORDS[lang].report.report}>
      <ReportForm lang={lang} />
    </FieldShell>
  );
}
