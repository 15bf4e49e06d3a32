import '../../app/dayjs-locale';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { App, Button, Card, Col, DatePicker, Row, Segmented, Space, Statistic, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';
import { Chart } from '../../app/Chart';
import { LoadError } from '../../app/states';
import { graphql } from '../../gql';
import type { CaseStatsPageQuery, RateCaseKind } from '../../gql/graphql';
import { downloadWithToken } from '../joint/download';
import { RateCasesModal, type RateCasesTarget, WeightsForm } from './RatesPanel';
import { cityAverage } from './rates';

const STATS = graphql(`
  query CaseStatsPage($from: DateTime!, $to: DateTime!) {
    caseReport(from: $from, to: $to) {
      stats { reported filed closed disposalRate }
      byCategory { category reported filed closed }
      byCommunity { community { id name } reported filed closed }
      averageHours { accept dispatch handle verify total }
      previousReportedAt
    }
    unitRanking(from: $from, to: $to) {
      rank dispatched closed disposalRate onTime late onTimeRate unit { id name }
      scoreRank score respondedOnTime responseRate followedUp pendingFollowUp solved partlySolved satisfied basicallySatisfied reworked resolutionRate satisfactionRate
    }
  }
`);

type Ranking = CaseStatsPageQuery['unitRanking'][number];
type Preset = 'week' | 'month' | 'quarter' | 'custom';

function windowOf(preset: Preset): [Dayjs, Dayjs] {
  const now = dayjs();
  if (preset === 'week') return [now.startOf('day').subtract((now.day() + 6) % 7, 'day'), now.add(1, 'minute')];
  if (preset === 'month') return [now.subtract(1, 'month').startOf('month'), now.startOf('month')];
  const quarterStart = now.startOf('month').subtract(now.month() % 3, 'month');
  return [quarterStart.subtract(3, 'month'), quarterStart];
}

const pct = (v: number) => `${(v * 100).toFixed(2)}%`;

/** 周报 and 月通报: intake, filing and disposal over a window, units ranked by disposal rate, with charts and Excel. */
export default function CaseStatsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [preset, setPreset] = useState<Preset>('month');
  const [range, setRange] = useState<[Dayjs, Dayjs]>(windowOf('month'));
  const variables = { from: range[0].toISOString(), to: range[1].toISOString() };
  const { data, loading, error, refetch } = useQuery(STATS, { variables });
  const { hasRole, viewer } = useAuth();
  const [behind, setBehind] = useState<RateCasesTarget | null>(null);
  const average = useMemo(() => cityAverage(data?.unitRanking ?? []), [data]);
  // A count that opens the cases behind it.
  const opens = (kind: RateCaseKind) => (value: number, r: Ranking) =>
    value > 0 ? (
      <Button type="link" size="small" onClick={() => setBehind({ unitId: r.unit.id, unitName: r.unit.name, kind })}>
        {value}
      </Button>
    ) : (
      value
    );
  // Opened on an empty last month, step back once to the month of the latest report before it.
  const steppedBack = useRef(false);
  useEffect(() => {
    const previous = data?.caseReport.previousReportedAt;
    if (steppedBack.current || !data) return;
    steppedBack.current = true;
    if (data.caseReport.stats.reported > 0 || !previous) return;
    const month = dayjs(previous).startOf('month');
    setPreset('custom');
    setRange([month, month.add(1, 'month')]);
  }, [data]);

  const categoryChart = useMemo(() => {
    const rows = data?.caseReport.byCategory ?? [];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 50, right: 16, top: 40, bottom: 60 },
      xAxis: { type: 'category', data: rows.map((r) => t(`caseCategory.${r.category}`)), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value' },
      series: [
        { name: t('cases.reported'), type: 'bar', data: rows.map((r) => r.reported) },
        { name: t('cases.filed'), type: 'bar', data: rows.map((r) => r.filed) },
        { name: t('cases.closed'), type: 'bar', data: rows.map((r) => r.closed) },
      ],
    };
  }, [data, t]);

  const rankingChart = useMemo(() => {
    const rows = [...(data?.unitRanking ?? [])].reverse();
    return {
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
      grid: { left: 130, right: 30, top: 40, bottom: 30 },
      xAxis: { type: 'value', max: 100 },
      yAxis: { type: 'category', data: rows.map((r) => r.unit.name) },
      series: [
        {
          name: t('cases.disposalRate'),
          type: 'bar',
          data: rows.map((r) => Number((r.disposalRate * 100).toFixed(2))),
          label: { show: true, position: 'right', formatter: '{c}%' },
        },
        ...(['responseRate', 'resolutionRate', 'satisfactionRate'] as const).map((key) => ({
          name: t(`rates.${key}`),
          type: 'bar',
          data: rows.map((r) => Number((r[key] * 100).toFixed(2))),
        })),
        { name: t('rates.score'), type: 'bar', data: rows.map((r) => r.score) },
      ],
      legend: { top: 0 },
    };
  }, [data, t]);

  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;
  const stats = data?.caseReport.stats;
  const hours = data?.caseReport.averageHours;

  return (
    <Card
      title={t('cases.stats')}
      extra={
        <Space wrap>
          <Segmented<Preset>
            value={preset}
            onChange={(value) => {
              setPreset(value);
              if (value !== 'custom') setRange(windowOf(value));
            }}
            options={[
              { value: 'week', label: t('cases.thisWeek') },
              { value: 'month', label: t('cases.lastMonth') },
              { value: 'quarter', label: t('cases.lastQuarter') },
            ]}
          />
          <DatePicker.RangePicker
            value={range}
            onChange={(value) => {
              if (value?.[0] && value[1]) {
                setPreset('custom');
                setRange([value[0], value[1]]);
              }
            }}
          />
          <Button
            icon={<DownloadOutlined />}
            onClick={() =>
              downloadWithToken(
                `/api/exports/cases.xlsx?from=${encodeURIComponent(variables.from)}&to=${encodeURIComponent(variables.to)}`,
                `案件统计_${range[0].format('YYYY-MM-DD')}.xlsx`,
              ).catch((e) => message.error(String(e)))
            }
          >
            {t('cases.export')}
          </Button>
        </Space>
      }
      loading={loading && !data}
    >
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Statistic title={t('cases.reported')} value={stats?.reported ?? 0} data-testid="reported-count" />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('cases.filed')} value={stats?.filed ?? 0} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('cases.closed')} value={stats?.closed ?? 0} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('cases.disposalRate')} value={((stats?.disposalRate ?? 0) * 100).toFixed(2)} suffix="%" data-testid="disposal-rate" />
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('cases.byCategory')}>
            <Chart option={categoryChart} testId="chart-categories" />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('cases.ranking')}>
            <Chart option={rankingChart} testId="chart-ranking" />
          </Card>
        </Col>
        <Col xs={24}>
          <Table<Ranking>
            size="small"
            rowKey={(r) => r.unit.id}
            dataSource={data?.unitRanking ?? []}
            pagination={false}
            scroll={{ x: 1400 }}
            columns={[
              { title: t('cases.rank'), dataIndex: 'rank', width: 70 },
              { title: t('cases.unit'), key: 'unit', render: (_, r) => r.unit.name },
              { title: t('cases.dispatched'), dataIndex: 'dispatched' },
              { title: t('cases.closed'), dataIndex: 'closed' },
              { title: t('cases.disposalRate'), dataIndex: 'disposalRate', render: pct },
              { title: t('cases.onTime'), dataIndex: 'onTime' },
              { title: t('cases.late'), dataIndex: 'late' },
              { title: t('cases.onTimeRate'), dataIndex: 'onTimeRate', render: pct },
              { title: t('rates.responseRate'), dataIndex: 'responseRate', render: pct },
              { title: t('rates.LATE_SIGN_FOR'), key: 'lateSign', render: (_, r) => opens('LATE_SIGN_FOR')(r.dispatched - r.respondedOnTime, r) },
              { title: t('rates.followedUp'), dataIndex: 'followedUp' },
              { title: t('rates.pendingFollowUp'), dataIndex: 'pendingFollowUp', render: opens('PENDING_FOLLOW_UP') },
              { title: t('rates.resolutionRate'), dataIndex: 'resolutionRate', render: pct },
              { title: t('rates.NOT_SOLVED_CASES'), key: 'notSolved', render: (_, r) => opens('NOT_SOLVED')(r.followedUp - r.solved - r.partlySolved, r) },
              { title: t('rates.satisfactionRate'), dataIndex: 'satisfactionRate', render: pct },
              { title: t('rates.NOT_SATISFIED_CASES'), key: 'notSat', render: (_, r) => opens('NOT_SATISFIED')(r.followedUp - r.satisfied - r.basicallySatisfied, r) },
              { title: t('rates.reworkCount'), dataIndex: 'reworked', render: opens('REWORKED') },
              { title: t('rates.score'), dataIndex: 'score' },
              { title: t('rates.scoreRank'), dataIndex: 'scoreRank', width: 80 },
            ]}
            rowClassName={(r) => (r.unit.id === viewer?.unit?.id ? 'ant-table-row-selected' : '')}
            summary={() =>
              average && (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={2}>
                    {t('rates.cityAverage')}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2}>{average.dispatched}</Table.Summary.Cell>
                  <Table.Summary.Cell index={3}>{average.closed}</Table.Summary.Cell>
                  <Table.Summary.Cell index={4}>{pct(average.disposalRate)}</Table.Summary.Cell>
                  <Table.Summary.Cell index={5} colSpan={3}>
                    {pct(average.onTimeRate)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={8} colSpan={2}>
                    {pct(average.responseRate)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={10} colSpan={2}>
                    {average.pendingFollowUp}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={12} colSpan={2}>
                    {pct(average.resolutionRate)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={14} colSpan={3}>
                    {pct(average.satisfactionRate)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={17} colSpan={2}>
                    {average.score}
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              )
            }
          />
          <RateCasesModal target={behind} window={variables} onClose={() => setBehind(null)} />
          {hasRole('COMMAND_CENTER') && (
            <Card size="small" title={t('rates.weights')} style={{ marginTop: 12 }}>
              <WeightsForm onSaved={() => void refetch()} />
            </Card>
          )}
        </Col>
        <Col xs={24} lg={12}>
          <Table
            size="small"
            rowKey={(r) => r.community?.id ?? 'none'}
            dataSource={data?.caseReport.byCommunity ?? []}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            columns={[
              { title: t('cases.byCommunity'), key: 'c', render: (_, r) => r.community?.name ?? '—' },
              { title: t('cases.reported'), dataIndex: 'reported' },
              { title: t('cases.filed'), dataIndex: 'filed' },
              { title: t('cases.closed'), dataIndex: 'closed' },
            ]}
          />
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('cases.averageHours')}>
            <Space size="large" wrap>
              {(['accept', 'dispatch', 'handle', 'verify', 'total'] as const).map((stage) => (
                <Statistic
                  key={stage}
                  title={t(`cases.stage${stage[0].toUpperCase()}${stage.slice(1)}`)}
                  value={hours?.[stage] ?? '—'}
                  precision={hours?.[stage] === null ? undefined : 1}
                />
              ))}
            </Space>
          </Card>
        </Col>
      </Row>
    </Card>
  );
}
