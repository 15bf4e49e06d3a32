import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, List, Segmented, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../app/apollo';
import { formatDateTime } from '../../app/format';
import { Loading } from '../../app/Loading';
import { PagerBar, useCursorPages } from '../../app/pager';
import { EmptyState, LoadError } from '../../app/states';
import { MARK_ALL_READ, MARK_READ, NOTIFICATIONS, UNREAD_COUNT } from './notify.documents';

const PAGE = 20;

/** My notifications, newest first: each links to its object and is read when followed. */
export function NotificationList() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const pages = useCursorPages();
  const { data, loading, error, refetch } = useQuery(NOTIFICATIONS, { variables: { first: PAGE, after: pages.after, unreadOnly }, fetchPolicy: 'cache-and-network' });
  const refresh = { refetchQueries: [UNREAD_COUNT, 'Notifications'] };
  const [markRead] = useMutation(MARK_READ, refresh);
  const [markAll, all] = useMutation(MARK_ALL_READ, refresh);
  const connection = data?.notifications;

  const readAll = async () => {
    try {
      const result = await markAll();
      message.success(t('notify.markedAll', { count: result.data?.markAllNotificationsRead ?? 0 }));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <>
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Segmented
          value={unreadOnly ? 'unread' : 'all'}
          options={[
            { value: 'all', label: t('notify.all') },
            { value: 'unread', label: t('notify.unread') },
          ]}
          onChange={(v) => {
            setUnreadOnly(v === 'unread');
            pages.restart();
          }}
          data-testid="notify-filter"
        />
        <Button onClick={() => void readAll()} loading={all.loading} data-testid="notify-read-all">
          {t('notify.markAllRead')}
        </Button>
      </Space>
      {error && !data ? (
        <LoadError error={error} retry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading />
      ) : !connection?.edges.length ? (
        <EmptyState text={t(unreadOnly ? 'notify.emptyUnread' : 'notify.empty')} />
      ) : (
        <List
          data-testid="notify-list"
          dataSource={connection.edges.map((e) => e.node)}
          renderItem={(n) => (
            <List.Item
              data-testid="notify-item"
              data-unread={n.readAt ? undefined : 'true'}
              actions={
                n.readAt
                  ? []
                  : [
                      <Button key="read" size="small" onClick={() => void markRead({ variables: { id: n.id } })}>
                        {t('notify.markRead')}
                      </Button>,
                    ]
              }
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    {!n.readAt && <Tag color="red">{t('notify.new')}</Tag>}
                    <Link to={n.link} onClick={() => !n.readAt && void markRead({ variables: { id: n.id } })} style={{ fontWeight: n.readAt ? 400 : 600 }}>
                      {n.text}
                    </Link>
                  </Space>
                }
                description={`${t(`notify.kind.${n.kind}`)} · ${formatDateTime(n.createdAt)}`}
              />
            </List.Item>
          )}
        />
      )}
      <PagerBar pages={pages} connection={connection} />
    </>
  );
}
