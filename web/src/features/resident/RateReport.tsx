import { type FormEvent, useState } from 'react';
import { GqlRefusal, gqlRequest } from '../../app/light/fetch-graphql';
import { FIELD_WORDS, fill, type Lang } from '../../app/light/words';

const RATE =
  'mutation RateMyReport($id: ID!, $solved: FollowUpSolved!, $satisfaction: FollowUpSatisfaction!, $note: String) { recordFollowUp(caseId: $id, solved: $solved, satisfaction: $satisfaction, note: $note) { id } }';
const SATISFACTION = ['SATISFIED', 'BASICALLY_SATISFIED', 'NOT_SATISFIED'] as const;
const SOLVED = ['SOLVED', 'PARTLY_SOLVED', 'NOT_SOLVED'] as const;

/** 评价: a closed report asks its reporter how it went; 不满意 within 7 days sends it back (the server decides). */
export function RateReport({ lang, reportId, rating, onRated }: { lang: Lang; reportId: string; rating: string | null; onRated(): void }) {
  const w = FIELD_WORDS[lang].resident;
  const [satisfaction, setSatisfaction] = useState<(typeof SATISFACTION)[number]>('SATISFIED');
  const [solved, setSolved] = useState<(typeof SOLVED)[number]>('SOLVED');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (rating) return <p className="gj-res-meta">{fill(w.rated, { rating: w.satisfaction[rating as keyof typeof w.satisfaction] ?? rating })}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await gqlRequest('RateMyReport', RATE, { id: reportId, solved, satisfaction, note: note.trim() || null });
      onRated();
    } catch (failure) {
      setError(failure instanceof GqlRefusal ? failure.message : FIELD_WORDS[lang].shell.networkError);
    }
    setBusy(false);
  };
  const name = `rate-${reportId}`;
  return (
    <form className="gj-res-form" onSubmit={submit} data-testid="rate-report">
      <fieldset>
        <legend>{w.rate}</legend>
        {SATISFACTION.map((value) => (
          <label key={value}>
            <input type="radio" name={name} value={value} checked={satisfaction === value} onChange={() => setSatisfaction(value)} /> {w.satisfaction[value]}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${name}-solved`}>{w.solvedLabel}</label>
      <select id={`${name}-solved`} value={solved} onChange={(e) => setSolved(e.target.value as (typeof SOLVED)[number])}>
        {SOLVED.map((value) => (
          <option key={value} value={value}>
            {w.solved[value]}
          </option>
        ))}
      </select>
      <label htmlFor={`${name}-note`}>{w.comment}</label>
      <input id={`${name}-note`} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      <p className="gj-res-hint">{w.reopenHint}</p>
      {error && (
        <div className="gj-res-error" role="alert">
          {error}
        </div>
      )}
      <button type="submit" className="gj-res-primary" disabled={busy} aria-busy={busy}>
        {w.submitRating}
      </button>
    </form>
  );
}
