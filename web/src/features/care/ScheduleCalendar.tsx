import '../../app/dayjs-locale';
import { useQuery } from '@apollo/client/react';
import { Badge, Calendar, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ruleText } from './rule-text';

const DAYS = graphql(`
  query ScheduleDays($id: ID!, $from: String!, $to: String!) {
    household(id: $id) { id residents schedules { id rrule services days(from: $from, to: $to) { date visited } } }
  }
`);

/** A month of a household's schedules: visited days green, missed red, coming days blue. */
export function ScheduleCalendar({ householdId, onClose }: { householdId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const from = month.startOf('month').subtract(7, 'day').format('YYYY-MM-DD');
  const to = month.endOf('month').add(7, 'day').format('YYYY-MM-DD');
  const { data } = useQuery(DAYS, { variables: { id: householdId, from, to } });
  const [scheduleId, setScheduleId] = useState<string | undefined>();
  const schedules = data?.household?.schedules ?? [];
  const shown = schedules.filter((s) => !scheduleId || s.id === scheduleId);
  const today = dayjs().format('YYYY-MM-DD');
  const byDate = new Map<string, { key: string; visited: boolean; services: string[] }[]>();
  for (const s of shown) for (const d of s.days) byDate.set(d.date, [...(byDate.get(d.date) ?? []), { key: s.id, visited: d.visited, services: s.services }]);

  return (
    <Modal open title={`${t('care.schedule')} · ${data?.household?.residents ?? ''}`} onCancel={onClose} footer={null} width={760}>
      <Select
        allowClear
        placeholder={t('care.schedule')}
        style={{ minWidth: 260, marginBottom: 8 }}
        value={scheduleId}
        onChange={setScheduleId}
        options={schedules.map((s) => ({ value: s.id, label: `${ruleText(s.rrule, t)} ${s.services.join('、')}` }))}
      />
      <Calendar
        value={month}
        onPanelChange={(value) => setMonth(value)}
        onSelect={(value) => setMonth(value)}
        cellRender={(value, info) => {
          if (info.type !== 'date') return info.originNode;
          const date = value.format('YYYY-MM-DD');
          return (byDate.get(date) ?? []).map((d) => (
            <Badge key={d.key} status={d.visited ? 'success' : date < today ? 'error' : 'processing'} text={d.services.join('、') || '·'} />
          ));
        }}
      />
    </Modal>
  );
}
