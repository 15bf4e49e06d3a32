import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Input, Popconfirm, Select, Space, Switch, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { downloadCsv } from '../../app/csv';
import { SaveModal } from '../../app/SaveModal';
import { EmptyState, LoadError } from '../../app/states';
import { graphql } from '../../gql';
import type { UnitKind, UnitsQuery } from '../../gql/graphql';

const KINDS: UnitKind[] = ['GOVERNMENT', 'INSTITUTION', 'ENTERPRISE', 'SCHOOL', 'SOCIAL_ORGANIZATION', 'OTHER'];

const UNITS = graphql(`
  query Units($includeInactive: Boolean) {
    partnerUnits(includeInactive: $includeInactive) { id name kind contactName contactPhone address active }
  }
`);
const CREATE = graphql(`
  mutation CreatePartnerUnit($input: CreatePartnerUnitInput!) {
    createPartnerUnit(input: $input) { id }
  }
`);
const UPDATE = graphql(`
  mutation UpdatePartnerUnit($id: ID!, $input: UpdatePartnerUnitInput!) {
    updatePartnerUnit(id: $id, input: $input) { id name kind contactName contactPhone address active }
  }
`);

type Unit = UnitsQuery['partnerUnits'][number];
interface Values {
  name: string;
  kind: UnitKind;
  contactName?: string;
  contactPhone?: string;
  address?: string;
}

export default function UnitsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [includeInactive, setIncludeInactive] = useState(false);
  const { data, loading, error, refetch } = useQuery(UNITS, { variables: { includeInactive } });
  const [create, creating] = useMutation(CREATE, { refetchQueries: ['Units', 'UnitOptions'] });
  const [update, updating] = useMutation(UPDATE, { refetchQueries: ['Units', 'UnitOptions'] });
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [form] = Form.useForm<Values>();

  const rows = useMemo(() => {
    const needle = search.trim();
    const all = data?.partnerUnits ?? [];
    return needle ? all.filter((u) => u.name.includes(needle) || (u.contactName ?? '').includes(needle)) : all;
  }, [data, search]);

  const open = (unit: Unit | 'new') => {
    setEditing(unit);
    form.setFieldsValue(
      unit === 'new'
        ? { name: '', kind: 'GOVERNMENT', contactName: '', contactPhone: '', address: '' }
        : { name: unit.name, kind: unit.kind, contactName: unit.contactName ?? '', contactPhone: unit.contactPhone ?? '', address: unit.address ?? '' },
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

  const setActive = async (unit: Unit, active: boolean) => {
    try {
      await update({ variables: { id: unit.id, input: { active } } });
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;

  return (
    <Card
      title={t('units.title')}
      extra={
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('units.name')}
            aria-label={t('units.name')}
            onSearch={setSearch}
            onChange={(e) => !e.target.value && setSearch('')}
            style={{ width: 200 }}
          />
          <Space size={4}>
            <Switch size="small" aria-label={t('units.showInactive')} checked={includeInactive} onChange={setIncludeInactive} /> {t('units.showInactive')}
          </Space>
          <Button
            icon={<DownloadOutlined />}
            disabled={!rows.length}
            onClick={() =>
              downloadCsv(
                'partner-units.csv',
                [t('units.name'), t('units.kind'), t('units.contactName'), t('units.contactPhone'), t('units.address'), t('common.status')],
                rows.map((u) => [u.name, t(`unitKinds.${u.kind}`), u.contactName, u.contactPhone, u.address, u.active ? t('common.active') : t('common.inactive')]),
              )
            }
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
            {t('units.create')}
          </Button>
        </Space>
      }
    >
      <Table<Unit>
        rowKey="id"
        loading={loading && !data}
        dataSource={rows}
        scroll={{ x: 720 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
        locale={{ emptyText: <EmptyState text={t('units.empty')} /> }}
        columns={[
          { title: t('units.name'), dataIndex: 'name' },
          { title: t('units.kind'), dataIndex: 'kind', render: (k: UnitKind) => <Tag>{t(`unitKinds.${k}`)}</Tag> },
          { title: t('units.contactName'), dataIndex: 'contactName', render: (v: string | null) => v ?? '—' },
          { title: t('units.contactPhone'), dataIndex: 'contactPhone', render: (v: string | null) => v ?? '—' },
          { title: t('common.status'), dataIndex: 'active', render: (a: boolean) => (a ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>) },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 170,
            render: (_, u) => (
              <Space>
                <Button size="small" onClick={() => open(u)}>
                  {t('common.edit')}
                </Button>
                {u.active ? (
                  <Popconfirm
                    title={t('units.confirmDeactivate', { name: u.name })}
                    okButtonProps={{ danger: true }}
                    okText={t('units.deactivate')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => setActive(u, false)}
                  >
                    <Button size="small" danger>
                      {t('units.deactivate')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button size="small" onClick={() => setActive(u, true)}>
                    {t('units.activate')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <SaveModal
        open={editing !== null}
        title={editing === 'new' ? t('units.create') : t('units.edit')}
        onOk={save}
        onCancel={() => setEditing(null)}
        confirmLoading={creating.loading || updating.loading}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="name" label={t('units.name')} rules={[{ required: true, whitespace: true, max: 200, message: t('communities.nameRequired') }]}>
            <Input maxLength={200} placeholder={t('units.namePlaceholder')} />
          </Form.Item>
          <Form.Item name="kind" label={t('units.kind')} rules={[{ required: true }]}>
            <Select options={KINDS.map((k) => ({ value: k, label: t(`unitKinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="contactName" label={t('units.contactName')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="contactPhone" label={t('units.contactPhone')} rules={[{ pattern: /^[0-9+\- ()]{0,30}$/ }]}>
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item name="address" label={t('units.address')}>
            <Input maxLength={500} />
          </Form.Item>
        </Form>
      </SaveModal>
    </Card>
  );
}
