import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { App, Button, Card, List, Popconfirm, Radio, Space, Tabs, Tag, Typography } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { formatDateTime, formatTime } from '../../app/format';
import { Loading } from '../../app/Loading';
import { type OutboxKind, OutboxList, OutboxTag, outbox, submit, useOutbox } from '../../app/outbox';
import { EmptyState } from '../../app/states';
import { graphql } from '../../gql';
import { HoursToConfirm } from './HoursToConfirm';
import { LeaderHours } from './LeaderHours';
import { ProfileCard } from './ProfileCard';
import { SecretaryTasks } from './SecretaryTasks';
import { MY_PROFILE, MY_SIGNUPS, TASKS } from './volunteer.documents';

// The map is its own chunk: a volunteer who never opens it never downloads Leaflet.
const TasksNearMap = lazy(() => import('./TasksNearMap'));

const WITHDRAW = graphql(`mutation WithdrawFromTask($taskId: ID!) { withdrawFromTask(taskId: $taskId) }`);
const NEWS = graphql(`
  subscription VolunteerUpdates {
    volunteerUpdates { action task { id title } }
  }
`);
const EXTRAS = graphql(`
  query VolunteerExtras {
    myInvitations { id task { id title startsAt } }
    myServiceHours { totalHours }
  }
`);

const FIELD_WRITES: OutboxKind[] = ['signUp', 'waitlist', 'checkIn', 'checkOut'];

