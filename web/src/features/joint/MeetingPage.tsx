import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Descriptions, Input, List, Result, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { formatDateTime } from '../../app/format';
import { Loading } from '../../app/Loading';
import { LoadError } from '../../app/states';
import { graphql } from '../../gql';

const MEETING = graphql(`
  query JointMeeting($id: ID!) {
    jointMeeting(id: $id) {
      id
      title
      heldAt
      place
      agenda
      minutes
      community { id name }
      attendees { id name }
      agreements { id unit { name } status }
      claims { id claimedAt releasedAt unit { name } need { id title } }
    }
  }
`);
const SAVE_MINUTES = graphql(`mutation SaveMinutes($id: ID!, $minutes: String) { updateJointMeeting(id: $id, input: { minutes: $minutes }) { id minutes } }`);

/** What was signed and claimed at one joint meeting, and its minutes. */
export default function MeetingPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const { viewer, hasRole } = useAuth();
  const { data, loading, error, refetch } = useQuery(MEETING, { variables: { id } });
  const [minutes, setMinutes] = useState('');
  const [save, saving] = useMutation(SAVE_MINUTES);
  useEffect(() => setMinutes(data?.jointMeeting?.minutes ?? ''), [data]);

  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;
  const meeting = data?.jointMeeting;
  if (!meeting) return <Result status="404" title={t('common.notFoundTitle')} />;
  const mine = hasRole('COMMUNITY_SECRETARY') && viewer?.community?.id === meeting.community.id;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={meeting.title}
        extra={
          <Link to={`/board/${meeting.community.id}?meeting=${meeting.id}`} target="_blank">
            <Button type="primary">{t('joint.openBoard')}</Button>
          </Link>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('joint.community')}>{meeting.community.name}</Descriptions.Item>
          <Descriptions.Item label={t('joint.heldAt')}>{formatDateTime(meeting.heldAt)}</Descriptions.Item>
          <Descriptions.Item label={t('joint.place')}>{meeting.place ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('joint.attendees')}>
            {meeting.attendees.map((u) => (
              <Tag key={u.id}>{u.name}</Tag>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('joint.agenda')} span={2}>
            {meeting.agenda ?? '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('joint.signedHere')}>
        <List dataSource={meeting.agreements} locale={{ emptyText: t('common.none') }} renderItem={(a) => <List.Item>{a.unit.name}</List.Item>} />
      </Card>
      <Card title={t('joint.claimedHere')}>
        <List
          dataSource={meeting.claims}
          locale={{ emptyText: t('common.none') }}
          renderItem={(c) => (
            <List.Item>
              <Space wrap>
                <strong>{c.unit.name}</strong>→<Link to={`/joint/needs/${c.need.id}`}>{c.need.title}</Link>
                {c.releasedAt && <Tag>{t('needAction.RELEASED')}</Tag>}
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('joint.minutes')}>
        <Input.TextArea rows={6} maxLength={10000} aria-label={t('joint.minutes')} value={minutes} onChange={(e) => setMinutes(e.target.value)} disabled={!mine} />
        {mine && (
          <Button
            style={{ marginTop: 12 }}
            loading={saving.loading}
            onClick={() =>
              save({ variables: { id, minutes: minutes || null } })
                .then(() => message.success(t('toast.minutesSaved')))
                .catch((e) => message.error(errorMessage(e)))
            }
          >
            {t('common.save')}
          </Button>
        )}
      </Card>
    </Space>
  );
}
