import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <div style={{ padding: 48, textAlign: 'center' }} role="status">
      <div className="gj-spinner" aria-hidden="true" />
      <div style={{ marginTop: 8, color: 'rgba(0, 0, 0, 0.65)' }}>{t('common.loading')}</div>
    </div>
  );
}
