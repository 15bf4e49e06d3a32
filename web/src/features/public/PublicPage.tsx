import { type MouseEvent, useCallback, useEffect, useState } from 'react';
import { FieldShell } from '../../app/light/FieldShell';
import { gqlRequest } from '../../app/light/fetch-graphql';
import { storedLang } from '../../app/light/lang';
import { PUBLIC_WORDS } from '../../app/light/public-words';
import { FIELD_WORDS, fill, type Lang } from '../../app/light/words';
import { ClosedCases, type PublicPageData } from './ClosedCases';
import './public.css';

// 公示: what any resident may read, without an account — each community's needs and who took them
// on, this year's agreements, the cases closed. Plain markup on React, like the sign-in page.

interface CommunityRow {
  id: string;
  name: string;
  subdistrict: string;
  publishedNeeds: number;
  claimedNeeds: number;
}

const LIST = 'query PublicCommunities { publicCommunities { id name subdistrict publishedNeeds claimedNeeds } }';
const PAGE = `query PublicCommunityPage($id: ID!) { publicCommunityPage(communityId: $id) {
  community { id name subdistrict publishedNeeds claimedNeeds }
  needs { id title category status claimedBy publishedAt doneAt }
  agreements { id unit signedAt status }
  closedCases { month category closed }
} }`;

const date = (iso: string | null, lang: Lang) =>
  iso ? new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso)) : '';

type Load<T> = { state: 'loading' } | { state: 'failed' } | { state: 'done'; data: T };

function useLoad<T>(load: () => Promise<T>): [Load<T>, () => void] {
  const [result, setResult] = useState<Load<T>>({ state: 'loading' });
  const run = useCallback(() => {
    setResult({ state: 'loading' });
    load().then(
      (data) => setResult({ state: 'done', data }),
      () => setResult({ state: 'failed' }),
    );
  }, [load]);
  useEffect(run, [run]);
  return [result, run];
}

/** `/public` lists the communities; `/public/<id>` is one community's page. Links move within the page. */
export default function PublicPage() {
  const [lang, setLang] = useState<Lang>(storedLang);
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const back = () => setPath(location.pathname);
    window.addEventListener('popstate', back);
    return () => window.removeEventListener('popstate', back);
  }, []);
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const to = event.currentTarget.getAttribute('href') ?? '/public';
    history.pushState(null, '', to);
    setPath(to);
    window.scrollTo(0, 0);
  };
  const w = PUBLIC_WORDS[lang].page;
  const communityId = path.split('/')[2];
  const links = [
    { href: '/public', label: w.back, onClick: go },
    { href: '/login', label: w.signIn },
    { href: '/register', label: FIELD_WORDS[lang].resident.registerLink },
  ];
  return communityId ? (
    <CommunityPage key={`${communityId}-${lang}`} id={communityId} lang={lang} onLang={setLang} links={links} />
  ) : (
    <FieldShell lang={lang} onLang={setLang} title={w.title} links={links}>
      <CommunityList lang={lang} go={go} />
    </FieldShell>
  );
}

function Failed({ lang, retry }: { lang: Lang; retry: () => void }) {
  const w = PUBLIC_WORDS[lang].page;
  return (
    <div className="gj-pub-state" role="alert">
      <p>{w.failed}</p>
      <button type="button" className="gj-pub-button" onClick={retry}>
        {w.retry}
      </button>
    </div>
  );
}

