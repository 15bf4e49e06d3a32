import { useQuery } from '@apollo/client/react';
import { Card, Col, Row, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';

const HOURS = graphql(`
  query LeaderHours($from: DateTime!, $to: DateTime!) {
    serviceHoursByCommunity(from: $from, to: $to) { hours volunteers community { id name } }
    serviceHoursByTeam(from: $from, to: $to) { hours team { id name kind } }
  }
`);

/** Leaders' view of confirmed volunteer hours over the last 30 days, by community and by team. */
export function LeaderHours() {
  const { t } = useTranslation();
  const variables = useMemo(() => ({ from: new Date(Date.now() - 30 * 86_400_000).toISOString(), to: new Date(Date.now() + 86_400_000).toISOString() }), []);
  const { data, loading } = useQuery(HOURS, { variables });
  return (
    <Card title={t('volunteer.leaderHours')} loading={loading && !data}>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Table
            size="small"
            rowKey={(r) => r.community.id}
            pagination={false}
            dataSource={data?.serviceHoursByCommunity ?? []}
            columns={[
              { title: t('joint.community'), key: 'c', render: (_, r) => r.community.name },
              { title: t('volunteer.hours'), dataIndex: 'hours' },
              { title: t('volunteer.volunteersCount'), dataIndex: 'volunteers' },
            ]}
          />
        </Col>
        <Col xs={24} md={12}>
          <Table
            size="small"
            rowKey={(r) => r.team.id}
            pagination={false}
            dataSource={data?.serviceHoursByTeam ?? []}
            columns={[
              { title: t('volunteer.teams'), key: 'team', render: (_, r) => `${r.team.name}（${t(`teamKind.${r.team.kind}`)}）` },
              { title: t('volunteer.hours'), dataIndex: 'hours' },
            ]}
          />
        </Col>
      </Row>
    </Card>
  );
}
