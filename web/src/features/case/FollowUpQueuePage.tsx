import { useQuery } from '@apollo/client/react';
import { Button, Card, Table } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError } from '../../app/states';
import { graphql } from '../../gql';
import { FollowUpDialog } from './FollowUpDialog';

const QUEUE = graphql(`
  query FollowUpQueue($first: Int, $after: String) {
    followUpQueue(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id number title closedAt assignedUnit { id name } } }
    }
  }
`);

/** 回访: the command centre calls each reporter of a closed case and records the answers; an unhappy answer sends the case back. */
export default function FollowUpQueuePage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(QUEUE, { variables: { first: 20 } });
  const [open, setOpen] = useState<{ id: string; title: string } | null>(null);
  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;
  const queue = data?.followUpQueue;

  return (
    <Card title={`${t('rates.queueTitle')} · ${queue?.totalCount ?? 0}`}>
      <Table
        size="small"
        loading={loading}
        rowKey={(e) => e.node.id}
        dataSource={queue?.edges ?? []}
        pagination={false}
        locale={{ emptyText: t('rates.empty') }}
        scroll={{ x: 640 }}
        columns={[
          { title: t('labels.caseNumber'), key: 'n', render: (_, e) => <Link to={`/cases/${e.node.id}`}>{e.node.number}</Link> },
          { title: t('rates.caseTitle'), key: 't', render: (_, e) => e.node.title },
          { title: t('cases.unit'), key: 'u', render: (_, e) => e.node.assignedUnit?.name ?? '—' },
          { title: t('rates.closedAt'), key: 'c', render: (_, e) => (e.node.closedAt ? dayjs(e.node.closedAt).format('YYYY-MM-DD HH:mm') : '—') },
          {
            title: '',
            key: 'a',
            render: (_, e) => (
              <Button type="primary" onClick={() => setOpen({ id: e.node.id, title: e.node.title })}>
                {t('rates.record')}
              </Button>
            ),
          },
        ]}
      />
      {queue?.pageInfo.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void fetchMore({ variables: { after: queue.pageInfo.endCursor } })}>
          {t('rates.more')}
        </Button>
      )}
      <FollowUpDialog
        caseFile={open}
        onClose={() => setOpen(null)}
        onRecorded={() => {
          setOpen(null);
          void refetch();
        }}
      />
    </Card>
  );
}
