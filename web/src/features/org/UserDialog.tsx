import { useMutation, useQuery } from '@apollo/client/react';
import { App, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { SaveModal } from '../../app/SaveModal';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { COMMUNITIES, UNIT_OPTIONS } from './org.documents';
import type { UserRow } from './UsersPage';

export const ALL_ROLES: Role[] = ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP', 'VOLUNTEER', 'GRID_WORKER'];
const COMMUNITY_ROLES: Role[] = ['COMMUNITY_SECRETARY', 'GRID_WORKER', 'VOLUNTEER'];

const CREATE = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) { id }
  }
`);
const UPDATE = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) { id displayName roles phone community { id name } unit { id name } }
  }
`);

interface Values {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  communityId?: string;
  unitId?: string;
  phone?: string;
}

export function UserDialog({ user, onClose }: { user: UserRow | 'new' | null; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const communities = useQuery(COMMUNITIES, { skip: !user });
  const units = useQuery(UNIT_OPTIONS, { skip: !user });
  const [create, creating] = useMutation(CREATE);
  const [update, updating] = useMutation(UPDATE);
  const roles = Form.useWatch('roles', form) ?? [];
  const isNew = user === 'new';

  useEffect(() => {
    if (!user) return;
    form.resetFields();
    if (user !== 'new') form.setFieldsValue({ displayName: user.displayName, roles: user.roles, communityId: user.community?.id, unitId: user.unit?.id, phone: user.phone ?? '' });
  }, [user, form]);

  const save = async () => {
    const values = await form.validateFields();
    const attach = { communityId: values.communityId ?? null, unitId: values.unitId ?? null, phone: values.phone || null };
    try {
      if (isNew) await create({ variables: { input: { username: values.username, displayName: values.displayName, password: values.password, roles: values.roles, ...attach } } });
      else if (user) await update({ variables: { id: user.id, input: { displayName: values.displayName, roles: values.roles, ...attach } } });
      message.success(t(isNew ? 'toast.created' : 'toast.updated'));
      onClose(true);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <SaveModal open={!!user} title={isNew ? t('users.create') : t('users.edit')} onOk={save} onCancel={() => onClose(false)} confirmLoading={creating.loading || updating.loading}>
      <Form form={form} layout="vertical">
        {isNew && (
          <Form.Item
            name="username"
            label={t('users.username')}
            extra={t('users.usernameRule')}
            rules={[{ required: true, pattern: /^[A-Za-z0-9._-]{3,40}$/, message: t('users.usernameRule') }]}
          >
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        {isNew && (
          <Form.Item name="password" label={t('users.password')} extra={t('users.passwordRule')} rules={[{ required: true, min: 8, max: 128, message: t('users.passwordRule') }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Form.Item name="roles" label={t('users.roles')} rules={[{ required: true, type: 'array', min: 1, message: t('users.rolesRequired') }]}>
          <Select mode="multiple" options={ALL_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} data-testid="roles-select" />
        </Form.Item>
        {roles.some((r) => COMMUNITY_ROLES.includes(r)) && (
          <Form.Item name="communityId" label={t('users.community')} rules={[{ required: roles.some((r) => r !== 'VOLUNTEER' && COMMUNITY_ROLES.includes(r)) }]}>
            <Select allowClear showSearch optionFilterProp="label" options={(communities.data?.communities ?? []).map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
        )}
        {roles.includes('UNIT_REP') && (
          <Form.Item name="unitId" label={t('users.unit')} rules={[{ required: true }]}>
            <Select allowClear showSearch optionFilterProp="label" options={(units.data?.partnerUnits ?? []).map((u) => ({ value: u.id, label: u.name }))} />
          </Form.Item>
        )}
        <Form.Item name="phone" label={t('users.phone')} rules={[{ pattern: /^[0-9+\- ()]{0,30}$/ }]}>
          <Input maxLength={30} />
        </Form.Item>
      </Form>
    </SaveModal>
  );
}
