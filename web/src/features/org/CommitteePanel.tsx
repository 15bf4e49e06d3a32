import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { SaveModal } from '../../app/SaveModal';
import { EmptyState } from '../../app/states';
import { graphql } from '../../gql';
import type { CommitteePosition } from '../../gql/graphql';
import { UNIT_OPTIONS } from './org.documents';

const POSITIONS: CommitteePosition[] = ['FIRST_SECRETARY', 'SECRETARY', 'DEPUTY_SECRETARY', 'MEMBER'];

const ADD = graphql(`
  mutation AddCommitteeMember($communityId: ID!, $input: CommitteeMemberInput!) {
    addCommitteeMember(communityId: $communityId, input: $input) { id }
  }
`);
const UPDATE = graphql(`
  mutation UpdateCommitteeMember($id: ID!, $input: CommitteeMemberInput!) {
    updateCommitteeMember(id: $id, input: $input) { id personName position title sortOrder unit { id name } }
  }
`);
const REMOVE = graphql(`
  mutation RemoveCommitteeMember($id: ID!) {
    removeCommitteeMember(id: $id)
  }
`);

interface Member {
  id: string;
  personName: string;
  position: CommitteePosition;
  title?: string | null;
  sortOrder: number;
  unit?: { id: string; name: string } | null;
}

interface Values {
  personName: string;
  position: CommitteePosition;
  title?: string;
  unitId?: string;
  sortOrder?: number;
}

export function CommitteePanel({ communityId, members }: { communityId: string; members: Member[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const units = useQuery(UNIT_OPTIONS);
  const [editing, setEditing] = useState<Member | 'new' | null>(null);
  const [form] = Form.useForm<Values>();
  const refetch = { refetchQueries: ['Community'] };
  const [add, adding] = useMutation(ADD, refetch);
  const [update, updating] = useMutation(UPDATE);
  const [remove] = useMutation(REMOVE, refetch);

  const open = (member: Member | 'new') => {
    setEditing(member);
    form.setFieldsValue(
      member === 'new'
        ? { personName: '', position: 'MEMBER', title: '', unitId: undefined, sortOrder: 0 }
        : { personName: member.personName, position: member.position, title: member.title ?? '', unitId: member.unit?.id, sortOrder: member.sortOrder },
    );
  };

  const save = async () => {
    const values = await form.validateFields();
    const input = { ...values, unitId: values.unitId ?? null, title: values.title || null };
    try {
      if (editing === 'new') await add({ variables: { communityId, input } });
      else if (editing) await update({ variables: { id: editing.id, input } });
      message.success(t(editing === 'new' ? 'toast.created' : 'toast.updated'));
      setEditing(null);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Card
      title={t('committee.title')}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => open('new')}>
          {t('committee.add')}
        </Button>
      }
    >
      <Table<Member>
        rowKey="id"
        dataSource={members}
        pagination={false}
        scroll={{ x: 560 }}
        locale={{ emptyText: <EmptyState text={t('committee.empty')} /> }}
        columns={[
          { title: t('committee.personName'), dataIndex: 'personName' },
          {
            title: t('committee.position'),
            dataIndex: 'position',
            render: (p: CommitteePosition) => <Tag color={p === 'FIRST_SECRETARY' ? 'red' : undefined}>{t(`positions.${p}`)}</Tag>,
          },
          { title: t('committee.titleField'), dataIndex: 'title', render: (v: string | null) => v ?? '—' },
          { title: t('committee.unit'), key: 'unit', render: (_, m) => m.unit?.name ?? '—' },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            render: (_, m) => (
              <Space>
                <Button size="small" onClick={() => open(m)}>
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t('common.confirmDelete', { name: m.personName })}
                  okText={t('common.delete')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove({ variables: { id: m.id } }).catch((e) => message.error(errorMessage(e)))}
                >
                  <Button size="small" danger>
                    {t('common.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <SaveModal
        open={editing !== null}
        title={editing === 'new' ? t('committee.add') : t('committee.edit')}
        onOk={save}
        onCancel={() => setEditing(null)}
        confirmLoading={adding.loading || updating.loading}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="personName" label={t('committee.personName')} rules={[{ required: true, whitespace: true, max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="position" label={t('committee.position')} rules={[{ required: true }]}>
            <Select options={POSITIONS.map((p) => ({ value: p, label: t(`positions.${p}`) }))} />
          </Form.Item>
          <Form.Item name="title" label={t('committee.titleField')}>
            <Input maxLength={200} placeholder={t('committee.titlePlaceholder')} />
          </Form.Item>
          <Form.Item name="unitId" label={t('committee.unit')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              loading={units.loading}
              options={(units.data?.partnerUnits ?? []).map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
          <Form.Item name="sortOrder" label={t('committee.sortOrder')}>
            <InputNumber min={0} max={999} />
          </Form.Item>
        </Form>
      </SaveModal>
    </Card>
  );
}
