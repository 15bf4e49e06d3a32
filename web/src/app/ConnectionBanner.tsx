import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { connection } from './connection';

/** "Reconnecting…" across the top of every page while the server or its database does not answer. Plain markup: the shell stays small. */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const down = useSyncExternalStore(connection.subscribe, connection.isDown);
  if (!down) return null;
  return (
    <div className="gj-reconnecting" role="status" aria-live="polite" data-testid="reconnecting">
      {t('common.reconnecting')}
    </div>
  );
}
