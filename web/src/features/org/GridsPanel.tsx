import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Form, Input, List, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { SaveModal } from '../../app/SaveModal';
import { EmptyState } from '../../app/states';
import { graphql } from '../../gql';

const CREATE_GRID = graphql(`
  mutation CreateGrid($input: CreateGridInput!) {
    createGrid(input: $input) { id name community { id grids { id name } } }
  }
`);
const RENAME_GRID = graphql(`
  mutation RenameGrid($id: ID!, $name: String!) {
    renameGrid(id: $id, name: $name) { id name }
  }
`);
const DELETE_GRID = graphql(`
  mutation DeleteGrid($id: ID!) {
    deleteGrid(id: $id)
  }
`);

interface Grid {
  id: string;
  name: string;
}

export function GridsPanel({ communityId, grids }: { communityId: string; grids: Grid[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<Grid | null>(null);
  const [form] = Form.useForm<{ name: string }>();
  const [create, creating] = useMutation(CREATE_GRID);
  const [rename, renamingState] = useMutation(RENAME_GRID);
  const [remove] = useMutation(DELETE_GRID, {
    update: (cache, _result, { variables }) => {
      if (variables) cache.evict({ id: cache.identify({ __typename: 'Grid', id: variables.id }) });
    },
  });

  const add = async () => {
    if (!name.trim()) return message.warning(t('communities.nameRequired'));
    try {
      await create({ variables: { input: { communityId, name } } });
      setName('');
      message.success(t('toast.created'));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const saveRename = async () => {
    const values = await form.validateFields();
    try {
      if (renaming) await rename({ variables: { id: renaming.id, name: values.name } });
      setRenaming(null);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Card title={t('communities.grids')}>
      <Space.Compact style={{ width: '100%', maxWidth: 420, marginBottom: 16 }}>
        <Input value={name} maxLength={200} placeholder={t('communities.gridName')} onChange={(e) => setName(e.target.value)} onPressEnter={add} data-testid="grid-name" />
        <Button type="primary" icon={<PlusOutlined />} onClick={add} loading={creating.loading} data-testid="add-grid">
          {t('communities.addGrid')}
        </Button>
      </Space.Compact>
      <List
        dataSource={grids}
        locale={{ emptyText: <EmptyState text={t('communities.gridsEmpty')} /> }}
        renderItem={(grid) => (
          <List.Item
            actions={[
              <Button
                key="rename"
                size="small"
                onClick={() => {
                  setRenaming(grid);
                  form.setFieldsValue({ name: grid.name });
                }}
              >
                {t('common.edit')}
              </Button>,
              <Popconfirm
                key="delete"
                title={t('common.confirmDelete', { name: grid.name })}
                okText={t('common.delete')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() => remove({ variables: { id: grid.id } }).catch((e) => message.error(errorMessage(e)))}
              >
                <Button size="small" danger>
                  {t('common.delete')}
                </Button>
              </Popconfirm>,
            ]}
          >
            {grid.name}
          </List.Item>
        )}
      />
      <SaveModal open={!!renaming} title={t('communities.renameGrid')} onOk={saveRename} onCancel={() => setRenaming(null)} confirmLoading={renamingState.loading}>
        <Form form={form} layout="vertical">
          <Form.Item name="name" label={t('communities.gridName')} rules={[{ required: true, whitespace: true, max: 200, message: t('communities.nameRequired') }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </SaveModal>
    </Card>
  );
}
