import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { graphql } from '../../gql';
import type { FollowUpSatisfaction, FollowUpSolved } from '../../gql/graphql';

const RECORD = graphql(`
  mutation RecordFollowUp($caseId: ID!, $solved: FollowUpSolved!, $satisfaction: FollowUpSatisfaction!, $note: String) {
    recordFollowUp(caseId: $caseId, solved: $solved, satisfaction: $satisfaction, note: $note) { id reworked }
  }
`);

interface Answers {
  solved: FollowUpSolved;
  satisfaction: FollowUpSatisfaction;
  note?: string;
}

/** The answers of one 回访 call, from the queue or the case page; an unhappy answer sends the case back, so it asks first. */
export function FollowUpDialog({ caseFile, onClose, onRecorded }: { caseFile: { id: string; title: string } | null; onClose: () => void; onRecorded: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [record, { loading: saving }] = useMutation(RECORD);
  const [form] = Form.useForm<Answers>();

  const save = async (answers: Answers) => {
    if (!caseFile) return;
    const unhappy = answers.solved === 'NOT_SOLVED' || answers.satisfaction === 'NOT_SATISFIED';
    if (unhappy && !(await modal.confirm({ title: t('rates.reworkConfirm') }))) return;
    try {
      const result = await record({ variables: { caseId: caseFile.id, ...answers, note: answers.note || null } });
      message.success(result.data?.recordFollowUp.reworked ? t('rates.reworked') : t('rates.recorded'));
      form.resetFields();
      onRecorded();
    } catch (error) {
      // Someone else recorded it meanwhile (CONFLICT), or the server refused: say so, keep the answers.
      message.error(errorMessage(error));
    }
  };

  return (
    <Modal
      open={!!caseFile}
      title={`${t('rates.record')} · ${caseFile?.title ?? ''}`}
      okText={t('rates.save')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
        <Form.Item name="solved" label={t('rates.solved')} rules={[{ required: true }]}>
          <Radio.Group options={(['SOLVED', 'PARTLY_SOLVED', 'NOT_SOLVED'] as const).map((v) => ({ value: v, label: t(`rates.${v}`) }))} />
        </Form.Item>
        <Form.Item name="satisfaction" label={t('rates.satisfaction')} rules={[{ required: true }]}>
          <Radio.Group options={(['SATISFIED', 'BASICALLY_SATISFIED', 'NOT_SATISFIED'] as const).map((v) => ({ value: v, label: t(`rates.${v}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('rates.note')}>
          <Input.TextArea maxLength={2000} rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
