import { useQuery } from '@apollo/client/react';
import { App, Button, Checkbox, Input, List, Radio, Space, Tag } from 'antd';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { Loading } from '../../app/Loading';
import { OutboxList, OutboxTag, outbox, submit, useOutbox } from '../../app/outbox';
import { SaveModal } from '../../app/SaveModal';
import { EmptyState, LoadError } from '../../app/states';
import { graphql } from '../../gql';
import type { DueVisitsQuery } from '../../gql/graphql';

const DUE = graphql(`
  query DueVisits {
    dueVisits { dueOn overdue household { id residents address latitude longitude } schedule { id services team { name } } }
  }
`);

type Due = DueVisitsQuery['dueVisits'][number];
// The route map is its own chunk: the list works without Leaflet.
const VisitRoute = lazy(() => import('./VisitRoute'));

/** A door-knocking group's day: who is due, who is overdue, and recording what was done. */
export function DueVisits() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(DUE, { fetchPolicy: 'network-only' });
  // A visit that waited on the phone is announced when it finally goes out.
  useEffect(() => outbox.onSent((item) => item.kind === 'visit' && message.success(t('care.recorded'))), [message, t]);
  const [saving, setSaving] = useState(false);
  const queued = useOutbox(['visit']);
  // The visit's idempotency key, made when the person opens the record: a second tap sends the same visit.
  const key = useRef('');
  const [current, setCurrent] = useState<Due | null>(null);
  const [services, setServices] = useState<string[]>([]);
  const [concerns, setConcerns] = useState('');
  const [needTitle, setNeedTitle] = useState<string | null>(null);
  const [caseTitle, setCaseTitle] = useState<string | null>(null);
  const [view, setView] = useState<'list' | 'route'>('list');

  const open = (due: Due) => {
    key.current = crypto.randomUUID();
    setCurrent(due);
    setServices(due.schedule.services);
    setConcerns('');
    setNeedTitle(null);
    setCaseTitle(null);
  };
  const save = async () => {
    if (!current) return;
    setSaving(true);
    try {
      const outcome = await submit({
        id: key.current,
        kind: 'visit',
        label: `${current.household.residents} · ${current.dueOn}`,
        subject: `${current.household.id}/${current.dueOn}`,
        variables: {
          input: {
            householdId: current.household.id,
            scheduleId: current.schedule.id,
            dueOn: current.dueOn,
            servicesDone: services,
            concerns: concerns || null,
            raiseNeed: needTitle ? { title: needTitle } : null,
            raiseCase: caseTitle ? { title: caseTitle } : null,
          },
        },
      });
      if (outcome.sent) message.success(t('care.recorded'));
      else message.info(t('care.queued'));
      setCurrent(null);
      void refetch();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  const queuedFor = (due: Due) => queued.find((item) => item.subject === `${due.household.id}/${due.dueOn}`);

  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;
  return (
    <>
      <OutboxList kinds={['visit']} />
      <Radio.Group
        optionType="button"
        value={view}
        onChange={(e) => setView(e.target.value as 'list' | 'route')}
        options={[
          { value: 'list', label: t('maps.listView') },
          { value: 'route', label: t('maps.routeView') },
        ]}
      />
      {view === 'route' && (
        <Suspense fallback={<Loading />}>
          <VisitRoute dues={data?.dueVisits ?? []} onRecord={open} />
        </Suspense>
      )}
      <List
        style={view === 'route' ? { display: 'none' } : undefined}
        loading={loading && !data}
        dataSource={data?.dueVisits ?? []}
        locale={{ emptyText: <EmptyState text={t('care.noneDue')} /> }}
        renderItem={(due) => {
          const waiting = queuedFor(due);
          return (
            <List.Item
              actions={[
                waiting ? (
                  <OutboxTag key="q" item={waiting} />
                ) : (
                  <Button key="r" type="primary" onClick={() => open(due)} data-testid={`record-${due.household.residents}-${due.dueOn}`}>
                    {t('care.record')}
                  </Button>
                ),
              ]}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    {due.household.residents}
                    {due.overdue && <Tag color="red">{t('care.overdue')}</Tag>}
                  </Space>
                }
                description={
                  <Space wrap size={4}>
                    <span>{due.household.address}</span>·<span>{due.dueOn}</span>·<span>{due.schedule.team.name}</span>
                    {due.schedule.services.map((s) => (
                      <Tag key={s}>{s}</Tag>
                    ))}
                  </Space>
                }
              />
            </List.Item>
          );
        }}
      />
      <SaveModal
        open={!!current}
        title={`${t('care.record')} · ${current?.household.residents ?? ''} · ${current?.dueOn ?? ''}`}
        onOk={save}
        onCancel={() => setCurrent(null)}
        confirmLoading={saving}
        forceRender={false}
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <div>{t('care.servicesDone')}</div>
          <Checkbox.Group value={services} onChange={(v) => setServices(v as string[])} options={(current?.schedule.services ?? []).map((s) => ({ value: s, label: s }))} />
          <Input.TextArea rows={3} maxLength={5000} placeholder={t('care.concerns')} value={concerns} onChange={(e) => setConcerns(e.target.value)} />
          <Checkbox checked={needTitle !== null} onChange={(e) => setNeedTitle(e.target.checked ? '' : null)}>
            {t('care.raiseNeed')}
          </Checkbox>
          {needTitle !== null && <Input maxLength={200} placeholder={t('care.raiseTitle')} value={needTitle} onChange={(e) => setNeedTitle(e.target.value)} />}
          <Checkbox checked={caseTitle !== null} onChange={(e) => setCaseTitle(e.target.checked ? '' : null)}>
            {t('care.raiseCase')}
          </Checkbox>
          {caseTitle !== null && <Input maxLength={200} placeholder={t('care.raiseTitle')} value={caseTitle} onChange={(e) => setCaseTitle(e.target.value)} />}
        </Space>
      </SaveModal>
    </>
  );
}
