import { useMutation, useQuery } from '@apollo/client/react';
import { App, Form, Input, InputNumber, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { SaveModal } from '../../app/SaveModal';
import { graphql } from '../../gql';
import type { NeedCategory } from '../../gql/graphql';
import { NEED_CATEGORIES } from './joint.documents';

const GRIDS = graphql(`
  query CommunityGrids($id: ID!) {
    community(id: $id) { id grids { id name } }
  }
`);
const CREATE = graphql(`
  mutation CreateNeed($input: CreateNeedInput!) {
    createNeed(input: $input) { id }
  }
`);
const UPDATE = graphql(`
  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {
    updateNeed(id: $id, input: $input) { id title description category maxClaimants location budgetEstimate grid { id name } status }
  }
`);

export interface EditableNeed {
  id: string;
  title: string;
  description?: string | null;
  category: NeedCategory;
  maxClaimants: number;
  location?: string | null;
  budgetEstimate?: number | null;
  grid?: { id: string } | null;
}

interface Values {
  title: string;
  description?: string;
  category: NeedCategory;
  maxClaimants?: number;
  gridId?: string;
  location?: string;
  budgetEstimate?: number;
}

export function NeedDialog({ communityId, need, onClose, onSaved }: { communityId: string; need?: EditableNeed; onClose: () => void; onSaved?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const grids = useQuery(GRIDS, { variables: { id: communityId } });
  const [create, creating] = useMutation(CREATE);
  const [update, updating] = useMutation(UPDATE);

  useEffect(() => {
    form.setFieldsValue(
      need
        ? {
            title: need.title,
            description: need.description ?? '',
            category: need.category,
            maxClaimants: need.maxClaimants,
            gridId: need.grid?.id,
            location: need.location ?? '',
            budgetEstimate: need.budgetEstimate ?? undefined,
          }
        : { maxClaimants: 1, category: 'INFRASTRUCTURE' },
    );
  }, [need, form]);

  const save = async () => {
    const v = await form.validateFields();
    const input = {
      title: v.title,
      description: v.description || null,
      category: v.category,
      maxClaimants: v.maxClaimants ?? 1,
      gridId: v.gridId ?? null,
      location: v.location || null,
      budgetEstimate: v.budgetEstimate ?? null,
    };
    try {
      if (need) await update({ variables: { id: need.id, input } });
      else await create({ variables: { input: { ...input, communityId } } });
      message.success(t(need ? 'toast.updated' : 'toast.created'));
      onSaved?.();
      onClose();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <SaveModal
      open
      title={need ? t('joint.editNeed') : t('joint.createNeed')}
      onOk={save}
      onCancel={onClose}
      confirmLoading={creating.loading || updating.loading}
      forceRender={false}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="title" label={t('joint.title')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="category" label={t('joint.category')} rules={[{ required: true }]}>
          <Select options={NEED_CATEGORIES.map((c) => ({ value: c, label: t(`needCategory.${c}`) }))} />
        </Form.Item>
        <Form.Item name="description" label={t('joint.description')}>
          <Input.TextArea rows={3} maxLength={10000} />
        </Form.Item>
        <Form.Item name="maxClaimants" label={t('joint.maxClaimants')} rules={[{ required: true }]}>
          <InputNumber min={1} max={100} />
        </Form.Item>
        <Form.Item name="gridId" label={t('joint.grid')}>
          <Select allowClear options={(grids.data?.community?.grids ?? []).map((g) => ({ value: g.id, label: g.name }))} />
        </Form.Item>
        <Form.Item name="location" label={t('joint.location')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="budgetEstimate" label={t('joint.budget')}>
          <InputNumber min={0} max={2_000_000_000} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </SaveModal>
  );
}
