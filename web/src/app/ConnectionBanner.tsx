import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { connection } from './connection';

function fetchedAt(at: number, language: string): string {
  const when = new Date(at);
  const today = when.toDateString() === new Date().toDateString();
  const options: Intl.DateTimeFormatOptions = today
    ? { hour: '2-digit', minute: '2-digit', hour12: false }
    : { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false };
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', options).format(when);
}

/**
 * "Reconnecting…" across the top of every page while the server or its database does not answer; "offline:
 * showing what was fetched at 10:42" when the page shows what it last knew. Plain markup: the shell stays small.
 */
export function ConnectionBanner() {
  const { t, i18n } = useTranslation();
  const down = useSyncExternalStore(connection.subscribe, connection.isDown);
  const lastKnownAt = useSyncExternalStore(connection.subscribe, connection.lastKnownAt);
  if (!down) return null;
  return (
    <div className="gj-reconnecting" role="status" aria-live="polite" data-testid="reconnecting">
      {lastKnownAt === null ? t('common.reconnecting') : t('common.offlineLastKnown', { time: fetchedAt(lastKnownAt, i18n.language) })}
    </div>
  );
}
