import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { App, Button, Card, Col, Row, Statistic, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../app/Chart';
import { LoadError } from '../../app/states';
import { graphql } from '../../gql';
import type { DashboardQuery } from '../../gql/graphql';
import { downloadWithToken } from './download';

const DASHBOARD = graphql(`
  query Dashboard {
    totals { agreements resources publishedNeeds claimedNeeds }
    totalsByCommunity { community { id name } agreements resources publishedNeeds claimedNeeds }
    totalsByUnit(first: 50) { unit { id name } agreements resources claims }
    totalsByMonth(months: 12) { month agreementsSigned needsPublished claimsMade }
  }
`);

type CommunityRow = DashboardQuery['totalsByCommunity'][number];
type UnitRow = DashboardQuery['totalsByUnit'][number];

/** Leaders' view: the city's agreement, resource and claim totals, by community and by month. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(DASHBOARD);

  const byCommunity = useMemo(() => {
    const rows = data?.totalsByCommunity ?? [];
    return {
      tooltip: { trigger: 'axis' },
      // A scrolling one-line legend and labels inside the grid: on a phone nothing overlaps the axes.
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rows.map((r) => r.community.name), axisLabel: { rotate: 40, interval: 0, width: 80, overflow: 'truncate' } },
      yAxis: { type: 'value' },
      series: [
        { name: t('joint.totalsAgreements'), type: 'bar', data: rows.map((r) => r.agreements) },
        { name: t('joint.totalsResources'), type: 'bar', data: rows.map((r) => r.resources) },
        { name: t('joint.totalsPublished'), type: 'bar', data: rows.map((r) => r.publishedNeeds) },
        { name: t('joint.totalsClaimed'), type: 'bar', data: rows.map((r) => r.claimedNeeds) },
      ],
    };
  }, [data, t]);

  const byMonth = useMemo(() => {
    const rows = data?.totalsByMonth ?? [];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      // The first and last months align inward, clear of the value axis's 0 and the card's edge.
      xAxis: { type: 'category', data: rows.map((r) => r.month), axisLabel: { alignMinLabel: 'left', alignMaxLabel: 'right' } },
      yAxis: { type: 'value' },
      series: [
        { name: t('joint.agreementsSigned'), type: 'line', data: rows.map((r) => r.agreementsSigned) },
        { name: t('joint.needsPublished'), type: 'line', data: rows.map((r) => r.needsPublished) },
        { name: t('joint.claimsMade'), type: 'line', data: rows.map((r) => r.claimsMade) },
      ],
    };
  }, [data, t]);

  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;
  const totals = data?.totals;
  const rate = totals?.publishedNeeds ? (100 * totals.claimedNeeds) / totals.publishedNeeds : 0;

  return (
    <Card
      title={t('joint.dashboard')}
      loading={loading && !data}
      extra={
        <Button icon={<DownloadOutlined />} onClick={() => downloadWithToken('/api/exports/joint-totals.xlsx', '共建统计.xlsx').catch((e) => message.error(String(e)))}>
          {t('joint.export')}
        </Button>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={12} md={5}>
          <Statistic title={t('joint.totalsAgreements')} value={totals?.agreements ?? 0} />
        </Col>
        <Col xs={12} md={5}>
          <Statistic title={t('joint.totalsResources')} value={totals?.resources ?? 0} />
        </Col>
        <Col xs={12} md={5}>
          <Statistic title={t('joint.totalsPublished')} value={totals?.publishedNeeds ?? 0} />
        </Col>
        <Col xs={12} md={5}>
          <Statistic title={t('joint.totalsClaimed')} value={totals?.claimedNeeds ?? 0} />
        </Col>
        <Col xs={24} md={4}>
          <Statistic title={t('joint.claimRate')} value={rate} precision={1} suffix="%" />
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('joint.byCommunity')}>
            <Chart option={byCommunity} testId="chart-community" />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('joint.byMonth')}>
            <Chart option={byMonth} testId="chart-month" />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Table<CommunityRow>
            size="small"
            rowKey={(r) => r.community.id}
            dataSource={data?.totalsByCommunity ?? []}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('joint.community'), key: 'c', render: (_, r) => r.community.name, onCell: () => ({ style: { whiteSpace: 'nowrap' } }) },
              { title: t('joint.totalsAgreements'), dataIndex: 'agreements', sorter: (a, b) => a.agreements - b.agreements },
              { title: t('joint.totalsResources'), dataIndex: 'resources', sorter: (a, b) => a.resources - b.resources },
              { title: t('joint.totalsPublished'), dataIndex: 'publishedNeeds' },
              { title: t('joint.totalsClaimed'), dataIndex: 'claimedNeeds' },
            ]}
          />
        </Col>
        <Col xs={24} lg={12}>
          <Table<UnitRow>
            title={() => t('joint.topUnits', { count: 50 })}
            size="small"
            rowKey={(r) => r.unit.id}
            dataSource={data?.totalsByUnit ?? []}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('joint.unit'), key: 'u', render: (_, r) => r.unit.name, onCell: () => ({ style: { whiteSpace: 'nowrap' } }) },
              { title: t('joint.totalsAgreements'), dataIndex: 'agreements', sorter: (a, b) => a.agreements - b.agreements, defaultSortOrder: 'descend' },
              { title: t('joint.totalsResources'), dataIndex: 'resources' },
              { title: t('joint.claimsMade'), dataIndex: 'claims' },
            ]}
          />
        </Col>
      </Row>
    </Card>
  );
}
