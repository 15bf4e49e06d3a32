import '../../app/dayjs-locale';
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { formatDate } from '../../app/format';
import { SaveModal } from '../../app/SaveModal';
import { EmptyState, LoadError } from '../../app/states';
import { graphql } from '../../gql';
import type { AgreementStatus, AgreementsQuery } from '../../gql/graphql';
import { COMMUNITIES, UNIT_OPTIONS } from '../org/org.documents';
import { MEETINGS } from './joint.documents';

const AGREEMENTS = graphql(`
  query Agreements($communityId: ID) {
    agreements(communityId: $communityId) { id status signedAt validFrom validUntil commitments terminationReason community { id name } unit { id name } meeting { id title } }
  }
`);
const SIGN = graphql(`mutation SignAgreement($input: SignAgreementInput!) { signAgreement(input: $input) { id } }`);
const TERMINATE = graphql(`mutation TerminateAgreement($id: ID!, $reason: String!) { terminateAgreement(id: $id, reason: $reason) { id status terminationReason } }`);

type Row = AgreementsQuery['agreements'][number];
interface Values {
  unitId: string;
  meetingId?: string;
  commitments?: string;
  validFrom?: Dayjs;
  validUntil?: Dayjs;
}

const STATUS_COLOR: Record<AgreementStatus, string> = { ACTIVE: 'green', EXPIRED: 'default', TERMINATED: 'red' };

export default function AgreementsPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { viewer, hasRole } = useAuth();
  const secretary = hasRole('COMMUNITY_SECRETARY') ? viewer?.community : null;
  const [communityId, setCommunityId] = useState<string | undefined>(secretary?.id);
  const communities = useQuery(COMMUNITIES, { skip: !!secretary });
  const units = useQuery(UNIT_OPTIONS, { skip: !secretary });
  const meetings = useQuery(MEETINGS, { variables: { communityId: secretary?.id ?? null }, skip: !secretary });
  const { data, loading, error, refetch } = useQuery(AGREEMENTS, { variables: { communityId: communityId ?? null } });
  const [sign, signing] = useMutation(SIGN);
  const [terminate] = useMutation(TERMINATE);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const date = formatDate;

  const save = async () => {
    const v = await form.validateFields();
    try {
      await sign({
        variables: {
          input: {
            communityId: secretary?.id ?? '',
            unitId: v.unitId,
            meetingId: v.meetingId ?? null,
            commitments: v.commitments || null,
            validFrom: v.validFrom?.toISOString() ?? null,
            validUntil: v.validUntil?.toISOString() ?? null,
          },
        },
      });
      message.success(t('toast.signed'));
      setOpen(false);
      form.resetFields();
      void refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const askTerminate = (row: Row) => {
    let reason = '';
    modal.confirm({
      title: `${t('joint.terminate')} · ${row.unit.name}`,
      content: (
        <Input.TextArea
          rows={3}
          maxLength={2000}
          placeholder={t('joint.terminationReason')}
          aria-label={t('joint.terminationReason')}
          onChange={(e) => (reason = e.target.value)}
        />
      ),
      okButtonProps: { danger: true },
      okText: t('joint.terminate'),
      cancelText: t('common.cancel'),
      onOk: () =>
        terminate({ variables: { id: row.id, reason } })
          .then(() => {
            message.success(t('toast.terminated'));
            return refetch();
          })
          .catch((e) => {
            message.error(errorMessage(e));
            throw e;
          }),
    });
  };

  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;

  return (
    <Card
      title={t('joint.agreements')}
      extra={
        <Space wrap>
          {!secretary && (
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t('joint.allCommunities')}
              aria-label={t('joint.community')}
              style={{ width: 180 }}
              value={communityId}
              onChange={setCommunityId}
              options={(communities.data?.communities ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
          )}
          {secretary && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              {t('joint.signAgreement')}
            </Button>
          )}
        </Space>
      }
    >
      <Table<Row>
        rowKey="id"
        loading={loading && !data}
        dataSource={data?.agreements ?? []}
        scroll={{ x: 800 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
        locale={{ emptyText: <EmptyState text={t('joint.agreementsEmpty')} /> }}
        columns={[
          { title: t('joint.community'), key: 'community', render: (_, a) => a.community.name },
          { title: t('joint.unit'), key: 'unit', render: (_, a) => a.unit.name },
          { title: t('joint.signedAt'), dataIndex: 'signedAt', render: date },
          { title: t('joint.validUntil'), dataIndex: 'validUntil', render: date },
          { title: t('joint.meeting'), key: 'meeting', render: (_, a) => a.meeting?.title ?? '—' },
          { title: t('joint.status'), dataIndex: 'status', render: (s: AgreementStatus) => <Tag color={STATUS_COLOR[s]}>{t(`agreementStatus.${s}`)}</Tag> },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, a) => (
              <Space>
                <Link to={`/print/agreements/${a.id}`} target="_blank">
                  <Button size="small" icon={<PrinterOutlined />}>
                    {t('joint.print')}
                  </Button>
                </Link>
                {secretary && a.status === 'ACTIVE' && (
                  <Button size="small" danger onClick={() => askTerminate(a)}>
                    {t('joint.terminate')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <SaveModal open={open} title={t('joint.signAgreement')} onOk={save} onCancel={() => setOpen(false)} confirmLoading={signing.loading}>
        <Form form={form} layout="vertical">
          <Form.Item name="unitId" label={t('joint.unit')} rules={[{ required: true }]}>
            <Select showSearch optionFilterProp="label" options={(units.data?.partnerUnits ?? []).map((u) => ({ value: u.id, label: u.name }))} />
          </Form.Item>
          <Form.Item name="meetingId" label={t('joint.meeting')}>
            <Select allowClear options={(meetings.data?.jointMeetings ?? []).map((m) => ({ value: m.id, label: m.title }))} />
          </Form.Item>
          <Form.Item name="commitments" label={t('joint.commitments')}>
            <Input.TextArea rows={4} maxLength={10000} />
          </Form.Item>
          <Space>
            <Form.Item name="validFrom" label={t('joint.validFrom')}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="validUntil" label={t('joint.validUntil')}>
              <DatePicker />
            </Form.Item>
          </Space>
        </Form>
      </SaveModal>
    </Card>
  );
}
