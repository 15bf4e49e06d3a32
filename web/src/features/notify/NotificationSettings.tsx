import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Space, Switch, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { Loading } from '../../app/Loading';
import { LoadError } from '../../app/states';
import type { NotificationKind, NotifyChannel } from '../../gql/graphql';
import { PREFERENCES, SET_PREFERENCE, SUBSCRIBE_PUSH, UNSUBSCRIBE_PUSH } from './notify.documents';
import { currentSubscription, pushSupported, subscribeThisBrowser, unsubscribeThisBrowser } from './push';

const CHANNELS: NotifyChannel[] = ['WEB_PUSH', 'SMS'];

/** Which kinds go to which channel (the bell always has them all), and push on this phone. */
export function NotificationSettings() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(PREFERENCES);
  const [setPreference] = useMutation(SET_PREFERENCE, { refetchQueries: [PREFERENCES] });
  const [subscribe] = useMutation(SUBSCRIBE_PUSH);
  const [unsubscribe] = useMutation(UNSUBSCRIBE_PUSH);
  const [pushOn, setPushOn] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void currentSubscription().then((s) => setPushOn(Boolean(s)));
  }, []);

  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;
  if (loading && !data) return <Loading />;

  const enabled = new Map((data?.notificationPreferences ?? []).map((p) => [`${p.kind}:${p.channel}`, p.enabled]));
  const kinds = [...new Set((data?.notificationPreferences ?? []).map((p) => p.kind))];

  const turnOn = async () => {
    setBusy(true);
    try {
      const subscription = await subscribeThisBrowser(data?.webPushPublicKey ?? '');
      await subscribe({ variables: { subscription } });
      setPushOn(true);
      message.success(t('notify.pushOnDone'));
    } catch (e) {
      message.error(e === 'denied' ? t('notify.pushDenied') : e === 'unsupported' ? t('notify.pushUnsupported') : errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const turnOff = async () => {
    setBusy(true);
    try {
      const endpoint = await unsubscribeThisBrowser();
      if (endpoint) await unsubscribe({ variables: { endpoint } });
      setPushOn(false);
      message.success(t('notify.pushOffDone'));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('notify.pushTitle')} size="small">
        <p>{t('notify.pushHelp')}</p>
        {!pushSupported() ? (
          <Alert type="info" showIcon message={t('notify.pushUnsupported')} />
        ) : pushOn ? (
          <Button onClick={() => void turnOff()} loading={busy} data-testid="push-off">
            {t('notify.pushOff')}
          </Button>
        ) : (
          <Button type="primary" onClick={() => void turnOn()} loading={busy} data-testid="push-on">
            {t('notify.pushOn')}
          </Button>
        )}
      </Card>
      <Card title={t('notify.channelsTitle')} size="small">
        <Table
          rowKey={(kind) => kind}
          dataSource={kinds}
          pagination={false}
          size="small"
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('notify.kindColumn'), key: 'kind', render: (_, kind) => t(`notify.kind.${kind}`) },
            { title: t('notify.channel.IN_APP'), key: 'IN_APP', render: () => <Switch checked disabled aria-label={t('notify.channel.IN_APP')} /> },
            ...CHANNELS.map((channel) => ({
              title: t(`notify.channel.${channel}`),
              key: channel,
              render: (_: unknown, kind: NotificationKind) => (
                <Switch
                  checked={enabled.get(`${kind}:${channel}`) ?? false}
                  aria-label={`${t(`notify.kind.${kind}`)} · ${t(`notify.channel.${channel}`)}`}
                  onChange={(on) => void setPreference({ variables: { kind, channel, enabled: on } }).catch((e) => message.error(errorMessage(e)))}
                />
              ),
            })),
          ]}
        />
      </Card>
    </Space>
  );
}
