import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Input, List, Popconfirm, Select, Space, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { SaveModal } from '../../app/SaveModal';
import { EmptyState, LoadError } from '../../app/states';
import type { NeedsQuery } from '../../gql/graphql';
import { COMMUNITIES } from '../org/org.documents';
import { CLAIM, NEEDS, RELEASE, STATUS_COLORS } from './joint.documents';

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
  const [release] = useMutation(RELEASE);
  const [busy, setBusy] = useState<string | null>(null);
  const [releasing, setReleasing] = useState<Row | null>(null);
  const [reason, setReason] = useState('');

  if (!viewer?.unit) return <Alert type="warning" showIcon message={t('joint.noUnit')} />;
  if (open.error && !open.data) return <LoadError error={open.error} retry={() => void open.refetch()} />;

  const ours = (need: Row) => need.claims.some((c) => c.unit.id === viewer.unit?.id);
  const act = async (need: Row, work: () => Promise<unknown>, done: string) => {
    setBusy(need.id);
    try {
      await work();
      message.success(t(`toast.${done}`));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(null);
      void open.refetch();
      void mine.refetch();
    }
  };

  const releaseAction = (need: Row) => (
    <Space size={4}>
      <Tag color="green" data-testid={`ours-${need.title}`}>
        {t('labels.claimedByUs')}
      </Tag>
      <Button
        danger
        loading={busy === need.id}
        onClick={() => {
          setReason('');
          setReleasing(need);
        }}
        data-testid={`release-${need.title}`}
      >
        {t('labels.releaseOk')}
      </Button>
    </Space>
  );

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
                  aria-label={t('joint.community')}
                  style={{ width: '100%', maxWidth: 320, marginBottom: 8 }}
                  value={communityId}
                  onChange={setCommunityId}
                  options={(communities.data?.communities ?? []).map((c) => ({ value: c.id, label: c.name }))}
                />
                <NeedCards
                  rows={open.data?.needs.edges.map((e) => e.node) ?? []}
                  loading={open.loading && !open.data}
                  empty={t('joint.claimableEmpty')}
                  action={(need) =>
                    // A need we hold already is ours to give back, not to claim twice (it stays open while it wants more units).
                    ours(need) ? (
                      releaseAction(need)
                    ) : (
                      <Popconfirm
                        title={t('joint.confirmClaim', { title: need.title, unit: viewer.unit?.name })}
                        onConfirm={() => act(need, () => claim({ variables: { needId: need.id } }), 'claimed')}
                        okText={t('joint.claimIt')}
                        cancelText={t('common.cancel')}
                      >
                        <Button type="primary" loading={busy === need.id} data-testid={`claim-${need.title}`}>
                          {t('joint.claimIt')}
                        </Button>
                      </Popconfirm>
                    )
                  }
                />
              </>
            ),
          },
          {
            key: 'mine',
            label: t('joint.myClaims'),
            children: (
              <NeedCards
                rows={mine.data?.needs.edges.map((e) => e.node) ?? []}
                loading={mine.loading && !mine.data}
                empty={t('joint.myClaimsEmpty')}
                action={(need) => (['PUBLISHED', 'CLAIMED', 'IN_PROGRESS'].includes(need.status) ? releaseAction(need) : null)}
              />
            ),
          },
        ]}
      />
      <SaveModal
        open={!!releasing}
        title={`${t('joint.release')} · ${releasing?.title ?? ''}`}
        okText={t('labels.releaseOk')}
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: !!releasing && busy === releasing.id }}
        onCancel={() => setReleasing(null)}
        onOk={() => {
          const need = releasing;
          setReleasing(null);
          if (need) void act(need, () => release({ variables: { needId: need.id, reason: reason.trim() } }), 'released');
        }}
        forceRender={false}
      >
        <Input.TextArea
          rows={3}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('labels.releaseReason')}
          aria-label={t('labels.releaseReason')}
        />
      </SaveModal>
    </Card>
  );
}
