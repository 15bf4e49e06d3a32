import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { formatDate, formatDateTime } from '../../app/format';
import { EmptyState, LoadError } from '../../app/states';
import type { PatrolWeekQuery } from '../../gql/graphql';
import { SectionForm } from './SectionForm';
import { COMMUNITY_OPTIONS, DELETE_SECTION, PATROL_WEEK } from './street.documents';

// 街长制 for the command centre and a community: each road section with its chief, whether its
// patrol group walked it this week, and the cases on it that ran past their deadline.

type Row = PatrolWeekQuery['patrolWeek'][number];

/** Monday 00:00 of the week `offset` weeks from this one, local time. */
const weekStart = (offset: number) => {
  const today = dayjs().startOf('day');
  return today.subtract((today.day() + 6) % 7, 'day').add(offset, 'week');
};

export default function StreetsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { viewer, hasRole } = useAuth();
  const cityWide = hasRole('ADMIN', 'CITY_LEADER', 'COMMAND_CENTER');
  const editor = hasRole('ADMIN', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY');
  const communities = useQuery(COMMUNITY_OPTIONS, { skip: !cityWide });
  const [picked, setPicked] = useState<string | null>(null);
  const communityId = cityWide ? (picked ?? communities.data?.communities[0]?.id ?? null) : (viewer?.community?.id ?? null);
  const [offset, setOffset] = useState(0);
  const from = useMemo(() => weekStart(offset), [offset]);
  const { data, loading, error, refetch } = useQuery(PATROL_WEEK, { variables: { communityId: communityId ?? '', from: from.toISOString() }, skip: !communityId });
  const [remove] = useMutation(DELETE_SECTION);
  const [editing, setEditing] = useState<Row['section'] | null | undefined>(undefined);

  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;
  const rows = data?.patrolWeek ?? [];
  const unwalked = rows.filter((r) => r.rounds === 0).length;

  const drop = async (id: string) => {
    try {
      await remove({ variables: { id } });
      message.success(t('street.deleted'));
      await refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Card
      title={t('street.title')}
      extra={
        editor &&
        communityId && (
          <Button type="primary" onClick={() => setEditing(null)} data-testid="add-section">
            {t('street.add')}
          </Button>
        )
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          {cityWide && (
            <Select
              aria-label={t('street.community')}
              style={{ minWidth: 200 }}
              value={communityId ?? undefined}
              onChange={setPicked}
              options={(communities.data?.communities ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
          )}
          <Button onClick={() => setOffset(offset - 1)}>{t('street.prevWeek')}</Button>
          <Typography.Text data-testid="week-label">{t('street.week', { from: formatDate(from.toDate()), to: formatDate(from.add(6, 'day').toDate()) })}</Typography.Text>
          <Button onClick={() => setOffset(offset + 1)} disabled={offset >= 0}>
            {t('street.nextWeek')}
          </Button>
        </Space>
        {rows.length > 0 && (
          <Typography.Text type={unwalked ? 'danger' : 'success'} data-testid="week-summary">
            {t('street.summary', { walked: rows.length - unwalked, total: rows.length })}
          </Typography.Text>
        )}
        <Table<Row>
          rowKey={(r) => r.section.id}
          loading={loading}
          dataSource={rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <EmptyState text={t('street.empty')} /> }}
          columns={[
            { title: t('street.name'), render: (_, r) => r.section.name },
            { title: t('street.chief'), render: (_, r) => r.section.chief?.displayName ?? <Typography.Text type="secondary">{t('street.noChief')}</Typography.Text> },
            { title: t('street.patrollers'), render: (_, r) => r.section.patrollers.map((p) => p.displayName).join('、') || '—' },
            {
              title: t('street.rounds'),
              render: (_, r) => (r.rounds > 0 ? <Tag color="green">{t('street.walked', { count: r.rounds })}</Tag> : <Tag color="red">{t('street.notWalked')}</Tag>),
            },
            { title: t('street.lastPatrol'), render: (_, r) => (r.lastPatrolAt ? formatDateTime(r.lastPatrolAt) : '—') },
            { title: t('street.openCases'), dataIndex: 'openCases' },
            { title: t('street.escalated'), render: (_, r) => (r.escalatedCases > 0 ? <Tag color="red">{r.escalatedCases}</Tag> : 0) },
            ...(editor
              ? [
                  {
                    title: t('common.actions'),
                    render: (_: unknown, r: Row) => (
                      <Space>
                        <Button size="small" onClick={() => setEditing(r.section)}>
                          {t('common.edit')}
                        </Button>
                        <Popconfirm
                          title={t('street.confirmDelete', { name: r.section.name })}
                          onConfirm={() => drop(r.section.id)}
                          okText={t('common.delete')}
                          cancelText={t('common.cancel')}
                        >
                          <Button size="small" danger>
                            {t('common.delete')}
                          </Button>
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Space>
      {communityId && (
        <SectionForm
          communityId={communityId}
          section={editing ?? null}
          open={editing !== undefined}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            void refetch();
          }}
        />
      )}
    </Card>
  );
}
