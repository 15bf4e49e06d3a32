import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { DueVisits } from './DueVisits';
import { Households } from './Households';
import { Ribbons } from './Ribbons';

/** 敲门 and 黄丝带: today's visits, the households, the open ribbons. */
export default function CarePage() {
  const { t } = useTranslation();
  return (
    <Card title={t('care.nav')}>
      <Tabs
        items={[
          { key: 'due', label: t('care.due'), children: <DueVisits /> },
          { key: 'households', label: t('care.households'), children: <Households /> },
          { key: 'ribbons', label: t('care.ribbons'), children: <Ribbons /> },
        ]}
      />
    </Card>
  );
}
