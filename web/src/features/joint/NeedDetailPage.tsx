import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, List, Result, Space, Tag, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../app/format';
import { Loading } from '../../app/Loading';
import { LoadError } from '../../app/states';
import { graphql } from '../../gql';
import { NeedPartyOrder } from '../order/RouteToParty';
import { NEED, STATUS_COLORS } from './joint.documents';
import { NeedActions } from './NeedActions';

const SUGGESTIONS = graphql(`
  query NeedSuggestions($id: ID!) {
    need(id: $id) { id suggestedUnits { hasAgreement unit { id name } resources { id title } } }
  }
`);

export default function NeedDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(NEED, { variables: { id } });
  const suggestions = useQuery(SUGGESTIONS, { variables: { id } });
  const when = formatDateTime;

  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;
  const need = data?.need;
  if (!need) return <Result status="404" title={t('common.notFoundTitle')} extra={<Link to="/joint/needs">{t('joint.needs')}</Link>} />;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => history.back()} aria-label="back" />
            {need.title}
            <Tag color={STATUS_COLORS[need.status]}>{t(`needStatus.${need.status}`)}</Tag>
          </Space>
        }
        extra={
          <Space wrap>
            <NeedActions need={need} onChanged={() => void refetch()} />
            <NeedPartyOrder needId={need.id} status={need.status} onChanged={() => void refetch()} />
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('joint.community')}>{need.community.name}</Descriptions.Item>
          <Descriptions.Item label={t('joint.category')}>{t(`needCategory.${need.category}`)}</Descriptions.Item>
          <Descriptions.Item label={t('joint.grid')}>{need.grid?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('joint.location')}>{need.location ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('joint.budget')}>{need.budgetEstimate?.toLocaleString(i18n.language) ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('joint.claimCount')}>{`${need.claimCount} / ${need.maxClaimants}`}</Descriptions.Item>
          <Descriptions.Item label={t('joint.description')} span={2}>
            {need.description ?? '—'}
          </Descriptions.Item>
          {need.cancelReason && (
            <Descriptions.Item label={t('joint.cancelReason')} span={2}>
              {need.cancelReason}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title={t('joint.claims')}>
        <List
          dataSource={need.claims}
          locale={{ emptyText: t('common.none') }}
          renderItem={(claim) => (
            <List.Item>
              <Space wrap>
                <strong>{claim.unit.name}</strong>
                <span>{when(claim.claimedAt)}</span>
                {claim.meeting && <Tag>{claim.meeting.title}</Tag>}
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('joint.suggestions')} loading={suggestions.loading && !suggestions.data}>
        <List
          dataSource={suggestions.data?.need?.suggestedUnits ?? []}
          locale={{ emptyText: t('joint.noSuggestions') }}
          renderItem={(s) => (
            <List.Item>
              <Space wrap>
                <strong>{s.unit.name}</strong>
                {s.hasAgreement && <Tag color="red">{t('joint.hasAgreement')}</Tag>}
                {s.resources.map((r) => (
                  <Tag key={r.id}>{r.title}</Tag>
                ))}
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('joint.timeline')}>
        <Timeline
          items={need.events.map((e) => ({
            key: e.id,
            children: (
              <div>
                <strong>{t(`needAction.${e.action}`, { defaultValue: e.action })}</strong> · {e.unit?.name ?? e.actor.displayName} · {when(e.at)}
                {e.note && <div style={{ color: '#666' }}>{e.note}</div>}
              </div>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}
