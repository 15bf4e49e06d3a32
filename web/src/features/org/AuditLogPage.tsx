import '../../app/dayjs-locale';
import { useQuery } from '@apollo/client/react';
import { App, Button, Card, DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { PagerBar, useCursorPages } from '../../app/pager';
import { EmptyState, LoadError } from '../../app/states';
import { graphql } from '../../gql';
import type { AuditEventsQuery } from '../../gql/graphql';

const PAGE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const PERSONAL_DATA_READ = 'PERSONAL_DATA_READ';

/** What the log records: reads of personal data and the state changes the services audit. */
export const AUDIT_ACTIONS = [
  PERSONAL_DATA_READ,
  'SIGNED_IN',
  'PASSWORD_CHANGED',
  'PASSWORD_RESET',
  'USER_CREATED',
  'USER_UPDATED',
  'USER_ACTIVATED',
  'USER_DEACTIVATED',
  'COMMUNITY_CREATED',
  'COMMUNITY_UPDATED',
  'GRID_CREATED',
  'GRID_RENAMED',
  'GRID_DELETED',
  'COMMITTEE_MEMBER_ADDED',
  'COMMITTEE_MEMBER_UPDATED',
  'COMMITTEE_MEMBER_REMOVED',
  'UNIT_CREATED',
  'UNIT_UPDATED',
  'MEETING_SCHEDULED',
  'MEETING_UPDATED',
  'AGREEMENT_SIGNED',
  'AGREEMENT_TERMINATED',
  'RESOURCE_ADDED',
  'RESOURCE_UPDATED',
  'RESOURCE_WITHDRAWN',
  'VOLUNTEER_REGISTERED',
  'TASK_CREATED',
  'TASK_SIGNED_UP',
  'TASK_WAITLISTED',
  'TASK_PROMOTED',
  'TASK_WITHDRAWN',
  'HOURS_CONFIRMED',
  'TEAM_CREATED',
  'HOUSEHOLD_ADDED',
  'SCHEDULE_CREATED',
] as const;

export const AUDIT_SUBJECTS = [
  'User',
  'Household',
  'Visit',
  'RibbonRequest',
  'CasePhoto',
  'PartnerUnit',
  'Community',
  'JointMeeting',
  'Agreement',
  'Resource',
  'Volunteer',
  'Task',
  'Team',
] as const;

export const AUDIT_EVENTS = graphql(`
  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node { id at action subjectType subjectId note fields path actor { id username displayName } }
      }
    }
  }
`);

const ACTOR_OPTIONS = graphql(`
  query AuditActorOptions($search: String) {
    users(filter: { search: $search }, first: 20) {
      edges { node { id username displayName } }
    }
  }
`);

type Row = AuditEventsQuery['auditEvents']['edges'][number]['node'];
type Actor = NonNullable<Row['actor']>;

/** 审计日志: who changed what, and who read whose personal data (PIPL), for administrators. */
export default function AuditLogPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const pages = useCursorPages();
  const [actor, setActor] = useState<Actor | null>(null);
  const [actorSearch, setActorSearch] = useState('');
  const [subjectType, setSubjectType] = useState<string | undefined>();
  const [subjectId, setSubjectId] = useState<string | null>(null);
  const [subjectText, setSubjectText] = useState('');
  const [actions, setActions] = useState<string[]>([]);
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);

  const filtered = !!(actor || subjectType || subjectId || actions.length || range);
  const filter = {
    actorId: actor?.id ?? null,
    subjectType: subjectType ?? null,
    subjectId,
    actions: actions.length ? actions : null,
    // Whole days in the browser's time zone: [first day 00:00, the day after the last).
    from: range ? range[0].startOf('day').toISOString() : null,
    to: range ? range[1].add(1, 'day').startOf('day').toISOString() : null,
  };
  const { data, loading, error, refetch } = useQuery(AUDIT_EVENTS, { variables: { filter, first: PAGE, after: pages.after } });
  const actorOptions = useQuery(ACTOR_OPTIONS, { variables: { search: actorSearch || null } });
  const events = data?.auditEvents;

  const changed =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      pages.restart();
    };
  const chooseSubject = (id: string | null) => {
    setSubjectText(id ?? '');
    setSubjectId(id);
    pages.restart();
  };
  const actionLabel = (action: string) => t(`auditActions.${action}`, { defaultValue: action });
  const subjectLabel = (type: string) => t(`auditSubjects.${type}`, { defaultValue: type });
  const people = actorOptions.data?.users.edges.map((e) => e.node) ?? [];
  const actorChoices = actor && !people.some((p) => p.id === actor.id) ? [actor, ...people] : people;

  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;

  return (
    <Card title={t('audit.title')}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          showSearch
          filterOption={false}
          placeholder={t('audit.actor')}
          aria-label={t('audit.actor')}
          style={{ width: 200 }}
          value={actor?.id}
          loading={actorOptions.loading}
          onSearch={(text) => setActorSearch(text.trim())}
          onChange={(id?: string) => {
            setActor(actorChoices.find((p) => p.id === id) ?? null);
            setActorSearch('');
            pages.restart();
          }}
          options={actorChoices.map((p) => ({ value: p.id, label: `${p.displayName}（${p.username}）` }))}
          data-testid="audit-actor-filter"
        />
        <Select
          allowClear
          placeholder={t('audit.subjectType')}
          aria-label={t('audit.subjectType')}
          style={{ width: 160 }}
          value={subjectType}
          onChange={changed(setSubjectType)}
          options={AUDIT_SUBJECTS.map((type) => ({ value: type, label: subjectLabel(type) }))}
          data-testid="audit-subject-type-filter"
        />
        <Input.Search
          allowClear
          placeholder={t('audit.subjectId')}
          aria-label={t('audit.subjectId')}
          style={{ width: 260 }}
          value={subjectText}
          onChange={(e) => {
            setSubjectText(e.target.value);
            if (!e.target.value) chooseSubject(null);
          }}
          onSearch={(text) => {
            const id = text.trim();
            if (id && !UUID.test(id)) {
              message.warning(t('audit.badSubjectId'));
              return;
            }
            chooseSubject(id || null);
          }}
          data-testid="audit-subject-filter"
        />
        <Select
          allowClear
          mode="multiple"
          maxCount={20}
          maxTagCount="responsive"
          placeholder={t('audit.action')}
          aria-label={t('audit.action')}
          style={{ width: 260 }}
          value={actions}
          onChange={changed(setActions)}
          optionFilterProp="label"
          options={AUDIT_ACTIONS.map((action) => ({ value: action, label: actionLabel(action) }))}
          data-testid="audit-action-filter"
        />
        <DatePicker.RangePicker value={range} onChange={(value) => changed(setRange)(value?.[0] && value[1] ? [value[0], value[1]] : null)} data-testid="audit-range-filter" />
        {filtered && (
          <Button
            type="link"
            onClick={() => {
              setActor(null);
              setSubjectType(undefined);
              chooseSubject(null);
              setActions([]);
              setRange(null);
            }}
          >
            {t('audit.clearFilters')}
          </Button>
        )}
      </Space>
      <Table<Row>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={events?.edges.map((e) => e.node) ?? []}
        scroll={{ x: 1100 }}
        pagination={false}
        locale={{ emptyText: <EmptyState text={t('audit.empty')} /> }}
        data-testid="audit-table"
        columns={[
          { title: t('audit.at'), dataIndex: 'at', width: 170, render: formatDateTime },
          {
            title: t('audit.actor'),
            key: 'actor',
            width: 150,
            render: (_, row) =>
              row.actor ? (
                <Typography.Link
                  onClick={() => {
                    setActor(row.actor);
                    pages.restart();
                  }}
                  title={row.actor.username}
                >
                  {row.actor.displayName}
                </Typography.Link>
              ) : (
                <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>
              ),
          },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            width: 150,
            render: (action: string) => <Tag color={action === PERSONAL_DATA_READ ? 'orange' : 'blue'}>{actionLabel(action)}</Tag>,
          },
          {
            title: t('audit.subject'),
            key: 'subject',
            width: 220,
            render: (_, row) => (
              <Space size={4} wrap>
                <span>{subjectLabel(row.subjectType)}</span>
                <Typography.Link
                  code
                  onClick={() => {
                    // With its type, so the (type, id) index answers.
                    setSubjectType(row.subjectType);
                    chooseSubject(row.subjectId);
                  }}
                  title={row.subjectId}
                >
                  {row.subjectId.slice(0, 8)}
                </Typography.Link>
              </Space>
            ),
          },
          {
            title: t('audit.fields'),
            dataIndex: 'fields',
            width: 220,
            render: (fields: string[]) =>
              fields.length ? (
                <Space size={[0, 4]} wrap>
                  {fields.map((field) => (
                    <Tag key={field}>{t(`auditFields.${field}`, { defaultValue: field })}</Tag>
                  ))}
                </Space>
              ) : (
                '—'
              ),
          },
          { title: t('audit.path'), dataIndex: 'path', width: 120, render: (path: string | null) => (path ? <Typography.Text code>{path}</Typography.Text> : '—') },
          { title: t('audit.note'), dataIndex: 'note', render: (note: string | null) => note || '—' },
        ]}
      />
      <PagerBar pages={pages} connection={events} />
    </Card>
  );
}
