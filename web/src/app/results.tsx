import Result from 'antd/es/result';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

// Kept apart from the shell: Result carries large illustrations.

export default function NotFoundPage() {
  const { t } = useTranslation();
  return <Result status="404" title={t('common.notFoundTitle')} extra={<Link to="/">{t('common.backHome')}</Link>} />;
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return <Result status="403" title={t('common.forbiddenTitle')} subTitle={t('common.forbidden')} extra={<Link to="/">{t('common.backHome')}</Link>} />;
}
