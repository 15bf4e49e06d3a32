import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Cursor pagination, stable under inserts: the `after` of each page visited so far, the last one showing. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors[cursors.length - 1],
    page: cursors.length - 1,
    /** Back to the first page, e.g. when a filter changes. */
    restart: () => setCursors([null]),
    back: () => setCursors(cursors.slice(0, -1)),
    forward: (endCursor: string | null | undefined) => setCursors([...cursors, endCursor ?? null]),
  };
}

/** The total on the left, ‹ page › on the right. */
export function PagerBar({ pages, connection }: { pages: ReturnType<typeof useCursorPages>; connection: Connection | undefined }) {
  const { t } = useTranslation();
  return (
    <Space style={{ marginTop: 16, width: '100%', justifyContent: 'space-between' }} wrap>
      <span>{connection ? t('common.total', { count: connection.totalCount }) : ''}</span>
      <Space>
        <Button disabled={pages.page === 0} onClick={pages.back} aria-label={t('a11y.previousPage')}>
          ‹
        </Button>
        <span>{pages.page + 1}</span>
        <Button disabled={!connection?.pageInfo.hasNextPage} onClick={() => pages.forward(connection?.pageInfo.endCursor)} aria-label={t('a11y.nextPage')} data-testid="next-page">
          ›
        </Button>
      </Space>
    </Space>
  );
}
