import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';
import { DueVisits } from './DueVisits';
import { Households } from './Households';
import { Ribbons } from './Ribbons';
import { Teams } from './Teams';

/** 敲门 and 黄丝带: today's visits, the households, the open ribbons. */
export default function CarePage() {
  const { t } = useTranslation();
  const { viewer, hasRole } = useAuth();
  const community = hasRole('COMMUNITY_SECRETARY') ? viewer?.community : null;
  return (
    <Card title={t('care.nav')}>
      <Tabs
        items={[
          { key: 'due', label: t('care.due'), children: <DueVisits /> },
          { key: 'households', label: t('care.households'), children: <Households /> },
          { key: 'ribbons', label: t('care.ribbons'), children: <Ribbons /> },
          ...(community ? [{ key: 'teams', label: t('volunteer.teams'), children: <Teams communityId={community.id} /> }] : []),
        ]}
      />
    </Card>
  );
}
