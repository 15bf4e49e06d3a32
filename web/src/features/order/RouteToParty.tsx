import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, InputNumber, Modal, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { CASE_ORDER, NEED_ORDER, ROUTE_CASE, ROUTE_NEED } from './order.documents';

interface Order {
  takenAt?: string | null;
  doneAt?: string | null;
  takerName?: string | null;
  takerPhone?: string | null;
}

/** Where a routed case or need stands: waiting for a taker, taken by whom (name and phone as the viewer may read them), done. */
function OrderTag({ order }: { order: Order }) {
  const { t } = useTranslation();
  const name = [order.takerName, order.takerPhone].filter(Boolean).join(' ');
  if (order.doneAt) return <Tag color="green">{t('orders.orderDone', { name })}</Tag>;
  if (order.takenAt) return <Tag color="blue">{t('orders.orderTaken', { name })}</Tag>;
  return <Tag color="gold">{t('orders.orderOpen')}</Tag>;
}

/** The confirmation before routing: the hours the taker will be credited with. */
function RouteButton({ label, question, onRoute }: { label: string; question: string; onRoute: (hours: number) => Promise<unknown> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [hours, setHours] = useState<number>(1);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await onRoute(hours);
      message.success(t('orders.routed'));
      setOpen(false);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>{label}</Button>
      <Modal open={open} title={label} okText={label} confirmLoading={busy} onOk={() => void confirm()} onCancel={() => setOpen(false)}>
        <p>{question}</p>
        <Space>
          <label htmlFor="party-order-hours">{t('orders.routeHours')}</label>
          <InputNumber id="party-order-hours" min={0.5} max={24} step={0.5} value={hours} onChange={(v) => setHours(v ?? 1)} />
        </Space>
      </Modal>
    </>
  );
}

/** On the case page: the centre routes an accepted case to the community's party members; everyone sees the order's state. */
export function CasePartyOrder({ caseId, status, onChanged }: { caseId: string; status: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const { data, refetch } = useQuery(CASE_ORDER, { variables: { id: caseId } });
  const [route] = useMutation(ROUTE_CASE);
  const c = data?.case;
  if (!c) return null;
  if (c.partyOrder) return <OrderTag order={c.partyOrder} />;
  if (!hasRole('COMMAND_CENTER') || status !== 'ACCEPTED' || !c.community) return null;
  return (
    <RouteButton
      label={t('orders.routeCase')}
      question={t('orders.routeConfirmCase', { community: c.community.name })}
      onRoute={async (hours) => {
        await route({ variables: { id: caseId, hours } });
        await refetch();
        onChanged();
      }}
    />
  );
}

/** On the need page: the secretary routes a published, unclaimed need to the party members. */
export function NeedPartyOrder({ needId, status, onChanged }: { needId: string; status: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const { viewer, hasRole } = useAuth();
  const { data, refetch } = useQuery(NEED_ORDER, { variables: { id: needId } });
  const [route] = useMutation(ROUTE_NEED);
  const need = data?.need;
  if (!need) return null;
  if (need.partyOrder) return <OrderTag order={need.partyOrder} />;
  const mine = hasRole('COMMUNITY_SECRETARY') && viewer?.community?.id === need.community.id;
  if (!mine || status !== 'PUBLISHED' || need.claimCount > 0) return null;
  return (
    <RouteButton
      label={t('orders.routeNeed')}
      question={t('orders.routeConfirmNeed')}
      onRoute={async (hours) => {
        await route({ variables: { id: needId, hours } });
        await refetch();
        onChanged();
      }}
    />
  );
}
