import { useEffect, useState } from 'react';
import { FieldShell } from '../../app/light/FieldShell';
import { gqlRequest } from '../../app/light/fetch-graphql';
import { storedLang } from '../../app/light/lang';
import { knownViewer, rememberViewer } from '../../app/light/viewer';
import { FIELD_WORDS, type Lang } from '../../app/light/words';
import { setOutboxOwner } from '../../app/outbox/light';
import { tokenStore } from '../../app/pwa/token';
import { ReportForm } from './ReportForm';

/**
 * The report form as a phone opens it at /cases/report: React and this page only, no app. It shows
 * at once (with no signal too); who is signed in is checked in the background.
 */
export default function FieldReportPage() {
  const [lang, setLang] = useState<Lang>(storedLang);
  useEffect(() => {
    setOutboxOwner(knownViewer());
    gqlRequest<{ me: { id: string } | null }>('FieldViewer', 'query FieldViewer { me { id } }')
      .then((data) => {
        const id = data?.me?.id ?? null;
        if (!id) {
          tokenStore.clear();
          return location.replace('/login');
        }
        rememberViewer(id);
        setOutboxOwner(id);
      })
      // No answer: the remembered account stands; a refusal of the session has already sent the phone to sign in.
      .catch(() => undefined);
  }, []);
  return (
    <FieldShell lang={lang} onLang={setLang} title={FIELD_WORDS[lang].report.report}>
      <ReportForm lang={lang} />
    </FieldShell>
  );
}
