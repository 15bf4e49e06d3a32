import { AimOutlined, CameraOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Result, Select, Space, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../app/apollo';
import { isNetworkFailure, OutboxList, outbox, submit } from '../../app/outbox';
import type { CaseCategory } from '../../gql/graphql';
import { CASE_CATEGORIES } from './case.documents';
import { uploadPhoto } from './photos';

/** A chosen photo: shown at once, uploaded when there is a connection, else kept with the queued report. */
interface Chosen {
  key: string;
  name: string;
  file: File;
  url: string;
  id?: string;
}

interface Values {
  title: string;
  category: CaseCategory;
  description?: string;
  address?: string;
}

/**
 * Phone-first: a grid worker on the street reports with a photo and the device's position. Without a
 * connection the report and its photos wait on the phone (the outbox) and go out once, with the same key.
 */
export default function ReportCasePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [loading, setLoading] = useState(false);
  const [position, setPosition] = useState<{ latitude: number; longitude: number } | null>(null);
  const [locating, setLocating] = useState(false);
  const [photos, setPhotos] = useState<Chosen[]>([]);
  const [uploading, setUploading] = useState(false);
  const [done, setDone] = useState<{ id: string; number: string } | null>(null);
  const [queued, setQueued] = useState(false);
  const key = useRef(crypto.randomUUID());
  const fileInput = useRef<HTMLInputElement>(null);
  const urls = useRef(new Set<string>());
  useEffect(
    () => () => {
      for (const url of urls.current) URL.revokeObjectURL(url);
    },
    [],
  );
  // A report that waited on the phone says so when it finally goes out.
  useEffect(
    () =>
      outbox.onSent((item, data) => {
        if (item.kind === 'report') message.success(t('cases.submitted', { id: (data as { number?: string } | undefined)?.number ?? '' }));
      }),
    [message, t],
  );

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
        const chosen: Chosen = { key: crypto.randomUUID(), name: file.name, file, url: URL.createObjectURL(file) };
        urls.current.add(chosen.url);
        setPhotos((list) => [...list, chosen]);
        try {
          const uploaded = await uploadPhoto(file);
          setPhotos((list) => list.map((p) => (p.key === chosen.key ? { ...p, id: uploaded.id } : p)));
          if (!position && uploaded.latitude !== null && uploaded.longitude !== null) setPosition({ latitude: uploaded.latitude, longitude: uploaded.longitude });
        } catch (e) {
          // No connection: the bytes go with the queued report. A refusal (not an image, over quota) is said and the photo dropped.
          if (isNetworkFailure(e)) continue;
          setPhotos((list) => list.filter((p) => p.key !== chosen.key));
          message.error(e instanceof Error ? e.message : String(e));
        }
      }
    } finally {
      setUploading(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const send = async (values: Values) => {
    setLoading(true);
    try {
      const outcome = await submit({
        id: key.current,
        kind: 'report',
        label: values.title,
        subject: key.current,
        variables: { input: { ...values, latitude: position?.latitude ?? null, longitude: position?.longitude ?? null } },
        photos: await Promise.all(
          photos.map(async (p) => (p.id ? { name: p.name, type: p.file.type, id: p.id } : { name: p.name, type: p.file.type, bytes: await p.file.arrayBuffer() })),
        ),
      });
      if (outcome.sent) setDone(outcome.data as { id: string; number: string });
      else setQueued(true);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setLoading(false);
    }
  };
  const again = () => {
    key.current = crypto.randomUUID();
    form.resetFields();
    setPhotos([]);
    setPosition(null);
    setDone(null);
    setQueued(false);
  };

  if (done !== null) {
    return (
      <Result
        status="success"
        title={t('cases.submitted', { id: done.number })}
        extra={[
          <Link key="see" to={`/cases/${done.id}`}>
            <Button>{t('cases.timeline')}</Button>
          </Link>,
          <Button key="again" type="primary" onClick={again}>
            {t('cases.reportAnother')}
          </Button>,
        ]}
      />
    );
  }
  if (queued) {
    return (
      <Result
        status="info"
        title={t('cases.queuedTitle')}
        subTitle={t('cases.queued')}
        extra={[
          <OutboxList key="outbox" kinds={['report']} />,
          <Button key="again" type="primary" onClick={again} style={{ marginTop: 16 }}>
            {t('cases.reportAnother')}
          </Button>,
        ]}
      />
    );
  }

  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 560 }}>
      <OutboxList kinds={['report']} />
      <Card title={t('cases.report')}>
        <Form form={form} layout="vertical" onFinish={send} initialValues={{ category: 'ENVIRONMENT' }}>
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
                <Space key={p.key} direction="vertical" size={2} align="center">
                  <img src={p.url} alt={p.name} width={72} height={72} style={{ objectFit: 'cover', borderRadius: 4 }} data-testid="photo-thumb" />
                  <Tag closable onClose={() => setPhotos((list) => list.filter((x) => x.key !== p.key))} aria-label={t('cases.removePhoto')}>
                    {p.name}
                  </Tag>
                </Space>
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
    </Space>
  );
}
