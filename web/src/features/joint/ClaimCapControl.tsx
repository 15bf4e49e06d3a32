import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, InputNumber, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { graphql } from '../../gql';

const CAP = graphql(`
  query ClaimCap($id: ID!) {
    community(id: $id) { id maxOpenClaimsPerUnit }
  }
`);
const SET_CAP = graphql(`
  mutation SetClaimCap($communityId: ID!, $cap: Int) {
    setClaimCap(communityId: $communityId, cap: $cap) { id maxOpenClaimsPerUnit }
  }
`);

/** The secretary's limit on how many open claims one unit may hold here. */
export function ClaimCapControl({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data } = useQuery(CAP, { variables: { id: communityId } });
  const [value, setValue] = useState<number | null>(null);
  const [save, { loading }] = useMutation(SET_CAP);
  useEffect(() => setValue(data?.community?.maxOpenClaimsPerUnit ?? null), [data]);
  return (
    // The label apart from the field, so that on a phone it wraps above it instead of pushing the page wider.
    <Space wrap size={4}>
      <span>{t('joint.claimCap')}</span>
      <Space.Compact>
        <InputNumber min={1} max={1000} value={value} onChange={(v) => setValue(v)} placeholder={t('joint.claimCapNone')} aria-label={t('joint.claimCap')} style={{ width: 120 }} />
        <Button
          loading={loading}
          onClick={() =>
            save({ variables: { communityId, cap: value } })
              .then(() => message.success(t('toast.capSet')))
              .catch((e) => message.error(errorMessage(e)))
          }
        >
          {t('joint.setCap')}
        </Button>
      </Space.Compact>
    </Space>
  );
}
