import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { Loading } from '../../app/Loading';
import type { PatrolWeekQuery } from '../../gql/graphql';
import type { LatLng } from './SectionMap';
import { MAP_SETTINGS, SAVE_SECTION, SECTION_PEOPLE } from './street.documents';

// Drawing a section: its name, the streets it runs along, its chief and its patrol group, and
// its line — clicked point by point on the map (the map is its own chunk).

const SectionMap = lazy(() => import('./SectionMap'));
type Section = PatrolWeekQuery['patrolWeek'][number]['section'];

interface Values {
  name: string;
  addresses: string[];
  chiefId?: string | null;
  patrollerIds: string[];
}

export function SectionForm({
  communityId,
  section,
  open,
  onClose,
  onSaved,
}: {
  communityId: string;
  section: Section | null;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [path, setPath] = useState<LatLng[]>([]);
  const map = useQuery(MAP_SETTINGS, { skip: !open });
  const [findPeople, people] = useLazyQuery(SECTION_PEOPLE);
  const [save, saving] = useMutation(SAVE_SECTION);

  useEffect(() => {
    if (!open) return;
    form.setFieldsValue({
      name: section?.name ?? '',
      addresses: section?.addresses ?? [],
      chiefId: section?.chief?.id ?? null,
      patrollerIds: section?.patrollers.map((p) => p.id) ?? [],
    });
    setPath(section?.path.map(({ lat, lng }) => ({ lat, lng })) ?? []);
    void findPeople({ variables: { communityId, search: null } });
  }, [open, section, form, communityId, findPeople]);

  // The people already named stay choosable even when a search leaves them out.
  const labels = new Map<string, string>([...(section?.chief ? [section.chief] : []), ...(section?.patrollers ?? [])].map((p) => [p.id, p.displayName]));
  for (const p of people.data?.roadSectionPeople ?? []) labels.set(p.id, p.unit ? `${p.displayName}（${p.unit.name}）` : p.displayName);
  const options = [...labels].map(([value, label]) => ({ value, label }));
  const search = (text: string) => void findPeople({ variables: { communityId, search: text || null } });

  const submit = async (values: Values) => {
    try {
      await save({
        variables: {
          input: {
            id: section?.id ?? null,
            communityId,
            name: values.name,
            addresses: values.addresses ?? [],
            chiefId: values.chiefId ?? null,
            patrollerIds: values.patrollerIds ?? [],
            path,
          },
        },
      });
      message.success(t('street.saved'));
      onSaved();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  return (
    <Modal
      open={open}
      title={section ? t('street.edit') : t('street.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={saving.loading}
      width={720}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="name" label={t('street.name')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input data-testid="section-name" placeholder={t('street.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="addresses" label={t('street.addresses')} extra={t('street.addressesHelp')}>
          <Select mode="tags" open={false} aria-label={t('street.addresses')} tokenSeparators={['，', ',']} />
        </Form.Item>
        <Form.Item name="chiefId" label={t('street.chief')}>
          <Select allowClear showSearch filterOption={false} onSearch={search} options={options} aria-label={t('street.chief')} data-testid="section-chief" />
        </Form.Item>
        <Form.Item name="patrollerIds" label={t('street.patrollers')}>
          <Select mode="multiple" showSearch filterOption={false} onSearch={search} options={options} aria-label={t('street.patrollers')} />
        </Form.Item>
        <Form.Item label={t('street.line')} extra={t('street.lineHelp')}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <Typography.Text data-testid="section-points">{t('street.points', { count: path.length })}</Typography.Text>
              <Button size="small" disabled={!path.length} onClick={() => setPath(path.slice(0, -1))}>
                {t('street.undoPoint')}
              </Button>
              <Button size="small" disabled={!path.length} onClick={() => setPath([])}>
                {t('street.clearLine')}
              </Button>
            </Space>
            {map.data && (
              <Suspense fallback={<Loading />}>
                <SectionMap settings={map.data.mapSettings} path={path} onChange={setPath} />
              </Suspense>
            )}
          </Space>
        </Form.Item>
      </Form>
    </Modal>
  );
}
