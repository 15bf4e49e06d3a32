import '../../app/dayjs-locale';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, DatePicker, Form, Input, InputNumber, Select, Space, Switch, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { SaveModal } from '../../app/SaveModal';
import { EmptyState, LoadError } from '../../app/states';
import { graphql } from '../../gql';
import type { HouseholdsQuery, VisitFrequency } from '../../gql/graphql';
import { ruleText } from './rule-text';
import { ScheduleCalendar } from './ScheduleCalendar';

// Loaded when a form opens: a page's cold load (the slow-phone budget) does not carry it.
const PositionFields = lazy(() => import('../map/PositionFields').then((m) => ({ default: m.PositionFields })));

const HOUSEHOLDS = graphql(`
  query Households {
    households { id residents address situation consent team { id name } schedules { id rrule services missedVisits } }
  }
`);
const TEAMS = graphql(`query CareTeams($communityId: ID!) { teams(communityId: $communityId) { id name kind } }`);
const ADD = graphql(`mutation AddHousehold($input: HouseholdInput!) { addHousehold(input: $input) { id } }`);
const SCHEDULE = graphql(`mutation ScheduleVisits($input: VisitScheduleInput!) { scheduleVisits(input: $input) { id } }`);
const RAISE = graphql(`mutation RaiseYellowRibbon($householdId: ID!) { raiseYellowRibbon(householdId: $householdId) { id } }`);

type Row = HouseholdsQuery['households'][number];

