import { FontSizeOutlined } from '@ant-design/icons';
import Button from 'antd/es/button';
import { useTranslation } from 'react-i18next';
import { setTextSize, useTextSize } from './text-size';

/** 标准 / 大字: a toggle that says what it does and whether it is on. */
/** `compact` (phones) shows only the icon; the name stays for screen readers. */
export function TextSizeSwitch({ light, compact }: { light?: boolean; compact?: boolean }) {
  const { t } = useTranslation();
  const large = useTextSize() === 'large';
  return (
    <Button
      type="text"
      icon={<FontSizeOutlined />}
      aria-pressed={large}
      aria-label={compact ? t('a11y.textLarge') : undefined}
      title={t('a11y.textSize')}
      data-testid="text-size"
      style={light ? { color: '#fff' } : undefined}
      onClick={() => setTextSize(large ? 'standard' : 'large')}
    >
      {compact ? null : t('a11y.textLarge')}
    </Button>
  );
}
