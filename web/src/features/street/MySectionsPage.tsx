import { useQuery } from '@apollo/client/react';
import { Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';
import { formatDateTime } from '../../app/format';
import { EmptyState, LoadError } from '../../app/states';
import { PatrolPanel } from './PatrolPanel';
import { MY_SECTIONS } from './street.documents';

// 我的路段: a street chief sees the cases on their roads, those past their deadline first; a
// patroller starts and ends a round from here.

export default function MySectionsPage() {
  const { t } = useTranslation();
  const { viewer } = useAuth();
  const { data, loading, error, refetch } = useQuery(MY_SECTIONS, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;
  const sections = data?.myRoadSections ?? [];
  if (!loading && sections.length === 0) return <EmptyState text={t('street.noneMine')} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      {sections.map((s) => {
        const chief = s.chief?.id === viewer?.id;
        const patrols = s.patrollers.some((p) => p.id === viewer?.id);
        const cases = [...s.cases].sort((a, b) => Number(b.escalated) - Number(a.escalated));
        return (
          <Card
            key={s.id}
            title={
              <Space wrap>
                <span>{s.name}</span>
                <Typography.Text type="secondary">{s.community.name}</Typography.Text>
                {chief && <Tag color="red">{t('street.youAreChief')}</Tag>}
              </Space>
            }
            data-testid="my-section"
          >
            <Space direction="vertical" style={{ width: '100%' }}>
              {(patrols || chief) && <PatrolPanel sectionId={s.id} onChanged={() => void refetch()} />}
              <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
                {t('street.casesOnSection', { count: cases.length })}
              </Typography.Title>
              <List
                size="small"
                dataSource={cases}
                locale={{ emptyText: t('street.noCases') }}
                renderItem={(c) => (
                  <List.Item data-testid="section-case">
                    <Space direction="vertical" size={0}>
                      <Space wrap>
                        {c.escalated && <Tag color="red">{t('street.escalatedTag')}</Tag>}
                        <Typography.Text strong>{c.title}</Typography.Text>
                        <Tag>{t(`caseStatus.${c.status}`)}</Tag>
                      </Space>
                      <Typography.Text type="secondary">
                        {c.number}
                        {c.address ? ` · ${c.address}` : ''}
                        {c.unitName ? ` · ${c.unitName}` : ''}
                        {c.stageDueAt ? ` · ${t('street.dueAt', { at: formatDateTime(c.stageDueAt) })}` : ''}
                      </Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
              <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
                {t('street.latestRounds')}
              </Typography.Title>
              <List
                size="small"
                dataSource={s.rounds}
                locale={{ emptyText: t('street.noRounds') }}
                renderItem={(r) => (
                  <List.Item>
                    {r.patroller.displayName} · {formatDateTime(r.startedAt)}
                    {r.endedAt ? ` – ${formatDateTime(r.endedAt)}` : ` · ${t('street.inProgress')}`}
                    {r.casesReported ? ` · ${t('street.reportedOnWay', { count: r.casesReported })}` : ''}
                  </List.Item>
                )}
              />
            </Space>
          </Card>
        );
      })}
    </Space>
  );
}