/** Phone-first for volunteers (profile, tasks of their community, their sign-ups); secretaries get the task desk. */
export default function VolunteerPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { viewer, hasRole } = useAuth();
  const profile = useQuery(MY_PROFILE);
  const communityId = profile.data?.myVolunteerProfile?.community?.id ?? viewer?.community?.id ?? null;
  const tasks = useQuery(TASKS, { variables: { communityId }, skip: !profile.data?.myVolunteerProfile });
  const mine = useQuery(MY_SIGNUPS, { skip: !hasRole('VOLUNTEER') });
  const [withdraw] = useMutation(WITHDRAW);
  const queued = useOutbox(FIELD_WRITES);
  const extras = useQuery(EXTRAS, { skip: !hasRole('VOLUNTEER') });
  const { notification } = App.useApp();
  // Moved up from a waiting line, or invited: said at once, and the lists refresh; RESYNC (news may have been missed): only refresh.
  useSubscription(NEWS, {
    skip: !hasRole('VOLUNTEER'),
    onData: ({ data: news }) => {
      const update = news.data?.volunteerUpdates;
      if (!update) return;
      if (update.action !== 'RESYNC')
        notification.info({ message: `${t(update.action === 'PROMOTED' ? 'volunteer.promoted' : 'volunteer.invitations')}：${update.task?.title ?? ''}`, placement: 'top' });
      void mine.refetch();
      void extras.refetch();
    },
  });
  // A sign-up or check-in that waited on the phone is announced when it finally goes out.
  useEffect(() => outbox.onSent((item) => FIELD_WRITES.includes(item.kind) && message.success(t(`volunteer.done.${item.kind}`))), [message, t]);
  const [busy, setBusy] = useState<string | null>(null);
  const [tab, setTab] = useState('tasks');
  const [tasksView, setTasksView] = useState<'list' | 'near'>('list');
  const client = useApolloClient();

  if (hasRole('COMMUNITY_SECRETARY') && viewer?.community) return <SecretaryTasks communityId={viewer.community.id} />;
  if ((hasRole('CITY_LEADER') || hasRole('ADMIN')) && !hasRole('VOLUNTEER')) return <LeaderHours />;
  if (profile.loading && !profile.data) return <Loading />;

  const refresh = () => {
    // Registering adds the VOLUNTEER role: the shell's `me` must learn it too.
    void client.refetchQueries({ include: ['Me'] });
    void profile.refetch();
    void tasks.refetch();
    void mine.refetch();
    void extras.refetch();
  };
  const act = async (taskId: string, done: string, work: () => Promise<unknown>) => {
    setBusy(taskId);
    try {
      await work();
      message.success(t(done));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(null);
      refresh();
    }
  };
  // Sign-up and check-in/out go through the outbox: without a connection they wait on the phone, keyed by this tap.
  const send = async (kind: OutboxKind, task: { id: string; title: string }) => {
    setBusy(task.id);
    try {
      const outcome = await submit({ kind, label: task.title, subject: task.id, variables: { taskId: task.id } });
      if (outcome.sent) message.success(t(`volunteer.done.${kind}`));
      else message.info(t('volunteer.queued'));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(null);
      refresh();
    }
  };
  const queuedFor = (taskId: string, kinds: OutboxKind[]) => queued.find((item) => item.subject === taskId && kinds.includes(item.kind));
  const when = (a: string, b: string) => `${formatDateTime(a)} – ${formatTime(b)}`;
  const statusOf = new Map((mine.data?.mySignups ?? []).map((s) => [s.task.id, s.status]));
  const registered = profile.data?.myVolunteerProfile;
  const home = registered?.community;
  const nearCentre: [number, number] | null = home?.latitude != null && home.longitude != null ? [home.latitude, home.longitude] : null;
  // From a marker to the task in the list, where signing up happens.
  const openTask = (taskId: string) => {
    setTab('tasks');
    setTasksView('list');
    setTimeout(() => document.getElementById(`task-${taskId}`)?.scrollIntoView({ block: 'center' }), 50);
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <OutboxList kinds={FIELD_WRITES} />
      {(!registered || !hasRole('VOLUNTEER')) && <ProfileCard profile={registered ?? null} onSaved={refresh} />}
      {registered && <HoursToConfirm />}
      {(extras.data?.myInvitations.length ?? 0) > 0 && (
        <Card size="small" title={t('volunteer.invitations')}>
          <List
            size="small"
            dataSource={extras.data?.myInvitations ?? []}
            renderItem={(inv) => (
              <List.Item
                actions={[
                  statusOf.has(inv.task.id) ? (
                    <Tag key="s" color="green">
                      {t('volunteer.confirmed')}
                    </Tag>
                  ) : (
                    <Button key="s" type="primary" size="small" loading={busy === inv.task.id} onClick={() => void send('signUp', inv.task)}>
                      {t('volunteer.signUp')}
                    </Button>
                  ),
                ]}
              >
                {inv.task.title} · {formatDateTime(inv.task.startsAt)}
              </List.Item>
            )}
          />
        </Card>
      )}
      {registered && (
        <Card title={t('volunteer.title')} extra={extras.data && <Tag color="red">{t('volunteer.totalHours', { hours: extras.data.myServiceHours.totalHours })}</Tag>}>
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              {
                key: 'tasks',
                label: t('volunteer.tasks'),
                children: (
                  <Space direction="vertical" style={{ width: '100%' }}>
                    {/* Radio buttons, not Segmented: the page loads them already (the slow-phone budget counts every chunk). */}
                    <Radio.Group
                      optionType="button"
                      value={tasksView}
                      onChange={(e) => setTasksView(e.target.value as 'list' | 'near')}
                      options={[
                        { value: 'list', label: t('maps.listView') },
                        { value: 'near', label: t('maps.nearTab') },
                      ]}
                    />
                    {tasksView === 'near' ? (
                      <Suspense fallback={<Loading />}>
                        <TasksNearMap community={nearCentre} onOpen={openTask} />
                      </Suspense>
                    ) : (
                      <List
                        loading={tasks.loading && !tasks.data}
                        dataSource={(tasks.data?.tasks ?? []).filter((task) => task.status === 'OPEN' || task.status === 'FULL')}
                        locale={{ emptyText: <EmptyState text={t('volunteer.empty')} /> }}
                        renderItem={(task) => {
                          const status = statusOf.get(task.id);
                          const waiting = queuedFor(task.id, ['signUp', 'waitlist']);
                          return (
                            <List.Item
                              id={`task-${task.id}`}
                              actions={[
                                waiting && waiting.status !== 'conflict' ? (
                                  <OutboxTag key="o" item={waiting} />
                                ) : status ? (
                                  <Popconfirm
                                    key="w"
                                    title={t('volunteer.confirmWithdraw', { title: task.title })}
                                    onConfirm={() => act(task.id, 'volunteer.done.withdraw', () => withdraw({ variables: { taskId: task.id } }))}
                                    okText={t('volunteer.withdraw')}
                                    cancelText={t('common.cancel')}
                                  >
                                    <Button loading={busy === task.id}>{t('volunteer.withdraw')}</Button>
                                  </Popconfirm>
                                ) : task.status === 'FULL' ? (
                                  <Button key="q" loading={busy === task.id} onClick={() => void send('waitlist', task)} data-testid={`waitlist-${task.title}`}>
                                    {t('volunteer.waitlist')}
                                  </Button>
                                ) : (
                                  <Button key="s" type="primary" loading={busy === task.id} onClick={() => void send('signUp', task)} data-testid={`sign-up-${task.title}`}>
                                    {t('volunteer.signUp')}
                                  </Button>
                                ),
                              ]}
                            >
                              <List.Item.Meta
                                title={
                                  <Space wrap>
                                    {task.title}
                                    {status && (
                                      <Tag color={status === 'CONFIRMED' ? 'green' : 'orange'}>{t(status === 'CONFIRMED' ? 'volunteer.confirmed' : 'volunteer.waitlisted')}</Tag>
                                    )}
                                    {waiting?.status === 'conflict' && <OutboxTag item={waiting} />}
                                  </Space>
                                }
                                description={
                                  <Space wrap size={4}>
                                    <span>{when(task.startsAt, task.endsAt)}</span>
                                    {task.place && <span>· {task.place}</span>}
                                    <Tag>{t('volunteer.places', { count: task.signupCount, capacity: task.capacity })}</Tag>
                                    {waiting?.status === 'conflict' && (
                                      <Typography.Text type="danger" data-testid={`conflict-${task.title}`}>
                                        {waiting.error}
                                      </Typography.Text>
                                    )}
                                    {task.requiredSkills.map((s) => (
                                      <Tag key={s} color="blue">
                                        {s}
                                      </Tag>
                                    ))}
                                  </Space>
                                }
                              />
                            </List.Item>
                          );
                        }}
                      />
                    )}
                  </Space>
                ),
              },
              {
                key: 'mine',
                label: t('volunteer.mine'),
                children: (
                  <List
                    dataSource={mine.data?.mySignups ?? []}
                    locale={{ emptyText: <EmptyState text={t('volunteer.mineEmpty')} /> }}
                    renderItem={(s) => {
                      const waiting = queuedFor(s.task.id, ['checkIn', 'checkOut']);
                      return (
                        <List.Item
                          actions={
                            waiting
                              ? [<OutboxTag key="o" item={waiting} />]
                              : s.status === 'CONFIRMED'
                                ? [
                                    <Button
                                      key="in"
                                      size="small"
                                      loading={busy === s.task.id}
                                      onClick={() => void send('checkIn', s.task)}
                                      data-testid={`check-in-${s.task.title}`}
                                    >
                                      {t('volunteer.checkIn')}
                                    </Button>,
                                    <Button
                                      key="out"
                                      size="small"
                                      loading={busy === s.task.id}
                                      onClick={() => void send('checkOut', s.task)}
                                      data-testid={`check-out-${s.task.title}`}
                                    >
                                      {t('volunteer.checkOut')}
                                    </Button>,
                                  ]
                                : undefined
                          }
                        >
                          <List.Item.Meta
                            title={
                              <Space wrap>
                                {s.task.title}
                                <Tag color={s.status === 'CONFIRMED' ? 'green' : 'orange'}>{t(s.status === 'CONFIRMED' ? 'volunteer.confirmed' : 'volunteer.waitlisted')}</Tag>
                                {s.promotedAt && <Tag color="gold">{t('volunteer.promoted')}</Tag>}
                              </Space>
                            }
                            description={when(s.task.startsAt, s.task.endsAt)}
                          />
                        </List.Item>
                      );
                    }}
                  />
                ),
              },
              { key: 'profile', label: t('volunteer.profile'), children: <ProfileCard profile={registered} onSaved={refresh} /> },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
