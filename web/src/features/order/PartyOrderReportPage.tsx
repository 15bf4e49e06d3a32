import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { App, Button, Card, DatePicker, Result, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { LoadError } from '../../app/states';
import { downloadWithToken } from '../joint/download';
import { ORDER_MONTH } from './order.documents';

/** 党员领单月报: a secretary's month of orders taken, by member and by grid party branch, for the 党建 report. */
export default function PartyOrderReportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { viewer } = useAuth();
  const communityId = viewer?.community?.id ?? '';
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const key = month.format('YYYY-MM');
  const { data, loading, error, refetch } = useQuery(ORDER_MONTH, { variables: { communityId, month: key }, skip: !communityId });

  if (!communityId) return <Result status="info" title={t('orders.report')} />;
  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;
  const report = data?.partyOrderMonth;
  const none = t('orders.noGrid');
  const exportSheet = () =>
    downloadWithToken(`/api/exports/party-orders.xlsx?communityId=${communityId}&month=${key}`, `${t('orders.report')}-${key}.xlsx`).catch((e) => message.error(errorMessage(e)));

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text strong>{viewer?.community?.name}</Typography.Text>
        <Space wrap>
          <DatePicker picker="month" value={month} allowClear={false} onChange={(v) => v && setMonth(v)} aria-label={t('orders.month')} />
          <Button icon={<DownloadOutlined />} onClick={() => void exportSheet()}>
            {t('orders.export')}
          </Button>
        </Space>
      </Space>
      <Card title={t('orders.byGrid')}>
        <Table
          rowKey={(g) => g.gridId ?? 'none'}
          loading={loading}
          pagination={false}
          dataSource={report?.grids ?? []}
          columns={[
            { title: t('orders.grid'), render: (_, g) => g.gridName ?? none },
            { title: t('orders.members'), dataIndex: 'members', align: 'right' },
            { title: t('orders.takenCount'), dataIndex: 'taken', align: 'right' },
            { title: t('orders.doneCount'), dataIndex: 'done', align: 'right' },
            { title: t('orders.hoursCount'), dataIndex: 'hours', align: 'right' },
          ]}
        />
      </Card>
      <Card title={t('orders.byMember')}>
        <Table
          rowKey="userId"
          loading={loading}
          pagination={false}
          dataSource={report?.members ?? []}
          columns={[
            { title: t('orders.member'), dataIndex: 'name' },
            { title: t('orders.grid'), render: (_, m) => m.gridName ?? none },
            { title: t('orders.takenCount'), dataIndex: 'taken', align: 'right' },
            { title: t('orders.doneCount'), dataIndex: 'done', align: 'right' },
            { title: t('orders.hoursCount'), dataIndex: 'hours', align: 'right' },
          ]}
        />
      </Card>
    </Space>
  );
}
