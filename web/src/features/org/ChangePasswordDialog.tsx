import { useMutation } from '@apollo/client/react';
import App from 'antd/es/app';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { SaveModal } from '../../app/SaveModal';
import { graphql } from '../../gql';

const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($current: String!, $next: String!) {
    changePassword(currentPassword: $current, newPassword: $next)
  }
`);

interface Values {
  current: string;
  next: string;
  confirm: string;
}

export default function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [change, { loading }] = useMutation(CHANGE_PASSWORD);

  const submit = async () => {
    const values = await form.validateFields();
    try {
      await change({ variables: { current: values.current, next: values.next } });
      message.success(t('account.changed'));
      form.resetFields();
      onClose();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <SaveModal open={open} title={t('account.changePassword')} onOk={submit} onCancel={onClose} confirmLoading={loading} destroyOnHidden forceRender={false}>
      <Form form={form} layout="vertical">
        <Form.Item name="current" label={t('account.currentPassword')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="next" label={t('account.newPassword')} rules={[{ required: true, min: 8, max: 128, message: t('users.passwordRule') }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('account.confirmPassword')}
          dependencies={['next']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({ validator: (_, v) => (v === getFieldValue('next') ? Promise.resolve() : Promise.reject(new Error(t('account.mismatch')))) }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </SaveModal>
  );
}