function CommunityList({ lang, go }: { lang: Lang; go: (event: MouseEvent<HTMLAnchorElement>) => void }) {
  const w = PUBLIC_WORDS[lang].page;
  const load = useCallback(async () => (await gqlRequest<{ publicCommunities: CommunityRow[] }>('PublicCommunities', LIST)).publicCommunities, []);
  const [result, retry] = useLoad(load);
  if (result.state === 'loading') return <p role="status">{w.loading}</p>;
  if (result.state === 'failed') return <Failed lang={lang} retry={retry} />;
  const bySubdistrict = new Map<string, CommunityRow[]>();
  for (const c of result.data) bySubdistrict.set(c.subdistrict, [...(bySubdistrict.get(c.subdistrict) ?? []), c]);
  return (
    <>
      <p className="gj-pub-intro">{w.intro}</p>
      {[...bySubdistrict].map(([subdistrict, communities]) => (
        <section key={subdistrict} className="gj-pub-card">
          <h2>{subdistrict}</h2>
          <ul className="gj-pub-list">
            {communities.map((c) => (
              <li key={c.id}>
                <a href={`/public/${c.id}`} onClick={go}>
                  {c.name}
                </a>
                <span className="gj-pub-muted">
                  {fill(w.published, { count: c.publishedNeeds })} · {fill(w.claimed, { count: c.claimedNeeds })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function CommunityPage({ id, lang, onLang, links }: { id: string; lang: Lang; onLang: (lang: Lang) => void; links: Parameters<typeof FieldShell>[0]['links'] }) {
  const words = PUBLIC_WORDS[lang];
  const w = words.page;
  const load = useCallback(async () => (await gqlRequest<{ publicCommunityPage: PublicPageData | null }>('PublicCommunityPage', PAGE, { id })).publicCommunityPage, [id]);
  const [result, retry] = useLoad(load);
  const page = result.state === 'done' ? result.data : null;
  const title = page ? page.community.name : w.title;
  return (
    <FieldShell lang={lang} onLang={onLang} title={title} links={links}>
      {result.state === 'loading' && <p role="status">{w.loading}</p>}
      {result.state === 'failed' && <Failed lang={lang} retry={retry} />}
      {result.state === 'done' && !page && <p className="gj-pub-state">{w.notFound}</p>}
      {page && (
        <>
          <p className="gj-pub-intro">
            {page.community.subdistrict} · {fill(w.published, { count: page.community.publishedNeeds })} · {fill(w.claimed, { count: page.community.claimedNeeds })}
          </p>
          <section className="gj-pub-card" aria-labelledby="gj-pub-needs">
            <h2 id="gj-pub-needs">{w.needs}</h2>
            {page.needs.length === 0 ? (
              <p className="gj-pub-muted">{w.needsNone}</p>
            ) : (
              <ul className="gj-pub-list" data-testid="public-needs">
                {page.needs.map((n) => (
                  <li key={n.id}>
                    <div className="gj-pub-line">
                      <h3>{n.title}</h3>
                      <span className={`gj-pub-tag gj-pub-${n.status.toLowerCase()}`}>{words.needStatus[n.status]}</span>
                    </div>
                    <div className="gj-pub-muted">
                      {words.needCategory[n.category]} · {n.claimedBy.length ? fill(w.claimedBy, { units: n.claimedBy.join(w.separator) }) : w.notClaimed}
                    </div>
                    <div className="gj-pub-muted">
                      {fill(w.publishedOn, { date: date(n.publishedAt, lang) })}
                      {n.doneAt && ` · ${fill(w.doneOn, { date: date(n.doneAt, lang) })}`}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="gj-pub-card" aria-labelledby="gj-pub-agreements">
            <h2 id="gj-pub-agreements">{w.agreements}</h2>
            {page.agreements.length === 0 ? (
              <p className="gj-pub-muted">{w.agreementsNone}</p>
            ) : (
              <ul className="gj-pub-list">
                {page.agreements.map((a) => (
                  <li key={a.id}>
                    <div className="gj-pub-line">
                      <span>{a.unit}</span>
                      <span className="gj-pub-tag">{words.agreementStatus[a.status]}</span>
                    </div>
                    <div className="gj-pub-muted">{fill(w.signedOn, { date: date(a.signedAt, lang) })}</div>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <ClosedCases page={page} lang={lang} categories={FIELD_WORDS[lang].caseCategory} />
          <section className="gj-pub-card" aria-labelledby="gj-pub-download">
            <h2 id="gj-pub-download">{w.download}</h2>
            <div className="gj-pub-downloads">
              <a className="gj-pub-button" href={`/api/public/communities/${id}/open-data.xlsx`} download>
                {w.downloadXlsx}
              </a>
              {(
                [
                  ['needs', w.needs],
                  ['agreements', w.agreements],
                  ['closed-cases', w.cases],
                ] as const
              ).map(([table, label]) => (
                <a key={table} className="gj-pub-button" href={`/api/public/communities/${id}/${table}.csv`} download>
                  {fill(w.downloadCsv, { table: label })}
                </a>
              ))}
            </div>
          </section>
        </>
      )}
    </FieldShell>
  );
}
