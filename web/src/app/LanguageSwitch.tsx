import { GlobalOutlined } from '@ant-design/icons';
import Button from 'antd/es/button';
import { useTranslation } from 'react-i18next';
import { setLanguage } from './i18n';

export function LanguageSwitch({ light }: { light?: boolean }) {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'zh-CN' : 'en';
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      title={t('app.languageTitle')}
      data-testid="language-switch"
      style={light ? { color: '#fff' } : undefined}
      onClick={() => setLanguage(next)}
    >
      {t('app.language')}
    </Button>
  );
}
