import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Form, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { SaveModal } from '../../app/SaveModal';
import { EmptyState } from '../../app/states';
import { graphql } from '../../gql';
import type { TeamKind, TeamsQuery } from '../../gql/graphql';

const TEAMS = graphql(`
  query Teams($communityId: ID!) {
    teams(communityId: $communityId) { id name kind captain { id user { displayName } } members { id user { displayName } } }
    volunteers(communityId: $communityId) { id skills user { displayName } }
  }
`);
const CREATE = graphql(`mutation CreateTeam($input: CreateTeamInput!) { createTeam(input: $input) { id } }`);
const KINDS: TeamKind[] = ['DOOR_KNOCKING', 'YELLOW_RIBBON', 'STREET_PATROL', 'SERVICE', 'PROFESSIONAL'];

type Team = TeamsQuery['teams'][number];

/** The secretary's teams: 敲门组, 黄丝带服务队, 街巷巡查组 … with their captain and members. */
export function Teams({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, refetch } = useQuery(TEAMS, { variables: { communityId } });
  const [create, { loading: saving }] = useMutation(CREATE);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ name: string; kind: TeamKind; captainId?: string; memberIds?: string[] }>();
  const people = (data?.volunteers ?? []).map((v) => ({ value: v.id, label: `${v.user.displayName}${v.skills.length ? `（${v.skills.slice(0, 3).join('、')}）` : ''}` }));

  const save = async () => {
    const v = await form.validateFields();
    try {
      await create({ variables: { input: { communityId, name: v.name, kind: v.kind, captainId: v.captainId ?? null, memberIds: v.memberIds ?? [] } } });
      message.success(t('care.teamCreated'));
      setOpen(false);
      form.resetFields();
      void refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setOpen(true)}>
        {t('volunteer.createTeam')}
      </Button>
      <Table<Team>
        rowKey="id"
        loading={loading && !data}
        dataSource={data?.teams ?? []}
        pagination={false}
        locale={{ emptyText: <EmptyState text={t('common.none')} /> }}
        columns={[
          { title: t('volunteer.teamName'), dataIndex: 'name' },
          { title: t('volunteer.teamKind'), dataIndex: 'kind', render: (k: TeamKind) => <Tag>{t(`teamKind.${k}`)}</Tag> },
          { title: t('volunteer.captain'), key: 'captain', render: (_, team) => team.captain?.user.displayName ?? '—' },
          { title: t('volunteer.members'), key: 'members', render: (_, team) => team.members.map((m) => m.user.displayName).join('、') || '—' },
        ]}
      />
      <SaveModal open={open} title={t('volunteer.createTeam')} onOk={save} onCancel={() => setOpen(false)} confirmLoading={saving}>
        <Form form={form} layout="vertical" initialValues={{ kind: 'DOOR_KNOCKING' }}>
          <Form.Item name="name" label={t('volunteer.teamName')} rules={[{ required: true, whitespace: true, max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="kind" label={t('volunteer.teamKind')} rules={[{ required: true }]}>
            <Select options={KINDS.map((k) => ({ value: k, label: t(`teamKind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="captainId" label={t('volunteer.captain')}>
            <Select allowClear showSearch optionFilterProp="label" options={people} />
          </Form.Item>
          <Form.Item name="memberIds" label={t('volunteer.members')}>
            <Select mode="multiple" optionFilterProp="label" options={people} />
          </Form.Item>
        </Form>
      </SaveModal>
    </>
  );
}
