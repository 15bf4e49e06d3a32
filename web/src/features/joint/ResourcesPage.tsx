import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { SaveModal } from '../../app/SaveModal';
import { EmptyState, LoadError } from '../../app/states';
import { graphql } from '../../gql';
import type { NeedCategory, ResourceCategory, ResourcesQuery } from '../../gql/graphql';
import { UNIT_OPTIONS } from '../org/org.documents';
import { NEED_CATEGORIES, RESOURCE_CATEGORIES } from './joint.documents';

const RESOURCES = graphql(`
  query Resources($unitId: ID) {
    resources(unitId: $unitId) { id title category quantity unitOfMeasure availability description servesCategory unit { id name } }
  }
`);
const ADD = graphql(`mutation AddResource($input: AddResourceInput!) { addResource(input: $input) { id } }`);
const UPDATE = graphql(
  `mutation UpdateResource($id: ID!, $input: UpdateResourceInput!) { updateResource(id: $id, input: $input) { id title category quantity unitOfMeasure availability description servesCategory } }`,
);
const WITHDRAW = graphql(`mutation WithdrawResource($id: ID!) { withdrawResource(id: $id) { id withdrawnAt } }`);

type Row = ResourcesQuery['resources'][number];
interface Values {
  title: string;
  category: ResourceCategory;
  quantity?: number;
  unitOfMeasure?: string;
  availability?: string;
  description?: string;
  servesCategory?: NeedCategory;
}

/** A unit's resource list (资源清单): its representatives keep it; everyone else can browse all units'. */
export default function ResourcesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { viewer, hasRole } = useAuth();
  const ownUnit = hasRole('UNIT_REP') ? viewer?.unit : null;
  const [unitId, setUnitId] = useState<string | undefined>(ownUnit?.id);
  const units = useQuery(UNIT_OPTIONS);
  const { data, loading, error, refetch } = useQuery(RESOURCES, { variables: { unitId: unitId ?? null } });
  const [add, adding] = useMutation(ADD);
  const [update, updating] = useMutation(UPDATE);
  const [withdraw] = useMutation(WITHDRAW);
  const [editing, setEditing] = useState<Row | 'new' | null>(null);
  const [form] = Form.useForm<Values>();
  const canEdit = (row: Row) => !!ownUnit && row.unit.id === ownUnit.id;

  const open = (row: Row | 'new') => {
    setEditing(row);
    form.resetFields();
    if (row !== 'new')
      form.setFieldsValue({
        ...row,
        quantity: row.quantity ?? undefined,
        unitOfMeasure: row.unitOfMeasure ?? '',
        availability: row.availability ?? '',
        description: row.description ?? '',
        servesCategory: row.servesCategory ?? undefined,
      });
  };
  const save = async () => {
    const v = await form.validateFields();
    const input = { ...v, quantity: v.quantity ?? null, servesCategory: v.servesCategory ?? null };
    try {
      if (editing === 'new') await add({ variables: { input } });
      else if (editing) await update({ variables: { id: editing.id, input } });
      message.success(t(editing === 'new' ? 'toast.created' : 'toast.updated'));
      setEditing(null);
      void refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;

  return (
    <Card
      title={ownUnit ? `${t('joint.resources')} · ${ownUnit.name}` : t('joint.resources')}
      extra={
        <Space wrap>
          {!ownUnit && (
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t('joint.unit')}
              aria-label={t('joint.unit')}
              style={{ width: 200 }}
              value={unitId}
              onChange={setUnitId}
              options={(units.data?.partnerUnits ?? []).map((u) => ({ value: u.id, label: u.name }))}
            />
          )}
          {ownUnit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="add-resource">
              {t('joint.addResource')}
            </Button>
          )}
        </Space>
      }
    >
      <Table<Row>
        rowKey="id"
        loading={loading && !data}
        dataSource={data?.resources ?? []}
        scroll={{ x: 760 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <EmptyState text={t('joint.resourcesEmpty')} /> }}
        columns={[
          { title: t('joint.title'), dataIndex: 'title' },
          { title: t('joint.unit'), key: 'unit', render: (_, r) => r.unit.name },
          { title: t('joint.category'), dataIndex: 'category', render: (c: ResourceCategory) => <Tag>{t(`resourceCategory.${c}`)}</Tag> },
          { title: t('joint.quantity'), key: 'quantity', render: (_, r) => (r.quantity === null || r.quantity === undefined ? '—' : `${r.quantity} ${r.unitOfMeasure ?? ''}`) },
          { title: t('joint.servesCategory'), dataIndex: 'servesCategory', render: (c: NeedCategory | null) => (c ? t(`needCategory.${c}`) : '—') },
          { title: t('joint.availability'), dataIndex: 'availability', render: (v: string | null) => v ?? '—' },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, r) =>
              canEdit(r) && (
                <Space>
                  <Button size="small" onClick={() => open(r)}>
                    {t('common.edit')}
                  </Button>
                  <Popconfirm
                    title={t('joint.confirmWithdraw', { title: r.title })}
                    okButtonProps={{ danger: true }}
                    okText={t('joint.withdraw')}
                    cancelText={t('common.cancel')}
                    onConfirm={() =>
                      withdraw({ variables: { id: r.id } })
                        .then(() => refetch())
                        .catch((e) => message.error(errorMessage(e)))
                    }
                  >
                    <Button size="small" danger>
                      {t('joint.withdraw')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      <SaveModal
        open={editing !== null}
        title={editing === 'new' ? t('joint.addResource') : t('joint.editResource')}
        onOk={save}
        onCancel={() => setEditing(null)}
        confirmLoading={adding.loading || updating.loading}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="title" label={t('joint.title')} rules={[{ required: true, whitespace: true, max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="category" label={t('joint.category')} rules={[{ required: true }]}>
            <Select options={RESOURCE_CATEGORIES.map((c) => ({ value: c, label: t(`resourceCategory.${c}`) }))} />
          </Form.Item>
          <Space>
            <Form.Item name="quantity" label={t('joint.quantity')}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="unitOfMeasure" label={t('joint.unitOfMeasure')}>
              <Input maxLength={20} style={{ width: 100 }} />
            </Form.Item>
          </Space>
          <Form.Item name="servesCategory" label={t('joint.servesCategory')}>
            <Select allowClear options={NEED_CATEGORIES.map((c) => ({ value: c, label: t(`needCategory.${c}`) }))} />
          </Form.Item>
          <Form.Item name="availability" label={t('joint.availability')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="description" label={t('joint.description')}>
            <Input.TextArea rows={3} maxLength={10000} />
          </Form.Item>
        </Form>
      </SaveModal>
    </Card>
  );
}
