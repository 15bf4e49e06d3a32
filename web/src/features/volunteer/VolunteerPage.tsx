import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { App, Button, Card, List, Popconfirm, Space, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { Loading } from '../../app/Loading';
import { EmptyState } from '../../app/states';
import { graphql } from '../../gql';
import { HoursToConfirm } from './HoursToConfirm';
import { LeaderHours } from './LeaderHours';
import { ProfileCard } from './ProfileCard';
import { SecretaryTasks } from './SecretaryTasks';
import { MY_PROFILE, MY_SIGNUPS, TASKS } from './volunteer.documents';

const SIGN_UP = graphql(`mutation SignUpForTask($taskId: ID!) { signUpForTask(taskId: $taskId) { id status } }`);
const WAITLIST = graphql(`mutation JoinTaskWaitlist($taskId: ID!) { joinTaskWaitlist(taskId: $taskId) { id status } }`);
const WITHDRAW = graphql(`mutation WithdrawFromTask($taskId: ID!) { withdrawFromTask(taskId: $taskId) }`);
const CHECK_IN = graphql(`mutation CheckInToTask($taskId: ID!) { checkInToTask(taskId: $taskId) { id checkedInAt } }`);
const CHECK_OUT = graphql(`mutation CheckOutOfTask($taskId: ID!) { checkOutOfTask(taskId: $taskId) { id checkedOutAt } }`);
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

/** Phone-first for volunteers (profile, tasks of their community, their sign-ups); secretaries get the task desk. */
export default function VolunteerPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { viewer, hasRole } = useAuth();
  const profile = useQuery(MY_PROFILE);
  const communityId = profile.data?.myVolunteerProfile?.community?.id ?? viewer?.community?.id ?? null;
  const tasks = useQuery(TASKS, { variables: { communityId }, skip: !profile.data?.myVolunteerProfile });
  const mine = useQuery(MY_SIGNUPS, { skip: !hasRole('VOLUNTEER') });
  const [signUp] = useMutation(SIGN_UP);
  const [waitlist] = useMutation(WAITLIST);
  const [withdraw] = useMutation(WITHDRAW);
  const [checkIn] = useMutation(CHECK_IN);
  const [checkOut] = useMutation(CHECK_OUT);
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
  const [busy, setBusy] = useState<string | null>(null);
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
  const act = async (taskId: string, work: () => Promise<unknown>) => {
    setBusy(taskId);
    try {
      await work();
      message.success(t('common.saved'));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(null);
      refresh();
    }
  };
  const when = (a: string, b: string) => `${new Date(a).toLocaleString(i18n.language)} – ${new Date(b).toLocaleTimeString(i18n.language)}`;
  const statusOf = new Map((mine.data?.mySignups ?? []).map((s) => [s.task.id, s.status]));
  const registered = profile.data?.myVolunteerProfile;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
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
                    <Button
                      key="s"
                      type="primary"
                      size="small"
                      loading={busy === inv.task.id}
                      onClick={() => act(inv.task.id, () => signUp({ variables: { taskId: inv.task.id } }))}
                    >
                      {t('volunteer.signUp')}
                    </Button>
                  ),
                ]}
              >
                {inv.task.title} · {new Date(inv.task.startsAt).toLocaleString(i18n.language)}
              </List.Item>
            )}
          />
        </Card>
      )}
      {registered && (
        <Card title={t('volunteer.title')} extra={extras.data && <Tag color="red">{t('volunteer.totalHours', { hours: extras.data.myServiceHours.totalHours })}</Tag>}>
          <Tabs
            items={[
              {
                key: 'tasks',
                label: t('volunteer.tasks'),
                children: (
                  <List
                    loading={tasks.loading && !tasks.data}
                    dataSource={(tasks.data?.tasks ?? []).filter((task) => task.status === 'OPEN' || task.status === 'FULL')}
                    locale={{ emptyText: <EmptyState text={t('volunteer.empty')} /> }}
                    renderItem={(task) => {
                      const status = statusOf.get(task.id);
                      return (
                        <List.Item
                          actions={[
                            status ? (
                              <Popconfirm
                                key="w"
                                title={t('volunteer.confirmWithdraw', { title: task.title })}
                                onConfirm={() => act(task.id, () => withdraw({ variables: { taskId: task.id } }))}
                                okText={t('volunteer.withdraw')}
                                cancelText={t('common.cancel')}
                              >
                                <Button loading={busy === task.id}>{t('volunteer.withdraw')}</Button>
                              </Popconfirm>
                            ) : task.status === 'FULL' ? (
                              <Button key="q" loading={busy === task.id} onClick={() => act(task.id, () => waitlist({ variables: { taskId: task.id } }))}>
                                {t('volunteer.waitlist')}
                              </Button>
                            ) : (
                              <Button
                                key="s"
                                type="primary"
                                loading={busy === task.id}
                                onClick={() => act(task.id, () => signUp({ variables: { taskId: task.id } }))}
                                data-testid={`sign-up-${task.title}`}
                              >
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
                              </Space>
                            }
                            description={
                              <Space wrap size={4}>
                                <span>{when(task.startsAt, task.endsAt)}</span>
                                {task.place && <span>· {task.place}</span>}
                                <Tag>{t('volunteer.places', { count: task.signupCount, capacity: task.capacity })}</Tag>
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
                ),
              },
              {
                key: 'mine',
                label: t('volunteer.mine'),
                children: (
                  <List
                    dataSource={mine.data?.mySignups ?? []}
                    locale={{ emptyText: <EmptyState text={t('volunteer.mineEmpty')} /> }}
                    renderItem={(s) => (
                      <List.Item
                        actions={
                          s.status === 'CONFIRMED'
                            ? [
                                <Button key="in" size="small" loading={busy === s.task.id} onClick={() => act(s.task.id, () => checkIn({ variables: { taskId: s.task.id } }))}>
                                  {t('volunteer.checkIn')}
                                </Button>,
                                <Button key="out" size="small" loading={busy === s.task.id} onClick={() => act(s.task.id, () => checkOut({ variables: { taskId: s.task.id } }))}>
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
                    )}
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
