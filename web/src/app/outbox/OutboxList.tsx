import { CloudUploadOutlined } from '@ant-design/icons';
import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { discard, outbox, retry } from './outbox';
import type { OutboxItem, OutboxKind, OutboxStatus } from './types';

const COLOR: Record<OutboxStatus, string> = { waiting: 'orange', sending: 'blue', failed: 'red', conflict: 'red' };

/** The queued writes, of some kinds when given. */
export function useOutbox(kinds?: OutboxKind[]): OutboxItem[] {
  const all = useSyncExternalStore(outbox.subscribe, outbox.items);
  return kinds ? all.filter((i) => kinds.includes(i.kind)) : all;
}

/** A queued item's state as a tag, for the row it is about (a task, a household). */
export function OutboxTag({ item }: { item: OutboxItem }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOR[item.status]} data-testid={`outbox-${item.status}`}>
      {t(`outbox.status.${item.status}`)}
    </Tag>
  );
}

/** "待发送 (2)": what this phone still has to send, why a refused one was refused, and what to do about it. */
export function OutboxList({ kinds }: { kinds?: OutboxKind[] }) {
  const { t } = useTranslation();
  const items = useOutbox(kinds);
  if (!items.length) return null;
  return (
    <Card
      size="small"
      data-testid="outbox"
      title={
        <Space>
          <CloudUploadOutlined />
          {t('outbox.title', { count: items.length })}
        </Space>
      }
    >
      <List
        size="small"
        dataSource={items}
        renderItem={(item) => (
          <List.Item
            data-testid={`outbox-item-${item.status}`}
            actions={[
              item.status === 'failed' && (
                <Button key="retry" size="small" onClick={() => void retry(item.id)}>
                  {t('outbox.retry')}
                </Button>
              ),
              (item.status === 'failed' || item.status === 'conflict') && (
                <Button key="drop" size="small" onClick={() => void discard(item.id)}>
                  {t(item.status === 'conflict' ? 'outbox.understood' : 'outbox.discard')}
                </Button>
              ),
            ].filter(Boolean)}
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <span>{`${t(`outbox.kind.${item.kind}`)}：${item.label}`}</span>
                  <OutboxTag item={item} />
                </Space>
              }
              description={item.error ? <Typography.Text type="danger">{item.error}</Typography.Text> : t(item.status === 'sending' ? 'outbox.sendingHint' : 'outbox.waitingHint')}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
