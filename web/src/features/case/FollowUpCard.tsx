import { Button, Card, Empty, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';
import { formatDateTime } from '../../app/format';
import type { FollowUpSatisfaction, FollowUpSolved, FollowUpSource } from '../../gql/graphql';
import { FollowUpDialog } from './FollowUpDialog';

interface FollowUpCase {
  id: string;
  title: string;
  status: string;
  closedAt?: string | null;
  followUps: {
    id: string;
    closedAt: string;
    solved: FollowUpSolved;
    satisfaction: FollowUpSatisfaction;
    reworked: boolean;
    source: FollowUpSource;
    note?: string | null;
    recordedAt: string;
  }[];
}

/** A case's 回访 and 退回重办 history; the command centre records the current closure's follow-up here as from its queue. */
export function FollowUpCard({ caseFile: c, onChanged }: { caseFile: FollowUpCase; onChanged: () => void }) {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const [open, setOpen] = useState(false);
  // Follow-ups keep their closure to the millisecond, as the API compares them.
  const closure = c.closedAt ? new Date(c.closedAt).getTime() : null;
  const awaiting = c.status === 'CLOSED' && closure !== null && !c.followUps.some((f) => new Date(f.closedAt).getTime() === closure);
  if (!c.followUps.length && !awaiting) return null;

  return (
    <Card
      title={t('rates.history')}
      data-testid="follow-ups"
      extra={
        awaiting &&
        hasRole('COMMAND_CENTER') && (
          <Button type="primary" onClick={() => setOpen(true)}>
            {t('rates.record')}
          </Button>
        )
      }
    >
      {c.followUps.length ? (
        <Timeline
          items={c.followUps.map((f) => ({
            key: f.id,
            color: f.reworked ? 'red' : 'green',
            children: (
              <div data-testid="follow-up">
                <strong>{t(`rates.${f.solved}`)}</strong> · {t(`rates.${f.satisfaction}`)} · {t(`rates.source_${f.source}`)} · {formatDateTime(f.recordedAt)}
                {f.reworked && (
                  <Tag color="red" style={{ marginLeft: 8 }}>
                    {t('rates.REWORKED')}
                  </Tag>
                )}
                <div style={{ color: '#595959' }}>{t('rates.forClosure', { at: formatDateTime(f.closedAt) })}</div>
                {f.note && <div style={{ color: '#595959' }}>{f.note}</div>}
              </div>
            ),
          }))}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rates.awaiting')} />
      )}
      <FollowUpDialog
        caseFile={open ? { id: c.id, title: c.title } : null}
        onClose={() => setOpen(false)}
        onRecorded={() => {
          setOpen(false);
          onChanged();
        }}
      />
    </Card>
  );
}
