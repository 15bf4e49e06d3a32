import '../../app/dayjs-locale';
import { PlusOutlined } from '@ant-design/icons';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, DatePicker, Drawer, Form, Input, InputNumber, List, Progress, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { formatDateTime, formatTime } from '../../app/format';
import { SaveModal } from '../../app/SaveModal';
import { EmptyState } from '../../app/states';
import { graphql } from '../../gql';
import type { VolunteerTasksQuery } from '../../gql/graphql';
import { TASKS } from './volunteer.documents';

// Loaded when a form opens: a page's cold load (the slow-phone budget) does not carry it.
const PositionFields = lazy(() => import('../map/PositionFields').then((m) => ({ default: m.PositionFields })));

const CREATE = graphql(`mutation CreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }`);
const MATCHES = graphql(`
  query VolunteerMatches($taskId: ID!) {
    volunteerMatches(taskId: $taskId, first: 20) { score reasons volunteer { id skills user { displayName } } }
  }
`);
const INVITE = graphql(`mutation InviteVolunteer($taskId: ID!, $volunteerId: ID!) { inviteVolunteer(taskId: $taskId, volunteerId: $volunteerId) { id } }`);
const SIGNUPS = graphql(`
  query TaskSignups($communityId: ID) {
    tasks(communityId: $communityId) { id signups { id status checkedInAt checkedOutAt confirmedHours volunteer { id user { displayName } } } }
  }
`);
const CONFIRM = graphql(`mutation ConfirmServiceHours($signupId: ID!, $hours: Float) { confirmServiceHours(signupId: $signupId, hours: $hours) { id confirmedHours } }`);

type Task = VolunteerTasksQuery['tasks'][number];
interface Values {
  title: string;
  window: [Dayjs, Dayjs];
  capacity: number;
  requiredSkills?: string[];
  place?: string;
  latitude?: number | null;
  longitude?: number | null;
}

