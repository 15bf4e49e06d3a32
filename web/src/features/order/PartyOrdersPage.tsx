import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Input, List, Result, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage } from '../../app/apollo';
import { formatDateTime } from '../../app/format';
import { Loading } from '../../app/Loading';
import { EmptyState, LoadError } from '../../app/states';
import type { OpenPartyOrdersQuery } from '../../gql/graphql';
import { uploadPhoto } from '../case/photos';
import { COMPLETE_ORDER, HANDLE_ORDER_CASE, OPEN_ORDERS, TAKE_ORDER } from './order.documents';

type Mine = OpenPartyOrdersQuery['myPartyOrders'][number];

/** 党员领单 on a party member's phone: the community's open orders to take, and their own to see through. */
export default function PartyOrdersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(OPEN_ORDERS, { fetchPolicy: 'cache-and-network' });
  const [take] = useMutation(TAKE_ORDER);
  const [taking, setTaking] = useState<string | null>(null);

  if (loading && !data) return <Loading />;
  if (error && !data) {
    if (errorCode(error) === 'FORBIDDEN') return <Result status="info" title={t('orders.nav')} subTitle={errorMessage(error)} />;
    return <LoadError error={error} retry={() => void refetch()} />;
  }

  const onTake = async (id: string) => {
    setTaking(id);
    try {
      await take({ variables: { id } });
      message.success(t('orders.takenToast'));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setTaking(null);
      void refetch();
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 640 }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('orders.intro')}
      </Typography.Paragraph>
      <Card title={t('orders.open')} size="small">
        {data?.openPartyOrders.length ? (
          <List
            data-testid="open-orders"
            dataSource={data.openPartyOrders}
            renderItem={(o) => (
              <List.Item
                key={o.id}
                actions={[
                  <Button key="take" type="primary" loading={taking === o.id} onClick={() => void onTake(o.id)} aria-label={`${t('orders.take')} ${o.title}`}>
                    {t('orders.take')}
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={
                    <Space wrap>
                      <Tag>{t(`orders.kind${o.kind}`)}</Tag>
                      {o.title}
                    </Space>
                  }
                  description={[o.place, t('orders.hours', { hours: o.hours }), t('orders.routedAt', { at: formatDateTime(o.routedAt) })].filter(Boolean).join(' · ')}
                />
              </List.Item>
            )}
          />
        ) : (
          <EmptyState text={t('orders.none')} />
        )}
      </Card>
      <Card title={t('orders.mine')} size="small">
        {data?.myPartyOrders.length ? (
          <List data-testid="my-orders" dataSource={data.myPartyOrders} renderItem={(o) => <MyOrder key={o.id} order={o} onChanged={() => void refetch()} />} />
        ) : (
          <EmptyState text={t('orders.noneMine')} />
        )}
      </Card>
    </Space>
  );
}

/** One taken order and its next step: handle a case with after photos, or mark a need done. */
function MyOrder({ order: o, onChanged }: { order: Mine; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [handle] = useMutation(HANDLE_ORDER_CASE);
  const [complete] = useMutation(COMPLETE_ORDER);
  const toHandle = o.kind === 'CASE' && o.case?.status === 'DISPATCHED';
  const toComplete = o.kind === 'NEED' && !o.doneAt;

  const submit = async () => {
    setBusy(true);
    try {
      if (toHandle && o.case) {
        const photoIds = [];
        for (const file of files) photoIds.push((await uploadPhoto(file)).id);
        await handle({ variables: { id: o.case.id, note, photoIds } });
      } else {
        await complete({ variables: { id: o.id, note } });
      }
      setNote('');
      setFiles([]);
      onChanged();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  let state: string = t('orders.taken');
  if (o.doneAt) state = t('orders.doneAt', { at: formatDateTime(o.doneAt) });
  else if (o.kind === 'CASE' && o.case && o.case.status !== 'DISPATCHED') state = t('orders.waitingVerify');
  return (
    <List.Item>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Tag>{t(`orders.kind${o.kind}`)}</Tag>
          <strong>{o.title}</strong>
          <Tag color={o.doneAt ? 'green' : 'blue'}>{state}</Tag>
        </Space>
        {o.place && <span>{o.place}</span>}
        {(toHandle || toComplete) && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Input.TextArea
              value={note}
              onChange={(e) => setNote(e.target.value)}
              aria-label={toHandle ? t('orders.handleNote') : t('orders.completeNote')}
              placeholder={toHandle ? t('orders.handleNote') : t('orders.completeNote')}
              maxLength={2000}
              autoSize={{ minRows: 2 }}
            />
            {toHandle && (
              <label>
                {t('orders.afterPhotos')}{' '}
                <input type="file" accept="image/jpeg,image/png,image/webp" capture="environment" multiple onChange={(e) => setFiles([...(e.target.files ?? [])].slice(0, 9))} />
              </label>
            )}
            <Button type="primary" disabled={!note.trim()} loading={busy} onClick={() => void submit()}>
              {toHandle ? t('orders.handle') : t('orders.complete')}
            </Button>
          </Space>
        )}
      </Space>
    </List.Item>
  );
}
