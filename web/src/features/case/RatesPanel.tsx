import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Form, InputNumber, List, Modal, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { RateCaseKind, RateWeightsInput } from '../../gql/graphql';

const WEIGHTS = graphql(`
  query RateWeights { rateWeights { response resolution satisfaction partlySolvedCredit basicallySatisfiedCredit } }
`);
const SET_WEIGHTS = graphql(`
  mutation SetRateWeights($input: RateWeightsInput!) {
    setRateWeights(input: $input) { response resolution satisfaction partlySolvedCredit basicallySatisfiedCredit }
  }
`);
const RATE_CASES = graphql(`
  query RateCases($unitId: ID!, $from: DateTime!, $to: DateTime!, $kind: RateCaseKind!) {
    rateCases(unitId: $unitId, from: $from, to: $to, kind: $kind, first: 100) { totalCount edges { node { id number title status } } }
  }
`);

/** The command centre's weights of the three rates; the server refuses a sum other than 100. */
export function WeightsForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data } = useQuery(WEIGHTS);
  const [save, { loading }] = useMutation(SET_WEIGHTS);
  if (!data) return null;
  const { __typename, ...initial } = data.rateWeights as typeof data.rateWeights & { __typename?: string };
  return (
    <Form<RateWeightsInput>
      layout="inline"
      initialValues={initial}
      onFinish={async (input) => {
        if (input.response + input.resolution + input.satisfaction !== 100) return void message.error(t('rates.weightsSum'));
        await save({ variables: { input } });
        message.success(t('rates.saved'));
        onSaved();
      }}
    >
      <Form.Item name="response" label={t('rates.weightResponse')}>
        <InputNumber min={0} max={100} precision={0} />
      </Form.Item>
      <Form.Item name="resolution" label={t('rates.weightResolution')}>
        <InputNumber min={0} max={100} precision={0} />
      </Form.Item>
      <Form.Item name="satisfaction" label={t('rates.weightSatisfaction')}>
        <InputNumber min={0} max={100} precision={0} />
      </Form.Item>
      <Form.Item name="partlySolvedCredit" label={t('rates.partlySolvedCredit')}>
        <InputNumber min={0} max={1} step={0.1} />
      </Form.Item>
      <Form.Item name="basicallySatisfiedCredit" label={t('rates.basicallySatisfiedCredit')}>
        <InputNumber min={0} max={1} step={0.1} />
      </Form.Item>
      <Button htmlType="submit" type="primary" loading={loading}>
        {t('rates.save')}
      </Button>
    </Form>
  );
}

export interface RateCasesTarget {
  unitId: string;
  unitName: string;
  kind: RateCaseKind;
}

const KIND_LABEL: Record<string, string> = { NOT_SOLVED: 'rates.NOT_SOLVED_CASES', NOT_SATISFIED: 'rates.NOT_SATISFIED_CASES' };

/** The cases behind a unit's rate, each a link to its page. */
export function RateCasesModal({ target, window, onClose }: { target: RateCasesTarget | null; window: { from: string; to: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(RATE_CASES, {
    variables: { unitId: target?.unitId ?? '', kind: target?.kind ?? 'LATE_SIGN_FOR', ...window },
    skip: !target,
  });
  const kind = target ? t(KIND_LABEL[target.kind] ?? `rates.${target.kind}`) : '';
  return (
    <Modal open={!!target} footer={null} onCancel={onClose} title={target ? t('rates.casesBehind', { unit: target.unitName, kind }) : ''}>
      <List
        loading={loading}
        dataSource={data?.rateCases.edges ?? []}
        renderItem={(e) => (
          <List.Item>
            <Space>
              <Link to={`/cases/${e.node.id}`}>{e.node.number}</Link>
              {e.node.title}
            </Space>
          </List.Item>
        )}
      />
    </Modal>
  );
}
