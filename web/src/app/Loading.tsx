import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <div style={{ padding: 48, textAlign: 'center' }} role="status">
      <div className="gj-spinner" />
      <div style={{ marginTop: 8, color: '#888' }}>{t('common.loading')}</div>
    </div>
  );
}
