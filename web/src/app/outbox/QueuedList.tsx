import { useSyncExternalStore } from 'react';
import { FIELD_WORDS, fill, type Lang } from '../light/words';
import './queued.css';
import { discard, outbox, retry } from './outbox';
import type { OutboxItem, OutboxKind } from './types';

/** The queued writes, of some kinds when given. */
export function useOutbox(kinds?: OutboxKind[]): OutboxItem[] {
  const all = useSyncExternalStore(outbox.subscribe, outbox.items);
  return kinds ? all.filter((i) => kinds.includes(i.kind)) : all;
}

/**
 * "待发送 (2)": what this phone still has to send, why a refused one was refused, and what to do
 * about it. Plain markup, so the light report page can show it before the app has loaded.
 */
export function QueuedList({ kinds, lang }: { kinds?: OutboxKind[]; lang: Lang }) {
  const w = FIELD_WORDS[lang].outbox;
  const items = useOutbox(kinds);
  if (!items.length) return null;
  return (
    <section className="gj-queued" data-testid="outbox">
      <h2 className="gj-queued-title">{fill(w.title, { count: items.length })}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id} data-testid={`outbox-item-${item.status}`}>
            <div className="gj-queued-line">
              <span>{`${w.kind[item.kind]}：${item.label}`}</span>
              <span className={`gj-queued-tag gj-queued-${item.status}`} data-testid={`outbox-${item.status}`}>
                {w.status[item.status]}
              </span>
            </div>
            <div className={item.error ? 'gj-queued-error' : 'gj-queued-hint'}>{item.error ?? (item.status === 'sending' ? w.sendingHint : w.waitingHint)}</div>
            {(item.status === 'failed' || item.status === 'conflict') && (
              <div className="gj-queued-actions">
                {item.status === 'failed' && (
                  <button type="button" onClick={() => void retry(item.id)}>
                    {w.retry}
                  </button>
                )}
                <button type="button" onClick={() => void discard(item.id)}>
                  {item.status === 'conflict' ? w.understood : w.discard}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
