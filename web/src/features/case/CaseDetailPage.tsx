import { useQuery } from '@apollo/client/react';
import { Alert, Card, Descriptions, List, Result, Space, Tag, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../app/format';
import { Loading } from '../../app/Loading';
import { LoadError } from '../../app/states';
import { graphql } from '../../gql';
import { CasePartyOrder } from '../order/RouteToParty';
import { MarkAbusiveButton } from '../resident/MarkAbusiveButton';
import { CaseActions } from './CaseActions';
import { CASE_STATUS_COLORS } from './case.documents';
import { FollowUpCard } from './FollowUpCard';
import { AuthImage } from './photos';

export const CASE = graphql(`
  query CaseDetail($id: ID!) {
    case(id: $id) {
      id
      number
      title
      description
      category
      status
      address
      latitude
      longitude
      reportedAt
      dueAt
      acceptDueAt
      verifyDueAt
      filedAt
      acknowledgedAt
      acknowledgeDueAt
      closedAt
      overdue
      reworkCount
      source
      abusiveAt
      afterPhotoDistance
      afterPhotoFarFromCase
      reporter { displayName }
      community { id name }
      assignedUnit { id name }
      suggestedUnit { id name }
      likelyDuplicates { id number title reportedAt status }
      photos { id url stage }
      events { id action at note actor { displayName } unit { name } }
      followUps { id closedAt solved satisfaction reworked source note recordedAt }
    }
  }
`);

/** A case's whole story: where, what, photos before and after, every step, and what the viewer may do next. */
export default function CaseDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CASE, { variables: { id } });
  const when = formatDateTime;

  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;
  const c = data?.case;
  if (!c) return <Result status="404" title={t('common.notFoundTitle')} extra={<Link to="/cases">{t('cases.queue')}</Link>} />;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <span data-testid="case-number">{c.number}</span>
            {c.title}
            <Tag color={CASE_STATUS_COLORS[c.status]}>{t(`caseStatus.${c.status}`)}</Tag>
            {c.overdue && <Tag color="red">{t('cases.overdue')}</Tag>}
          </Space>
        }
        extra={
          <Space wrap>
            <CaseActions caseFile={c} onChanged={() => void refetch()} />
            <MarkAbusiveButton caseFile={c} onChanged={() => void refetch()} />
            <CasePartyOrder caseId={c.id} status={c.status} onChanged={() => void refetch()} />
          </Space>
        }
      >
        {c.afterPhotoFarFromCase && (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('cases.farWarning', { metres: c.afterPhotoDistance })} data-testid="far-warning" />
        )}
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('cases.category')}>{t(`caseCategory.${c.category}`)}</Descriptions.Item>
          <Descriptions.Item label={t('joint.community')}>{c.community?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('cases.reporter')}>{c.reporter.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('resident.source')}>
            <span data-testid="case-source">{t(`caseSource.${c.source}`)}</span>
            {c.abusiveAt && <Tag color="red">{t('resident.abusive')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('cases.reportedAt')}>{when(c.reportedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('cases.unit')}>{c.assignedUnit?.name ?? '—'}</Descriptions.Item>
          {c.acknowledgeDueAt && (
            <Descriptions.Item label={t('cases.signFor')}>
              {c.acknowledgedAt ? (
                <span data-testid="signed-for">
                  {t('cases.signedAt', { at: when(c.acknowledgedAt) })}
                  {new Date(c.acknowledgedAt) > new Date(c.acknowledgeDueAt) && <Tag color="red">{t('cases.signedLate')}</Tag>}
                </span>
              ) : (
                <span data-testid="awaiting-sign">{t('cases.signBy', { at: when(c.acknowledgeDueAt) })}</span>
              )}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('cases.dueAt')}>{when(c.dueAt)}</Descriptions.Item>
          <Descriptions.Item label={t('cases.address')}>{c.address ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('cases.location')}>
            {c.latitude !== null && c.latitude !== undefined ? `${c.latitude.toFixed(5)}, ${c.longitude?.toFixed(5)}` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('cases.description')} span={2}>
            {c.description ?? '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {c.photos.length > 0 && (
        <Card title={t('cases.photos')}>
          <Space wrap>
            {c.photos.map((p) => (
              <div key={p.id} style={{ textAlign: 'center' }}>
                <AuthImage url={p.url} />
                <div style={{ color: '#888' }}>{p.stage === 'HANDLING' ? t('cases.afterPhotos') : t('cases.photos')}</div>
              </div>
            ))}
          </Space>
        </Card>
      )}
      {c.likelyDuplicates.length > 0 && (
        <Card title={t('cases.duplicates')}>
          <List
            dataSource={c.likelyDuplicates}
            renderItem={(d) => (
              <List.Item>
                <Link to={`/cases/${d.id}`}>{`${d.number} ${d.title}`}</Link> · {when(d.reportedAt)} · {t(`caseStatus.${d.status}`)}
              </List.Item>
            )}
          />
        </Card>
      )}
      <FollowUpCard caseFile={c} onChanged={() => void refetch()} />
      <Card title={t('cases.timeline')}>
        <Timeline
          items={c.events.map((e) => ({
            key: e.id,
            children: (
              <div>
                <strong>{t(`caseAction.${e.action}`, { defaultValue: e.action })}</strong> · {e.actor.displayName}
                {e.unit ? ` · ${e.unit.name}` : ''} · {when(e.at)}
                {e.note && <div style={{ color: '#666' }}>{e.note}</div>}
              </div>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}
