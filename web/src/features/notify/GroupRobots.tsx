import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Input, Popconfirm, Radio, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { Loading } from '../../app/Loading';
import { EmptyState, LoadError } from '../../app/states';
import { GROUP_WEBHOOKS, REMOVE_GROUP_WEBHOOK, SET_GROUP_WEBHOOK, TEST_GROUP_WEBHOOK } from './notify.documents';

interface Values {
  owner: 'community' | 'unit';
  ownerId: string;
  url: string;
  secret?: string;
}

/** Work-group robots (WeCom, DingTalk) per community or unit: set, test, remove. The URL is never shown again, only its host. */
export function GroupRobots() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const owner = Form.useWatch('owner', form) ?? 'unit';
  const { data, loading, error, refetch } = useQuery(GROUP_WEBHOOKS);
  const refresh = { refetchQueries: [GROUP_WEBHOOKS] };
  const [save, saving] = useMutation(SET_GROUP_WEBHOOK, refresh);
  const [remove] = useMutation(REMOVE_GROUP_WEBHOOK, refresh);
  const [test] = useMutation(TEST_GROUP_WEBHOOK);
  const [testing, setTesting] = useState<string | null>(null);

  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;
  if (loading && !data) return <Loading />;

  const submit = async (values: Values) => {
    try {
      const key = values.owner === 'community' ? 'communityId' : 'unitId';
      await save({ variables: { input: { [key]: values.ownerId, url: values.url.trim(), secret: values.secret?.trim() || null } } });
      message.success(t('notify.robotSaved'));
      form.resetFields(['url', 'secret']);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const sendTest = async (id: string) => {
    setTesting(id);
    try {
      const result = (await test({ variables: { id } })).data?.testGroupWebhook;
      if (result?.ok) message.success(t('notify.robotTestOk'));
      else message.error(t('notify.robotTestFailed', { error: result?.error ?? '' }));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setTesting(null);
    }
  };
  const owners = (owner === 'community' ? data?.communities : data?.partnerUnits) ?? [];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('notify.robotsTitle')} size="small">
        <p>{t('notify.robotsHelp')}</p>
        {!data?.groupWebhooks.length ? (
          <EmptyState text={t('notify.robotsEmpty')} />
        ) : (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={data.groupWebhooks}
            data-testid="robots"
            columns={[
              { title: t('notify.robotOwner'), key: 'owner', render: (_, w) => `${w.ownerName}（${t(w.unitId ? 'notify.ownerUnit' : 'notify.ownerCommunity')}）` },
              { title: t('notify.robotHost'), dataIndex: 'host' },
              {
                title: t('notify.robotSigned'),
                key: 'signed',
                render: (_, w) => (w.signed ? <Tag color="green">{t('notify.signedYes')}</Tag> : <Tag>{t('notify.signedNo')}</Tag>),
              },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_, w) => (
                  <Space wrap>
                    <Button size="small" loading={testing === w.id} onClick={() => void sendTest(w.id)}>
                      {t('notify.robotTest')}
                    </Button>
                    <Popconfirm
                      title={t('notify.robotRemoveConfirm', { name: w.ownerName })}
                      onConfirm={() => remove({ variables: { id: w.id } }).catch((e) => message.error(errorMessage(e)))}
                    >
                      <Button size="small" danger>
                        {t('notify.robotRemove')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      <Card title={t('notify.robotSet')} size="small">
        <Form form={form} layout="vertical" initialValues={{ owner: 'unit' }} onFinish={(v) => void submit(v)} style={{ maxWidth: 560 }}>
          <Form.Item name="owner" label={t('notify.robotOwner')}>
            <Radio.Group onChange={() => form.setFieldValue('ownerId', undefined)}>
              <Radio value="unit">{t('notify.ownerUnit')}</Radio>
              <Radio value="community">{t('notify.ownerCommunity')}</Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="ownerId" label={t(owner === 'community' ? 'notify.ownerCommunity' : 'notify.ownerUnit')} rules={[{ required: true, message: t('notify.required') }]}>
            <Select showSearch optionFilterProp="label" options={owners.map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
          <Form.Item name="url" label={t('notify.robotUrl')} rules={[{ required: true, type: 'url', message: t('notify.badUrl') }]} extra={t('notify.robotUrlHelp')}>
            <Input inputMode="url" maxLength={1000} />
          </Form.Item>
          <Form.Item name="secret" label={t('notify.robotSecret')} extra={t('notify.robotSecretHelp')}>
            <Input.Password maxLength={200} autoComplete="off" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving.loading}>
            {t('notify.robotSave')}
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
