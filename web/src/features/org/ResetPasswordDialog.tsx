import { useMutation } from '@apollo/client/react';
import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { SaveModal } from '../../app/SaveModal';
import { graphql } from '../../gql';

const RESET = graphql(`
  mutation ResetPassword($id: ID!, $password: String!) {
    resetPassword(id: $id, newPassword: $password) { id }
  }
`);

export function ResetPasswordDialog({ user, onClose }: { user: { id: string; displayName: string } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const [reset, { loading }] = useMutation(RESET);

  const save = async () => {
    const { password } = await form.validateFields();
    try {
      if (user) await reset({ variables: { id: user.id, password } });
      message.success(t('users.resetDone'));
      form.resetFields();
      onClose();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <SaveModal open={!!user} title={`${t('users.resetPassword')} · ${user?.displayName ?? ''}`} onOk={save} onCancel={onClose} confirmLoading={loading}>
      <Form form={form} layout="vertical">
        <Form.Item name="password" label={t('users.newPassword')} extra={t('users.passwordRule')} rules={[{ required: true, min: 8, max: 128, message: t('users.passwordRule') }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </SaveModal>
  );
}
