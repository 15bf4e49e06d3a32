import { AimOutlined, CameraOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Card, Form, Input, Result, Select, Space, Tag } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../app/apollo';
import { graphql } from '../../gql';
import type { CaseCategory } from '../../gql/graphql';
import { CASE_CATEGORIES } from './case.documents';
import { type Uploaded, uploadPhoto } from './photos';

const REPORT = graphql(`
  mutation ReportCase($input: ReportCaseInput!) {
    reportCase(input: $input) { id status }
  }
`);

interface Values {
  title: string;
  category: CaseCategory;
  description?: string;
  address?: string;
}

/** Phone-first: a grid worker on the street reports with a photo and the device's position. A retry sends the same key. */
export default function ReportCasePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [report, { loading }] = useMutation(REPORT);
  const [position, setPosition] = useState<{ latitude: number; longitude: number } | null>(null);
  const [locating, setLocating] = useState(false);
  const [photos, setPhotos] = useState<(Uploaded & { name: string })[]>([]);
  const [uploading, setUploading] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const key = useRef(crypto.randomUUID());
  const fileInput = useRef<HTMLInputElement>(null);

  const locate = () => {
    if (!navigator.geolocation) return message.warning(t('cases.locationFailed'));
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setPosition({ latitude: p.coords.latitude, longitude: p.coords.longitude });
        setLocating(false);
      },
      () => {
        setLocating(false);
        message.warning(t('cases.locationFailed'));
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };

  const addPhotos = async (files: FileList | null) => {
    if (!files) return;
    setUploading(true);
    try {
      for (const file of [...files].slice(0, 9 - photos.length)) {
        const uploaded = await uploadPhoto(file);
        setPhotos((list) => [...list, { ...uploaded, name: file.name }]);
        if (!position && uploaded.latitude !== null && uploaded.longitude !== null) setPosition({ latitude: uploaded.latitude, longitude: uploaded.longitude });
      }
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setUploading(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const submit = async (values: Values) => {
    try {
      const result = await report({
        variables: {
          input: { ...values, latitude: position?.latitude ?? null, longitude: position?.longitude ?? null, photoIds: photos.map((p) => p.id), idempotencyKey: key.current },
        },
      });
      setDone(result.data?.reportCase.id ?? '');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  if (done !== null) {
    return (
      <Result
        status="success"
        title={t('cases.submitted', { id: done.slice(0, 8) })}
        extra={[
          <Link key="see" to={`/cases/${done}`}>
            <Button>{t('cases.timeline')}</Button>
          </Link>,
          <Button
            key="again"
            type="primary"
            onClick={() => {
              key.current = crypto.randomUUID();
              form.resetFields();
              setPhotos([]);
              setPosition(null);
              setDone(null);
            }}
          >
            {t('cases.reportAnother')}
          </Button>,
        ]}
      />
    );
  }

  return (
    <Card title={t('cases.report')} style={{ maxWidth: 560 }}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ category: 'ENVIRONMENT' }}>
        <Form.Item name="title" label={t('cases.title')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input maxLength={200} data-testid="case-title" />
        </Form.Item>
        <Form.Item name="category" label={t('cases.category')}>
          <Select options={CASE_CATEGORIES.map((c) => ({ value: c, label: t(`caseCategory.${c}`) }))} />
        </Form.Item>
        <Form.Item label={t('cases.photos')}>
          <Space wrap>
            <Button icon={<CameraOutlined />} loading={uploading} onClick={() => fileInput.current?.click()} disabled={photos.length >= 9}>
              {uploading ? t('cases.uploading') : t('cases.addPhotos')}
            </Button>
            {photos.map((p) => (
              <Tag key={p.id} closable onClose={() => setPhotos((list) => list.filter((x) => x.id !== p.id))}>
                {p.name}
              </Tag>
            ))}
          </Space>
          <input
            ref={fileInput}
            type="file"
            accept="image/jpeg,image/png,image/webp"
            capture="environment"
            multiple
            style={{ display: 'none' }}
            onChange={(e) => void addPhotos(e.target.files)}
            data-testid="case-photo"
          />
        </Form.Item>
        <Form.Item label={t('cases.location')}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Button icon={<AimOutlined />} loading={locating} onClick={locate}>
              {locating ? t('cases.locating') : t('cases.useLocation')}
            </Button>
            {position && <Alert type="success" message={t('cases.located', { lat: position.latitude.toFixed(5), lng: position.longitude.toFixed(5) })} />}
          </Space>
        </Form.Item>
        <Form.Item name="address" label={t('cases.address')} rules={[{ max: 300 }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="description" label={t('cases.description')}>
          <Input.TextArea rows={3} maxLength={10000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={loading} disabled={uploading} data-testid="submit-case">
          {t('cases.submit')}
        </Button>
      </Form>
    </Card>
  );
}
