import { BellOutlined } from '@ant-design/icons';
import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UNREAD_COUNT, UNREAD_COUNT_CHANGED } from './notify.documents';

/** The header's bell: the unread count, kept live by the subscription (which also answers after a reconnection). */
export default function NotificationBell() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data } = useQuery(UNREAD_COUNT);
  useSubscription(UNREAD_COUNT_CHANGED, {
    onData: ({ data: live }) => {
      const count = live.data?.unreadNotificationCountChanged;
      if (count === undefined) return;
      client.writeQuery({ query: UNREAD_COUNT, data: { unreadNotificationCount: count } });
      // An open list shows the new one at once.
      void client.refetchQueries({ include: ['Notifications'] });
    },
  });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <Link
      to="/notifications"
      aria-label={t('notify.bell', { count })}
      title={t('notify.bell', { count })}
      data-testid="notify-bell"
      style={{ color: '#fff', padding: '0 6px', display: 'inline-flex', alignItems: 'center', minHeight: 44 }}
    >
      <Badge count={count} size="small" overflowCount={99} offset={[4, -2]} data-testid="notify-count" data-count={count}>
        <BellOutlined style={{ color: '#fff', fontSize: '1.25rem' }} />
      </Badge>
    </Link>
  );
}