/** The secretary's desk: publish tasks, and for any task see the best-fitting volunteers and why. */
export function SecretaryTasks({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tasks = useQuery(TASKS, { variables: { communityId } });
  const [create, creating] = useMutation(CREATE);
  const [loadMatches, matches] = useLazyQuery(MATCHES, { fetchPolicy: 'network-only' });
  const [invite] = useMutation(INVITE);
  const [confirm] = useMutation(CONFIRM);
  const signups = useQuery(SIGNUPS, { variables: { communityId } });
  const [invited, setInvited] = useState<Set<string>>(new Set());
  const [open, setOpen] = useState(false);
  const [matching, setMatching] = useState<Task | null>(null);
  const [form] = Form.useForm<Values>();

  const save = async () => {
    const v = await form.validateFields();
    try {
      await create({
        variables: {
          input: {
            communityId,
            title: v.title,
            startsAt: v.window[0].toISOString(),
            endsAt: v.window[1].toISOString(),
            capacity: v.capacity,
            requiredSkills: v.requiredSkills ?? [],
            place: v.place || null,
            latitude: v.latitude ?? null,
            longitude: v.longitude ?? null,
          },
        },
      });
      message.success(t('volunteer.taskPublished'));
      setOpen(false);
      form.resetFields();
      void tasks.refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Card
      title={t('volunteer.tasks')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
          {t('volunteer.createTask')}
        </Button>
      }
    >
      <Table<Task>
        rowKey="id"
        loading={tasks.loading && !tasks.data}
        dataSource={tasks.data?.tasks ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 760 }}
        locale={{ emptyText: <EmptyState text={t('volunteer.empty')} /> }}
        expandable={{
          expandedRowRender: (task) => (
            <List
              size="small"
              header={t('volunteer.signups')}
              dataSource={signups.data?.tasks.find((x) => x.id === task.id)?.signups ?? []}
              renderItem={(s) => (
                <List.Item
                  actions={[
                    s.checkedOutAt && s.confirmedHours === null ? (
                      <Button
                        key="c"
                        size="small"
                        onClick={() =>
                          confirm({ variables: { signupId: s.id, hours: null } })
                            .then(() => signups.refetch())
                            .catch((e) => message.error(errorMessage(e)))
                        }
                      >
                        {t('volunteer.confirmHours')}
                      </Button>
                    ) : null,
                  ].filter(Boolean)}
                >
                  <Space wrap>
                    {s.volunteer.user.displayName}
                    <Tag>{t(s.status === 'CONFIRMED' ? 'volunteer.confirmed' : 'volunteer.waitlisted')}</Tag>
                    {s.checkedInAt && <span>{`${t('volunteer.checkIn')} ${formatTime(s.checkedInAt)}`}</span>}
                    {s.checkedOutAt && <span>{`${t('volunteer.checkOut')} ${formatTime(s.checkedOutAt)}`}</span>}
                    {s.confirmedHours !== null && s.confirmedHours !== undefined && <Tag color="green">{`${s.confirmedHours} h`}</Tag>}
                  </Space>
                </List.Item>
              )}
            />
          ),
        }}
        columns={[
          { title: t('joint.title'), dataIndex: 'title' },
          { title: t('volunteer.startsAt'), dataIndex: 'startsAt', render: (v: string) => formatDateTime(v) },
          { title: t('volunteer.capacity'), key: 'c', render: (_, task) => `${task.signupCount} / ${task.capacity}` },
          { title: t('joint.status'), dataIndex: 'status', render: (s: string) => <Tag>{t(`taskStatus.${s}`)}</Tag> },
          { title: t('volunteer.requiredSkills'), dataIndex: 'requiredSkills', render: (skills: string[]) => skills.map((s) => <Tag key={s}>{s}</Tag>) },
          {
            title: t('common.actions'),
            key: 'match',
            render: (_, task) => (
              <Button
                size="small"
                onClick={() => {
                  setInvited(new Set());
                  setMatching(task);
                  void loadMatches({ variables: { taskId: task.id } });
                }}
                data-testid={`match-${task.title}`}
              >
                {t('volunteer.matches')}
              </Button>
            ),
          },
        ]}
      />
      <Drawer open={!!matching} width={Math.min(560, window.innerWidth)} title={`${t('volunteer.matches')} · ${matching?.title ?? ''}`} onClose={() => setMatching(null)}>
        <List
          loading={matches.loading}
          dataSource={matches.data?.volunteerMatches ?? []}
          locale={{ emptyText: <EmptyState text={t('volunteer.noMatches')} /> }}
          renderItem={(m) => (
            <List.Item
              actions={[
                <Button
                  key="invite"
                  size="small"
                  disabled={invited.has(m.volunteer.id)}
                  onClick={() =>
                    matching &&
                    invite({ variables: { taskId: matching.id, volunteerId: m.volunteer.id } })
                      .then(() => setInvited(new Set([...invited, m.volunteer.id])))
                      .catch((e) => message.error(errorMessage(e)))
                  }
                >
                  {invited.has(m.volunteer.id) ? t('volunteer.invited') : t('volunteer.invite')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Space>
                    {m.volunteer.user.displayName}
                    <Progress type="circle" size={36} percent={Math.round(m.score * 100)} />
                  </Space>
                }
                description={
                  <Space wrap size={4}>
                    {m.reasons.map((r) => (
                      <Tag key={r}>{r}</Tag>
                    ))}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </Drawer>
      <SaveModal open={open} title={t('volunteer.createTask')} onOk={save} onCancel={() => setOpen(false)} confirmLoading={creating.loading}>
        <Form form={form} layout="vertical" initialValues={{ capacity: 5 }}>
          <Form.Item name="title" label={t('joint.title')} rules={[{ required: true, whitespace: true, max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="window" label={`${t('volunteer.startsAt')} – ${t('volunteer.endsAt')}`} rules={[{ required: true }]}>
            <DatePicker.RangePicker showTime />
          </Form.Item>
          <Form.Item name="capacity" label={t('volunteer.capacity')} rules={[{ required: true }]}>
            <InputNumber min={1} max={10000} />
          </Form.Item>
          <Form.Item name="requiredSkills" label={t('volunteer.requiredSkills')}>
            <Select mode="tags" maxCount={20} />
          </Form.Item>
          <Form.Item name="place" label={t('volunteer.place')}>
            <Input maxLength={200} />
          </Form.Item>
          <Suspense fallback={null}>
            <PositionFields />
          </Suspense>
        </Form>
      </SaveModal>
    </Card>
  );
}
