import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { formatDateTime } from '../../app/format';
import { PagerBar, useCursorPages } from '../../app/pager';
import { EmptyState, LoadError } from '../../app/states';
import { graphql } from '../../gql';
import type { Role, UsersQuery } from '../../gql/graphql';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { ALL_ROLES, UserDialog } from './UserDialog';

const PAGE = 20;

export const USERS = graphql(`
  query Users($filter: UserFilter, $first: Int, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node { id username displayName roles phone active lastLoginAt community { id name } unit { id name } }
      }
    }
  }
`);

const SET_ACTIVE = graphql(`
  mutation SetUserActive($id: ID!, $active: Boolean!) {
    setUserActive(id: $id, active: $active) { id active }
  }
`);

export type UserRow = UsersQuery['users']['edges'][number]['node'];

export default function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const pages = useCursorPages();
  const filter = { search: search || null, role: role ?? null };
  const { data, loading, error, refetch } = useQuery(USERS, { variables: { filter, first: PAGE, after: pages.after } });
  const [setActive] = useMutation(SET_ACTIVE);
  const [editing, setEditing] = useState<UserRow | 'new' | null>(null);
  const [resetting, setResetting] = useState<UserRow | null>(null);

  const users = data?.users;

  const toggle = async (user: UserRow, active: boolean) => {
    try {
      await setActive({ variables: { id: user.id, active } });
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;

  return (
    <Card
      title={t('users.title')}
      extra={
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('users.searchPlaceholder')}
            style={{ width: 220 }}
            onSearch={(value) => {
              setSearch(value.trim());
              pages.restart();
            }}
          />
          <Select
            allowClear
            placeholder={t('users.filterRole')}
            aria-label={t('users.filterRole')}
            style={{ width: 160 }}
            value={role}
            onChange={(value) => {
              setRole(value);
              pages.restart();
            }}
            options={ALL_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="new-user">
            {t('users.create')}
          </Button>
        </Space>
      }
    >
      <Table<UserRow>
        rowKey="id"
        loading={loading}
        dataSource={users?.edges.map((e) => e.node) ?? []}
        scroll={{ x: 900 }}
        pagination={false}
        locale={{ emptyText: <EmptyState text={t('users.empty')} /> }}
        columns={[
          { title: t('users.username'), dataIndex: 'username' },
          { title: t('users.displayName'), dataIndex: 'displayName' },
          { title: t('users.roles'), dataIndex: 'roles', render: (roles: Role[]) => roles.map((r) => <Tag key={r}>{t(`roles.${r}`)}</Tag>) },
          { title: `${t('users.community')} / ${t('users.unit')}`, key: 'attach', render: (_, u) => u.community?.name ?? u.unit?.name ?? '—' },
          { title: t('users.lastLogin'), dataIndex: 'lastLoginAt', render: formatDateTime },
          { title: t('common.status'), dataIndex: 'active', render: (a: boolean) => (a ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>) },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 250,
            render: (_, u) => (
              <Space wrap>
                <Button size="small" onClick={() => setEditing(u)}>
                  {t('common.edit')}
                </Button>
                <Button size="small" onClick={() => setResetting(u)}>
                  {t('users.resetPassword')}
                </Button>
                {u.active ? (
                  <Popconfirm
                    title={t('users.confirmDeactivate', { name: u.displayName })}
                    okButtonProps={{ danger: true }}
                    okText={t('users.deactivate')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => toggle(u, false)}
                  >
                    <Button size="small" danger>
                      {t('users.deactivate')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button size="small" onClick={() => toggle(u, true)}>
                    {t('users.activate')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <PagerBar pages={pages} connection={users} />
      <UserDialog
        user={editing}
        onClose={(changed) => {
          setEditing(null);
          if (changed) void refetch();
        }}
      />
      <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} />
    </Card>
  );
}
