import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, List, Modal, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { graphql } from '../../gql';
import { downloadWithToken } from './download';

const IMPORT = graphql(`
  mutation ImportNeeds($communityId: ID!, $fileName: String!, $contentBase64: String!) {
    importNeeds(communityId: $communityId, fileName: $fileName, contentBase64: $contentBase64) { imported errors { row message } }
  }
`);

const MAX_BYTES = 700 * 1024;

async function base64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function ImportDialog({ communityId, onClose, onImported }: { communityId: string; onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<{ row: number; message: string }[]>([]);
  const [run, { loading }] = useMutation(IMPORT);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setErrors([]);
    if (file.size > MAX_BYTES) return message.error(t('joint.importHelp'));
    try {
      const result = await run({ variables: { communityId, fileName: file.name, contentBase64: await base64(file) } });
      const outcome = result.data?.importNeeds;
      if (outcome?.errors.length) return setErrors(outcome.errors);
      message.success(t('joint.imported', { count: outcome?.imported ?? 0 }));
      onImported();
      onClose();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Modal open title={t('joint.importTitle')} onCancel={onClose} footer={null}>
      <Typography.Paragraph>{t('joint.importHelp')}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }}>
        <Button icon={<DownloadOutlined />} onClick={() => downloadWithToken('/api/templates/needs.xlsx', '需求清单模板.xlsx').catch((e) => message.error(String(e)))}>
          {t('joint.downloadTemplate')}
        </Button>
        <Button type="primary" icon={<UploadOutlined />} loading={loading} onClick={() => input.current?.click()}>
          {t('joint.chooseFile')}
        </Button>
        <input ref={input} type="file" accept=".xlsx,.csv" style={{ display: 'none' }} onChange={(e) => void upload(e.target.files?.[0])} data-testid="import-file" />
      </Space>
      {errors.length > 0 && (
        <Alert
          type="error"
          message={t('joint.importErrors')}
          description={<List size="small" dataSource={errors} renderItem={(e) => <List.Item>{`${t('joint.row', { row: e.row })}：${e.message}`}</List.Item>} />}
        />
      )}
    </Modal>
  );
}
