import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { onReconnected, wsClient } from '../../app/ws-link';
import { graphql } from '../../gql';
import type { NeedBoardSubscription } from '../../gql/graphql';
import { NEEDS } from './joint.documents';
import './board.css';
import { formatTime } from '../../app/format';

const BOARD = graphql(`
  subscription NeedBoard($communityId: ID!) {
    needBoard(communityId: $communityId) { action at meetingId unit { id name } need { id title status } }
  }
`);
const COMMUNITY_NAME = graphql(`query BoardCommunity($id: ID!) { community(id: $id) { id name } }`);

type Event = NeedBoardSubscription['needBoard'] & { key: string };
const SHOWN = ['PUBLISHED', 'CLAIMED', 'IN_PROGRESS', 'DONE'] as const;

/** The meeting-room screen: the need list, who claimed what, a running count — live, no reload. */
export default function BoardPage() {
  const { t } = useTranslation();
  const { communityId = '' } = useParams();
  const [params] = useSearchParams();
  const meetingId = params.get('meeting');
  const community = useQuery(COMMUNITY_NAME, { variables: { id: communityId } });
  const needs = useQuery(NEEDS, { variables: { filter: { communityId, status: [...SHOWN] }, first: 100 }, fetchPolicy: 'network-only' });
  const [feed, setFeed] = useState<Event[]>([]);
  const [online, setOnline] = useState(true);

  useSubscription(BOARD, {
    variables: { communityId },
    onData: ({ data }) => {
      const event = data.data?.needBoard;
      if (!event) return;
      // RESYNC: the server's listener reconnected and events may have been missed; the list is refetched, the feed keeps what it saw.
      if (event.action === 'RESYNC') return void needs.refetch();
      setFeed((previous) => [{ ...event, key: `${event.at}-${event.action}-${event.need?.id ?? ''}-${event.unit?.id ?? ''}` }, ...previous].slice(0, 12));
      void needs.refetch();
    },
  });

  useEffect(() => {
    const offClosed = wsClient.on('closed', () => setOnline(false));
    const offConnected = wsClient.on('connected', () => setOnline(true));
    const offReconnected = onReconnected(() => void needs.refetch());
    return () => {
      offClosed();
      offConnected();
      offReconnected();
    };
  }, [needs]);

  const rows = needs.data?.needs.edges.map((e) => e.node) ?? [];
  const claimed = rows.filter((n) => n.claimCount > 0).length;

  return (
    <div className="gj-board">
      <header>
        <h1>{t('joint.boardTitle', { community: community.data?.community?.name ?? '' })}</h1>
        <div className="gj-board-count" data-testid="board-count">
          {t('joint.claimedTotal', { claimed, total: rows.length })}
        </div>
        <span className={online ? 'gj-live on' : 'gj-live'}>{online ? t('joint.live') : t('joint.reconnecting')}</span>
      </header>
      <main>
        <section className="gj-board-needs">
          {rows.map((need) => (
            <div key={need.id} className={`gj-board-need ${need.claimCount > 0 ? 'taken' : ''}`} data-testid="board-need">
              <div className="title">{need.title}</div>
              <div className="meta">
                {t(`needCategory.${need.category}`)} · {need.claimCount}/{need.maxClaimants}
              </div>
              <div className="units">{need.claims.map((c) => c.unit.name).join('、') || '—'}</div>
            </div>
          ))}
        </section>
        <aside className="gj-board-feed" data-testid="board-feed">
          {feed.map((event) => (
            <div key={event.key} className={`gj-feed-item ${event.meetingId && event.meetingId === meetingId ? 'here' : ''}`}>
              <strong>{event.unit?.name ?? ''}</strong> {t(`needAction.${event.action}`, { defaultValue: event.action })} <em>{event.need?.title ?? ''}</em>
              <div className="time">{formatTime(event.at)}</div>
            </div>
          ))}
        </aside>
      </main>
    </div>
  );
}