/** Care households: the secretary adds them and their visit schedules; their team sees them and can raise a ribbon. */
export function Households() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { viewer, hasRole } = useAuth();
  const communityId = viewer?.community?.id ?? '';
  const secretary = hasRole('COMMUNITY_SECRETARY');
  const { data, loading, error, refetch } = useQuery(HOUSEHOLDS, { fetchPolicy: 'network-only' });
  const teams = useQuery(TEAMS, { variables: { communityId }, skip: !secretary || !communityId });
  const [add] = useMutation(ADD);
  // Today's visits (the other tab) change with a new schedule.
  const [schedule] = useMutation(SCHEDULE, { refetchQueries: ['DueVisits'] });
  const [raise] = useMutation(RAISE);
  const [adding, setAdding] = useState(false);
  const [scheduling, setScheduling] = useState<Row | null>(null);
  const [calendar, setCalendar] = useState<string | null>(null);
  const [householdForm] = Form.useForm();
  const [scheduleForm] = Form.useForm<{
    teamId: string;
    frequency: VisitFrequency;
    interval: number;
    startsOn: Dayjs;
    services: string[];
    weekdays?: number[];
    dayOfMonth?: number;
  }>();
  const teamOptions = (teams.data?.teams ?? []).map((team) => ({ value: team.id, label: team.name }));

  const saveHousehold = async () => {
    const v = await householdForm.validateFields();
    try {
      await add({ variables: { input: { ...v, communityId, consent: !!v.consent } } });
      message.success(t('care.householdAdded'));
      setAdding(false);
      householdForm.resetFields();
      void refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const saveSchedule = async () => {
    const v = await scheduleForm.validateFields();
    try {
      if (scheduling)
        await schedule({
          variables: {
            input: {
              householdId: scheduling.id,
              teamId: v.teamId,
              frequency: v.frequency,
              interval: v.interval,
              startsOn: v.startsOn.format('YYYY-MM-DD'),
              services: v.services ?? [],
              weekdays: v.weekdays ?? [],
              dayOfMonth: v.dayOfMonth ?? null,
            },
          },
        });
      message.success(t('care.scheduled'));
      setScheduling(null);
      scheduleForm.resetFields();
      void refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;
  return (
    <>
      {secretary && (
        <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setAdding(true)}>
          {t('care.addHousehold')}
        </Button>
      )}
      <Table<Row>
        rowKey="id"
        loading={loading && !data}
        dataSource={data?.households ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 760 }}
        locale={{ emptyText: <EmptyState text={t('care.noHouseholds')} /> }}
        columns={[
          { title: t('care.residents'), dataIndex: 'residents' },
          { title: t('care.address'), dataIndex: 'address' },
          { title: t('care.situation'), dataIndex: 'situation', render: (v: string | null) => v ?? '—' },
          { title: t('care.team'), key: 'team', render: (_, h) => h.team?.name ?? '—' },
          {
            title: t('care.schedule'),
            key: 'schedules',
            render: (_, h) =>
              h.schedules.map((s) => (
                <div key={s.id}>
                  <Tag title={s.rrule}>{ruleText(s.rrule, t)}</Tag> {s.services.join('、')}{' '}
                  {s.missedVisits > 0 && <Tag color="red">{t('care.missed', { count: s.missedVisits })}</Tag>}
                </div>
              )),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, h) => (
              <Space wrap>
                {h.schedules.length > 0 && (
                  <Button size="small" onClick={() => setCalendar(h.id)}>
                    {t('care.calendar')}
                  </Button>
                )}
                {secretary && (
                  <Button size="small" onClick={() => setScheduling(h)}>
                    {t('care.addSchedule')}
                  </Button>
                )}
                <Button
                  size="small"
                  onClick={() =>
                    raise({ variables: { householdId: h.id } })
                      .then(() => message.success(t('care.ribbonRaised')))
                      .catch((e) => message.error(errorMessage(e)))
                  }
                >
                  {t('care.raiseRibbon')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {calendar && <ScheduleCalendar householdId={calendar} onClose={() => setCalendar(null)} />}
      <SaveModal open={adding} title={t('care.addHousehold')} onOk={saveHousehold} onCancel={() => setAdding(false)}>
        <Form form={householdForm} layout="vertical">
          <Form.Item name="residents" label={t('care.residents')} rules={[{ required: true, whitespace: true, max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="address" label={t('care.address')} rules={[{ required: true, whitespace: true, max: 300 }]}>
            <Input maxLength={300} />
          </Form.Item>
          <Suspense fallback={null}>
            <PositionFields />
          </Suspense>
          <Form.Item name="situation" label={t('care.situation')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item name="emergencyContact" label={t('care.emergencyContact')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="teamId" label={t('care.team')}>
            <Select allowClear options={teamOptions} />
          </Form.Item>
          <Form.Item name="consent" label={t('care.consent')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </SaveModal>
      <SaveModal open={!!scheduling} title={`${t('care.addSchedule')} · ${scheduling?.residents ?? ''}`} onOk={saveSchedule} onCancel={() => setScheduling(null)}>
        <Form form={scheduleForm} layout="vertical" initialValues={{ frequency: 'DAILY', interval: 1 }}>
          <Form.Item name="teamId" label={t('care.team')} rules={[{ required: true }]}>
            <Select options={teamOptions} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="frequency" label={t('care.frequency')} rules={[{ required: true }]}>
              <Select style={{ width: 140 }} options={(['DAILY', 'WEEKLY', 'MONTHLY'] as const).map((f) => ({ value: f, label: t(`frequency.${f}`) }))} />
            </Form.Item>
            <Form.Item name="interval" label={t('care.interval')} rules={[{ required: true }]}>
              <InputNumber min={1} max={365} />
            </Form.Item>
            <Form.Item name="dayOfMonth" label={t('care.dayOfMonth')}>
              <InputNumber min={1} max={31} />
            </Form.Item>
          </Space>
          <Form.Item name="weekdays" label={t('care.weekdays')}>
            <Select mode="multiple" options={(['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const).map((d, i) => ({ value: i + 1, label: t(`slots.${d}`) }))} />
          </Form.Item>
          <Form.Item name="startsOn" label={t('care.startsOn')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="services" label={t('care.services')}>
            <Select mode="tags" maxCount={20} />
          </Form.Item>
        </Form>
      </SaveModal>
    </>
  );
}
