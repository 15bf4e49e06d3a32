import { PUBLIC_WORDS, type PublicWords } from '../../app/light/public-words';
import type { FieldWords, Lang } from '../../app/light/words';

export interface PublicPageData {
  community: { id: string; name: string; subdistrict: string; publishedNeeds: number; claimedNeeds: number };
  needs: {
    id: string;
    title: string;
    category: keyof PublicWords['needCategory'];
    status: keyof PublicWords['needStatus'];
    claimedBy: string[];
    publishedAt: string | null;
    doneAt: string | null;
  }[];
  agreements: { id: string; unit: string; signedAt: string; status: keyof PublicWords['agreementStatus'] }[];
  closedCases: { month: string; category: keyof FieldWords['caseCategory']; closed: number }[];
}

/** Cases closed per month: a table (month, each category seen, total) with a bar beside each total. */
export function ClosedCases({ page, lang, categories }: { page: PublicPageData; lang: Lang; categories: FieldWords['caseCategory'] }) {
  const w = PUBLIC_WORDS[lang].page;
  const months = [...new Set(page.closedCases.map((c) => c.month))].sort();
  const seen = (Object.keys(categories) as (keyof typeof categories)[]).filter((k) => page.closedCases.some((c) => c.category === k));
  const count = (month: string, category?: string) =>
    page.closedCases.filter((c) => c.month === month && (!category || c.category === category)).reduce((sum, c) => sum + c.closed, 0);
  const most = Math.max(1, ...months.map((m) => count(m)));
  return (
    <section className="gj-pub-card" aria-labelledby="gj-pub-cases">
      <h2 id="gj-pub-cases">{w.cases}</h2>
      {months.length === 0 ? (
        <p className="gj-pub-muted">{w.casesNone}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than a phone scrolls sideways with the arrow keys
        <section className="gj-pub-scroll" tabIndex={0} aria-labelledby="gj-pub-cases">
          <table className="gj-pub-table" data-testid="public-cases">
            <thead>
              <tr>
                <th scope="col">{w.month}</th>
                {seen.map((k) => (
                  <th key={k} scope="col">
                    {categories[k]}
                  </th>
                ))}
                <th scope="col">{w.total}</th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m}>
                  <th scope="row">{m}</th>
                  {seen.map((k) => (
                    <td key={k}>{count(m, k)}</td>
                  ))}
                  <td>
                    <span className="gj-pub-bar" style={{ width: `${(4 * count(m)) / most}rem` }} aria-hidden="true" />
                    {count(m)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
