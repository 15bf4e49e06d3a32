import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, List, Popconfirm, Select, Space, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { EmptyState, LoadError } from '../../app/states';
import type { NeedsQuery } from '../../gql/graphql';
import { COMMUNITIES } from '../org/org.documents';
import { CLAIM, NEEDS, STATUS_COLORS } from './joint.documents';

type Row = NeedsQuery['needs']['edges'][number]['node'];

function NeedCards({ rows, loading, empty, action }: { rows: Row[]; loading: boolean; empty: string; action?: (need: Row) => React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <List
      loading={loading}
      dataSource={rows}
      locale={{ emptyText: <EmptyState text={empty} /> }}
      renderItem={(need) => (
        <List.Item key={need.id} actions={action ? [action(need)] : undefined}>
          <List.Item.Meta
            title={<Link to={`/joint/needs/${need.id}`}>{need.title}</Link>}
            description={
              <Space wrap size={4}>
                <Tag>{need.community.name}</Tag>
                <Tag>{t(`needCategory.${need.category}`)}</Tag>
                <Tag color={STATUS_COLORS[need.status]}>{t(`needStatus.${need.status}`)}</Tag>
                <span>{`${need.claimCount} / ${need.maxClaimants}`}</span>
              </Space>
            }
          />
        </List.Item>
      )}
    />
  );
}

/** A unit representative's page, made for a phone at the joint meeting: open needs to claim, and their unit's claims. */
export default function ClaimPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { viewer } = useAuth();
  const [communityId, setCommunityId] = useState<string | undefined>();
  const communities = useQuery(COMMUNITIES);
  const open = useQuery(NEEDS, { variables: { filter: { status: ['PUBLISHED'], communityId: communityId ?? null }, first: 100 } });
  const mine = useQuery(NEEDS, { variables: { filter: { claimedByMyUnit: true }, first: 100 } });
  const [claim] = useMutation(CLAIM);
  const [busy, setBusy] = useState<string | null>(null);

  if (!viewer?.unit) return <Alert type="warning" showIcon message={t('joint.noUnit')} />;
  if (open.error && !open.data) return <LoadError error={open.error} retry={() => void open.refetch()} />;

  const claimIt = async (need: Row) => {
    setBusy(need.id);
    try {
      await claim({ variables: { needId: need.id } });
      message.success(t('joint.claimed'));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(null);
      void open.refetch();
      void mine.refetch();
    }
  };

  return (
    <Card title={`${t('joint.claim')} · ${viewer.unit.name}`}>
      <Tabs
        items={[
          {
            key: 'open',
            label: t('joint.claim'),
            children: (
              <>
                <Select
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  placeholder={t('joint.allCommunities')}
                  style={{ width: '100%', maxWidth: 320, marginBottom: 8 }}
                  value={communityId}
                  onChange={setCommunityId}
                  options={(communities.data?.communities ?? []).map((c) => ({ value: c.id, label: c.name }))}
                />
                <NeedCards
                  rows={open.data?.needs.edges.map((e) => e.node) ?? []}
                  loading={open.loading && !open.data}
                  empty={t('joint.claimableEmpty')}
                  action={(need) => (
                    <Popconfirm
                      title={t('joint.confirmClaim', { title: need.title, unit: viewer.unit?.name })}
                      onConfirm={() => claimIt(need)}
                      okText={t('joint.claimIt')}
                      cancelText={t('common.cancel')}
                    >
                      <Button type="primary" loading={busy === need.id} data-testid={`claim-${need.title}`}>
                        {t('joint.claimIt')}
                      </Button>
                    </Popconfirm>
                  )}
                />
              </>
            ),
          },
          {
            key: 'mine',
            label: t('joint.myClaims'),
            children: <NeedCards rows={mine.data?.needs.edges.map((e) => e.node) ?? []} loading={mine.loading && !mine.data} empty={t('joint.myClaimsEmpty')} />,
          },
        ]}
      />
    </Card>
  );
}
