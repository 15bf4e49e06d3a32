import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Input, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { downloadCsv } from '../../app/csv';
import { SaveModal } from '../../app/SaveModal';
import { EmptyState, LoadError } from '../../app/states';
import { graphql } from '../../gql';
import type { CommunitiesQuery } from '../../gql/graphql';
import { COMMUNITIES } from './org.documents';

type Community = CommunitiesQuery['communities'][number];

const CREATE = graphql(`
  mutation CreateCommunity($input: CreateCommunityInput!) {
    createCommunity(input: $input) { id name subdistrict address grids { id name } committee { id personName position } }
  }
`);

const UPDATE = graphql(`
  mutation UpdateCommunity($id: ID!, $input: UpdateCommunityInput!) {
    updateCommunity(id: $id, input: $input) { id name subdistrict address }
  }
`);

interface Values {
  name: string;
  subdistrict: string;
  address?: string;
}

export default function CommunitiesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { viewer, hasRole } = useAuth();
  const isAdmin = hasRole('ADMIN');
  const { data, loading, error, refetch } = useQuery(COMMUNITIES);
  const [create, creating] = useMutation(CREATE, { refetchQueries: [COMMUNITIES] });
  const [update, updating] = useMutation(UPDATE);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Community | 'new' | null>(null);
  const [form] = Form.useForm<Values>();

  const rows = useMemo(() => {
    const all = data?.communities ?? [];
    const mine = isAdmin ? all : all.filter((c) => c.id === viewer?.community?.id);
    const needle = search.trim();
    return needle ? mine.filter((c) => c.name.includes(needle) || c.subdistrict.includes(needle)) : mine;
  }, [data, isAdmin, viewer, search]);

  const open = (community: Community | 'new') => {
    setEditing(community);
    form.setFieldsValue(
      community === 'new' ? { name: '', subdistrict: '', address: '' } : { name: community.name, subdistrict: community.subdistrict, address: community.address ?? '' },
    );
  };

  const save = async () => {
    const values = await form.validateFields();
    try {
      if (editing === 'new') await create({ variables: { input: values } });
      else if (editing) await update({ variables: { id: editing.id, input: values } });
      message.success(t(editing === 'new' ? 'toast.created' : 'toast.updated'));
      setEditing(null);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const exportCsv = () =>
    downloadCsv(
      'communities.csv',
      [t('communities.name'), t('communities.subdistrict'), t('communities.address'), t('communities.grids')],
      rows.map((c) => [c.name, c.subdistrict, c.address, c.grids.map((g) => g.name).join('、')]),
    );

  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;

  return (
    <Card
      title={t('communities.title')}
      extra={
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('communities.searchPlaceholder')}
            onSearch={setSearch}
            onChange={(e) => !e.target.value && setSearch('')}
            style={{ width: 220 }}
          />
          <Button icon={<DownloadOutlined />} onClick={exportCsv} disabled={!rows.length} />
          {isAdmin && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="new-community">
              {t('communities.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Table<Community>
        rowKey="id"
        loading={loading && !data}
        dataSource={rows}
        scroll={{ x: 640 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
        locale={{ emptyText: <EmptyState text={t('communities.empty')} /> }}
        columns={[
          { title: t('communities.name'), dataIndex: 'name', render: (name: string, c) => <Link to={`/admin/communities/${c.id}`}>{name}</Link> },
          { title: t('communities.subdistrict'), dataIndex: 'subdistrict' },
          {
            title: t('communities.grids'),
            key: 'grids',
            render: (_, c) => (c.grids.length ? c.grids.map((g) => <Tag key={g.id}>{g.name}</Tag>) : <span style={{ color: '#999' }}>{t('common.none')}</span>),
          },
          {
            title: t('positions.FIRST_SECRETARY'),
            key: 'first',
            render: (_, c) => c.committee.find((m) => m.position === 'FIRST_SECRETARY')?.personName ?? '—',
          },
          ...(isAdmin
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 90,
                  render: (_: unknown, c: Community) => (
                    <Button size="small" onClick={() => open(c)}>
                      {t('common.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <SaveModal
        open={editing !== null}
        title={editing === 'new' ? t('communities.create') : t('communities.edit')}
        onOk={save}
        onCancel={() => setEditing(null)}
        confirmLoading={creating.loading || updating.loading}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="name" label={t('communities.name')} rules={[{ required: true, whitespace: true, max: 200, message: t('communities.nameRequired') }]}>
            <Input maxLength={200} placeholder={t('communities.namePlaceholder')} />
          </Form.Item>
          <Form.Item name="subdistrict" label={t('communities.subdistrict')} rules={[{ required: true, whitespace: true, max: 200, message: t('communities.nameRequired') }]}>
            <Input maxLength={200} placeholder={t('communities.subdistrictPlaceholder')} />
          </Form.Item>
          <Form.Item name="address" label={t('communities.address')}>
            <Input maxLength={500} />
          </Form.Item>
        </Form>
      </SaveModal>
    </Card>
  );
}
