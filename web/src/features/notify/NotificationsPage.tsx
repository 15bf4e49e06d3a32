import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { GroupRobots } from './GroupRobots';
import { NotificationList } from './NotificationList';
import { NotificationSettings } from './NotificationSettings';

/** 消息通知: my notifications, where they go, and (for administrators and the command centre) the work groups' robots. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const [params, setParams] = useSearchParams();
  const items = [
    { key: 'list', label: t('notify.listTab'), children: <NotificationList /> },
    { key: 'settings', label: t('notify.settingsTab'), children: <NotificationSettings /> },
    ...(hasRole('ADMIN', 'COMMAND_CENTER') ? [{ key: 'robots', label: t('notify.robotsTab'), children: <GroupRobots /> }] : []),
  ];
  const active = items.some((i) => i.key === params.get('tab')) ? (params.get('tab') as string) : 'list';
  return <Tabs activeKey={active} onChange={(tab) => setParams(tab === 'list' ? {} : { tab }, { replace: true })} items={items} destroyOnHidden />;
}
