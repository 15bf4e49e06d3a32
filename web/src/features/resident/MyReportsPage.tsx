import { useCallback, useEffect, useState } from 'react';
import { FieldShell } from '../../app/light/FieldShell';
import { GqlRefusal, gqlRequest } from '../../app/light/fetch-graphql';
import { storedLang } from '../../app/light/lang';
import { FIELD_WORDS, fill, type Lang } from '../../app/light/words';
import { tokenStore } from '../../app/pwa/token';
import { RateReport } from './RateReport';
import './resident.css';

const MY_REPORTS = `query MyReports($after: String) {
  myReports(first: 20, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id number title category status reportedAt dueAt unitName abusive rating
      timeline { action at unitName }
      afterPhotos { id url } } }
  }
  myReportingStanding { suspended reportsToday reportsPerDay }
}`;

interface Step {
  action: string;
  at: string;
  unitName: string | null;
}
interface Report {
  id: string;
  number: string;
  title: string;
  category: string;
  status: string;
  reportedAt: string;
  dueAt: string | null;
  unitName: string | null;
  abusive: boolean;
  rating: string | null;
  timeline: Step[];
  afterPhotos: { id: string; url: string }[];
}
interface Answer {
  myReports: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Report }[] };
  myReportingStanding: { suspended: boolean; reportsToday: number; reportsPerDay: number };
}

const when = (iso: string, lang: Lang) => new Date(iso).toLocaleString(lang, { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** Photos are served only with the session's token: fetched, then shown from a blob. */
function TokenImage({ url, alt }: { url: string; alt: string }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let objectUrl: string | undefined;
    let live = true;
    void fetch(url, { headers: { authorization: `Bearer ${tokenStore.get() ?? ''}` } })
      .then((r) => (r.ok ? r.blob() : null))
      .then((blob) => {
        if (!blob || !live) return;
        objectUrl = URL.createObjectURL(blob);
        setSrc(objectUrl);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url]);
  return <img src={src} alt={alt} width={96} height={96} />;
}

/** 我的上报: the resident's reports, each with its public timeline, the unit and its deadline. */
export function MyReportsList({ lang }: { lang: Lang }) {
  const words = FIELD_WORDS[lang];
  const w = words.resident;
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [reports, setReports] = useState<Report[]>([]);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    (after: string | null) =>
      gqlRequest<Answer>('MyReports', MY_REPORTS, { after })
        .then((data) => {
          setAnswer(data);
          setReports((before) => [...(after ? before : []), ...data.myReports.edges.map((e) => e.node)]);
        })
        .catch((failure) => setError(failure instanceof GqlRefusal ? failure.message : FIELD_WORDS[storedLang()].shell.networkError)),
    [],
  );
  useEffect(() => void load(null), [load]);

  if (error)
    return (
      <div className="gj-res-error" role="alert">
        {error}
      </div>
    );
  if (!answer) return <p role="status">{w.loading}</p>;
  const standing = answer.myReportingStanding;
  return (
    <div className="gj-res-form">
      {standing.suspended ? (
        <div className="gj-res-error" role="alert">
          {w.suspended}
        </div>
      ) : (
        <a className="gj-res-primary" href="/my-reports/new" data-testid="report-new">
          {w.reportNew}
        </a>
      )}
      <p className="gj-res-meta">{fill(w.today, { count: standing.reportsToday, max: standing.reportsPerDay })}</p>
      {reports.length === 0 && <p>{w.none}</p>}
      <ul className="gj-res-list" data-testid="my-reports">
        {reports.map((r) => (
          <li key={r.id} className="gj-res-report" data-testid="my-report">
            <h2>{r.title}</h2>
            <p className="gj-res-meta">
              <span className="gj-res-status">{w.status[r.status as keyof typeof w.status] ?? r.status}</span> {r.number} ·{' '}
              {words.caseCategory[r.category as keyof typeof words.caseCategory] ?? r.category}
            </p>
            {r.unitName && <p className="gj-res-meta">{fill(w.unit, { unit: r.unitName })}</p>}
            {r.dueAt && !['CLOSED', 'REJECTED'].includes(r.status) && <p className="gj-res-meta">{fill(w.due, { at: when(r.dueAt, lang) })}</p>}
            {r.abusive && <p className="gj-res-meta gj-res-abusive">{w.abusive}</p>}
            <ol className="gj-res-timeline" aria-label={words.report.timeline}>
              {r.timeline.map((s) => (
                <li key={`${s.action}-${s.at}`}>
                  <time dateTime={s.at}>{when(s.at, lang)}</time>
                  {fill(w.step[s.action as keyof typeof w.step] ?? s.action, { unit: s.unitName ?? '' })}
                </li>
              ))}
            </ol>
            {r.afterPhotos.length > 0 && (
              <figure className="gj-res-photos">
                <figcaption className="gj-res-meta">{w.afterPhotos}</figcaption>
                {r.afterPhotos.map((p) => (
                  <TokenImage key={p.id} url={p.url} alt={w.afterPhotos} />
                ))}
              </figure>
            )}
            {r.status === 'CLOSED' && <RateReport lang={lang} reportId={r.id} rating={r.rating} onRated={() => void load(null)} />}
          </li>
        ))}
      </ul>
      {answer.myReports.pageInfo.hasNextPage && (
        <button type="button" className="gj-res-primary" onClick={() => void load(answer.myReports.pageInfo.endCursor)}>
          {w.more}
        </button>
      )}
    </div>
  );
}

/** The resident's header: their two pages and signing out. */
export function residentLinks(lang: Lang) {
  const w = FIELD_WORDS[lang].resident;
  return [
    { href: '/my-reports', label: w.myReports },
    { href: '/my-reports/new', label: w.reportNew },
    {
      href: '/login',
      label: w.signOut,
      onClick: () => {
        void gqlRequest('Logout', 'mutation Logout { logout }').catch(() => undefined);
        tokenStore.clear();
      },
    },
  ];
}

/** /my-reports as a phone opens it: React and this page only. */
export default function MyReportsPage() {
  const [lang, setLang] = useState<Lang>(storedLang);
  return (
    <FieldShell lang={lang} onLang={setLang} title={FIELD_WORDS[lang].resident.myReports} links={residentLinks(lang)}>
      <MyReportsList lang={lang} />
    </FieldShell>
  );
}
