import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueuedList } from './QueuedList';
import type { OutboxItem, OutboxKind, OutboxStatus } from './types';

const COLOR: Record<OutboxStatus, string> = { waiting: 'orange', sending: 'blue', failed: 'red', conflict: 'red' };

/** A queued item's state as a tag, for the row it is about (a task, a household). */
export function OutboxTag({ item }: { item: OutboxItem }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOR[item.status]} data-testid={`outbox-${item.status}`}>
      {t(`outbox.status.${item.status}`)}
    </Tag>
  );
}

/** The queue as the app's pages show it, in the app's language. */
export function OutboxList({ kinds }: { kinds?: OutboxKind[] }) {
  const { i18n } = useTranslation();
  return <QueuedList kinds={kinds} lang={i18n.language === 'en' ? 'en' : 'zh-CN'} />;
}
