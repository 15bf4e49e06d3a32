import '../../app/dayjs-locale';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, DatePicker, Form, Input, Select, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { formatDateTime } from '../../app/format';
import { SaveModal } from '../../app/SaveModal';
import { EmptyState, LoadError } from '../../app/states';
import { graphql } from '../../gql';
import type { JointMeetingsQuery } from '../../gql/graphql';
import { UNIT_OPTIONS } from '../org/org.documents';
import { MEETINGS } from './joint.documents';

const SCHEDULE = graphql(`mutation ScheduleJointMeeting($input: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $input) { id } }`);

type Row = JointMeetingsQuery['jointMeetings'][number];
interface Values {
  title: string;
  heldAt: Dayjs;
  place?: string;
  agenda?: string;
  attendeeUnitIds?: string[];
}

export default function MeetingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { viewer, hasRole } = useAuth();
  const secretary = hasRole('COMMUNITY_SECRETARY') ? viewer?.community : null;
  const { data, loading, error, refetch } = useQuery(MEETINGS, { variables: { communityId: secretary?.id ?? null } });
  const units = useQuery(UNIT_OPTIONS, { skip: !secretary });
  const [schedule, scheduling] = useMutation(SCHEDULE);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();

  const save = async () => {
    const v = await form.validateFields();
    try {
      await schedule({
        variables: {
          input: {
            communityId: secretary?.id ?? '',
            title: v.title,
            heldAt: v.heldAt.toISOString(),
            place: v.place || null,
            agenda: v.agenda || null,
            attendeeUnitIds: v.attendeeUnitIds ?? [],
          },
        },
      });
      message.success(t('toast.created'));
      setOpen(false);
      form.resetFields();
      void refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;

  return (
    <Card
      title={t('joint.meetings')}
      extra={
        secretary && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('joint.scheduleMeeting')}
          </Button>
        )
      }
    >
      <Table<Row>
        rowKey="id"
        loading={loading && !data}
        dataSource={data?.jointMeetings ?? []}
        scroll={{ x: 700 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <EmptyState text={t('joint.meetingsEmpty')} /> }}
        columns={[
          { title: t('joint.title'), dataIndex: 'title', render: (title: string, m) => <Link to={`/joint/meetings/${m.id}`}>{title}</Link> },
          { title: t('joint.community'), key: 'community', render: (_, m) => m.community.name },
          { title: t('joint.heldAt'), dataIndex: 'heldAt', render: formatDateTime },
          { title: t('joint.place'), dataIndex: 'place', render: (v: string | null) => v ?? '—' },
          { title: t('joint.attendees'), key: 'attendees', render: (_, m) => <Tag>{m.attendees.length}</Tag> },
          {
            title: t('joint.board'),
            key: 'board',
            render: (_, m) => (
              <Link to={`/board/${m.community.id}?meeting=${m.id}`} target="_blank">
                {t('joint.openBoard')}
              </Link>
            ),
          },
        ]}
      />
      <SaveModal open={open} title={t('joint.scheduleMeeting')} onOk={save} onCancel={() => setOpen(false)} confirmLoading={scheduling.loading}>
        <Form form={form} layout="vertical">
          <Form.Item name="title" label={t('joint.title')} rules={[{ required: true, whitespace: true, max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="heldAt" label={t('joint.heldAt')} rules={[{ required: true }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Form.Item name="place" label={t('joint.place')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="attendeeUnitIds" label={t('joint.attendees')}>
            <Select mode="multiple" optionFilterProp="label" options={(units.data?.partnerUnits ?? []).map((u) => ({ value: u.id, label: u.name }))} />
          </Form.Item>
          <Form.Item name="agenda" label={t('joint.agenda')}>
            <Input.TextArea rows={3} maxLength={10000} />
          </Form.Item>
        </Form>
      </SaveModal>
    </Card>
  );
}
