import { useQuery, useSubscription } from '@apollo/client/react';
import { App, Card, Input, Space, Switch, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { formatDateTime } from '../../app/format';
import { PagerBar, useCursorPages } from '../../app/pager';
import { EmptyState, LoadError } from '../../app/states';
import type { CaseStatus, CasesQuery } from '../../gql/graphql';
import { CASE_STATUS_COLORS, CASE_UPDATES, CASES } from './case.documents';

const PAGE = 20;
type Row = CasesQuery['cases']['edges'][number]['node'];

/** The command centre's queue, a unit's inbox, a grid worker's verification list: one list, tabs by role, live. */
export default function CasesPage() {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  const { hasRole } = useAuth();
  const tabs: CaseStatus[] = hasRole('COMMAND_CENTER')
    ? ['REPORTED', 'ACCEPTED', 'DISPATCHED', 'HANDLED', 'VERIFIED']
    : hasRole('UNIT_REP')
      ? ['UNSIGNED' as CaseStatus, 'DISPATCHED', 'HANDLED', 'CLOSED']
      : hasRole('GRID_WORKER')
        ? ['HANDLED', 'DISPATCHED', 'CLOSED']
        : [];
  const [tab, setTab] = useState<string>(tabs[0] ?? 'ALL');
  const [overdue, setOverdue] = useState(false);
  const [search, setSearch] = useState('');
  const pages = useCursorPages();
  const { data, loading, error, refetch } = useQuery(CASES, {
    variables: {
      status: tab === 'ALL' || tab === 'UNSIGNED' ? null : [tab as CaseStatus],
      unsigned: tab === 'UNSIGNED' || null,
      overdue: overdue || null,
      search: search || null,
      first: PAGE,
      after: pages.after,
    },
  });

  useSubscription(CASE_UPDATES, {
    onData: ({ data: update }) => {
      const event = update.data?.caseUpdates;
      if (event?.action === 'REPORTED' && event.case && hasRole('COMMAND_CENTER'))
        notification.info({ message: t('cases.newCase', { title: `${event.case.number} ${event.case.title}` }), placement: 'bottomRight' });
      // Every update refetches the page, RESYNC (updates may have been missed) included.
      void refetch();
    },
  });

  const select = (key: string) => {
    setTab(key);
    pages.restart();
  };
  const cases = data?.cases;
  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;

  return (
    <Card
      title={
        <Space>
          {t(hasRole('COMMAND_CENTER') ? 'cases.queue' : hasRole('UNIT_REP') ? 'cases.inbox' : hasRole('GRID_WORKER') ? 'cases.verify' : 'labels.allCases')}
          <Tag color="green">{t('cases.live')}</Tag>
        </Space>
      }
      extra={
        <Space wrap>
          <Input.Search
            allowClear
            size="small"
            style={{ width: 220 }}
            placeholder={t('labels.searchNumber')}
            aria-label={t('labels.searchNumber')}
            maxLength={100}
            onSearch={(value) => {
              setSearch(value.trim());
              pages.restart();
            }}
            data-testid="case-search"
          />
          <Switch
            size="small"
            aria-label={t('cases.overdueOnly')}
            checked={overdue}
            onChange={(v) => {
              setOverdue(v);
              pages.restart();
            }}
          />{' '}
          {t('cases.overdueOnly')}
        </Space>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={select}
        items={[...tabs.map((s) => ({ key: s, label: s === ('UNSIGNED' as CaseStatus) ? t('cases.unsigned') : t(`caseStatus.${s}`) })), { key: 'ALL', label: t('common.all') }]}
      />
      <Table<Row>
        rowKey="id"
        loading={loading && !data}
        dataSource={cases?.edges.map((e) => e.node) ?? []}
        pagination={false}
        scroll={{ x: 990 }}
        locale={{ emptyText: <EmptyState text={t('cases.empty')} /> }}
        columns={[
          { title: t('labels.caseNumber'), dataIndex: 'number', width: 170, render: (v: string, c) => <Link to={`/cases/${c.id}`}>{v}</Link> },
          {
            title: t('cases.title'),
            dataIndex: 'title',
            render: (title: string, c) => (
              <Space>
                <Link to={`/cases/${c.id}`}>{title}</Link>
                {c.overdue && <Tag color="red">{t('cases.overdue')}</Tag>}
                {c.status === 'DISPATCHED' && !c.acknowledgedAt && c.acknowledgeDueAt && <SignTag due={c.acknowledgeDueAt} />}
              </Space>
            ),
          },
          { title: t('cases.category'), dataIndex: 'category', render: (v: string) => t(`caseCategory.${v}`) },
          { title: t('resident.source'), dataIndex: 'source', render: (v: string) => t(`caseSource.${v}`) },
          { title: t('cases.status'), dataIndex: 'status', render: (s: CaseStatus) => <Tag color={CASE_STATUS_COLORS[s]}>{t(`caseStatus.${s}`)}</Tag> },
          { title: t('cases.unit'), key: 'unit', render: (_, c) => c.assignedUnit?.name ?? '—' },
          { title: t('joint.community'), key: 'community', render: (_, c) => c.community?.name ?? '—' },
          { title: t('cases.reportedAt'), dataIndex: 'reportedAt', render: formatDateTime },
          { title: t('cases.dueAt'), dataIndex: 'dueAt', render: formatDateTime },
        ]}
      />
      <PagerBar pages={pages} connection={cases} />
    </Card>
  );
}

/** 待签收 with the time left, or 签收已超时. */
function SignTag({ due }: { due: string }) {
  const { t } = useTranslation();
  const minutes = Math.floor((new Date(due).getTime() - Date.now()) / 60_000);
  if (minutes < 0) return <Tag color="red">{t('cases.signOverdue')}</Tag>;
  const time = t('cases.hoursMinutes', { h: Math.floor(minutes / 60), m: minutes % 60 });
  return (
    <Tag color="orange" data-testid="sign-left">
      {t('cases.unsigned')} · {t('cases.signLeft', { time })}
    </Tag>
  );
}
