import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { formatDate } from '../../app/format';
import { PagerBar, useCursorPages } from '../../app/pager';
import { EmptyState, LoadError } from '../../app/states';
import type { NeedCategory, NeedStatus, NeedsQuery } from '../../gql/graphql';
import { COMMUNITIES } from '../org/org.documents';
import { ClaimCapControl } from './ClaimCapControl';
import { ImportDialog } from './ImportDialog';
import { NEED_CATEGORIES, NEED_STATUSES, NEEDS, STATUS_COLORS } from './joint.documents';
import { NeedDialog } from './NeedDialog';

const PAGE = 20;
type Row = NeedsQuery['needs']['edges'][number]['node'];

/** The need list: a secretary keeps their community's; leaders and others browse any. */
export default function NeedsPage() {
  const { t } = useTranslation();
  const { viewer, hasRole } = useAuth();
  const secretary = hasRole('COMMUNITY_SECRETARY') ? (viewer?.community ?? null) : null;
  // The community map links here with ?community=<id>.
  const [communityId, setCommunityId] = useState<string | undefined>(secretary?.id ?? new URLSearchParams(window.location.search).get('community') ?? undefined);
  const [status, setStatus] = useState<NeedStatus[]>([]);
  const [category, setCategory] = useState<NeedCategory | undefined>();
  const [search, setSearch] = useState('');
  const pages = useCursorPages();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const communities = useQuery(COMMUNITIES, { skip: !!secretary });
  const filter = { communityId: communityId ?? null, status: status.length ? status : null, category: category ?? null, search: search || null };
  const { data, loading, error, refetch } = useQuery(NEEDS, { variables: { filter, first: PAGE, after: pages.after } });
  const needs = data?.needs;

  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;

  return (
    <Card title={t('joint.needs')}>
      {/* In the body, not the header: the header does not wrap, and on a phone it ran off the screen. */}
      {secretary && (
        <Space wrap style={{ marginBottom: 12 }}>
          <ClaimCapControl communityId={secretary.id} />
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            {t('joint.import')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-need">
            {t('joint.createNeed')}
          </Button>
        </Space>
      )}
      <Space wrap style={{ marginBottom: 16 }}>
        {!secretary && (
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('joint.allCommunities')}
            aria-label={t('joint.community')}
            style={{ width: 180 }}
            value={communityId}
            onChange={(v) => {
              setCommunityId(v);
              pages.restart();
            }}
            options={(communities.data?.communities ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        )}
        <Select
          mode="multiple"
          allowClear
          placeholder={t('joint.status')}
          aria-label={t('joint.status')}
          style={{ minWidth: 180, maxWidth: '100%' }}
          value={status}
          onChange={(v) => {
            setStatus(v);
            pages.restart();
          }}
          options={NEED_STATUSES.map((s) => ({ value: s, label: t(`needStatus.${s}`) }))}
        />
        <Select
          allowClear
          placeholder={t('joint.category')}
          aria-label={t('joint.category')}
          style={{ width: 140 }}
          value={category}
          onChange={(v) => {
            setCategory(v);
            pages.restart();
          }}
          options={NEED_CATEGORIES.map((c) => ({ value: c, label: t(`needCategory.${c}`) }))}
        />
        <Input.Search
          allowClear
          placeholder={t('joint.searchPlaceholder')}
          aria-label={t('joint.searchPlaceholder')}
          style={{ width: 220, maxWidth: '100%' }}
          onSearch={(v) => {
            setSearch(v.trim());
            pages.restart();
          }}
        />
      </Space>
      <Table<Row>
        rowKey="id"
        loading={loading}
        dataSource={needs?.edges.map((e) => e.node) ?? []}
        pagination={false}
        scroll={{ x: 860 }}
        locale={{ emptyText: <EmptyState text={t('joint.empty')} /> }}
        columns={[
          { title: t('joint.title'), dataIndex: 'title', render: (title: string, n) => <Link to={`/joint/needs/${n.id}`}>{title}</Link> },
          { title: t('joint.community'), key: 'community', render: (_, n) => n.community.name },
          { title: t('joint.category'), dataIndex: 'category', render: (c: NeedCategory) => t(`needCategory.${c}`) },
          { title: t('joint.status'), dataIndex: 'status', render: (s: NeedStatus) => <Tag color={STATUS_COLORS[s]}>{t(`needStatus.${s}`)}</Tag> },
          { title: t('joint.claimCount'), key: 'count', render: (_, n) => `${n.claimCount} / ${n.maxClaimants}` },
          { title: t('joint.claims'), key: 'claims', render: (_, n) => n.claims.map((c) => <Tag key={c.id}>{c.unit.name}</Tag>) },
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatDate },
        ]}
      />
      <PagerBar pages={pages} connection={needs} />
      {secretary && creating && <NeedDialog communityId={secretary.id} onClose={() => setCreating(false)} onSaved={() => void refetch()} />}
      {secretary && importing && <ImportDialog communityId={secretary.id} onClose={() => setImporting(false)} onImported={() => void refetch()} />}
    </Card>
  );
}
