import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Space, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { formatTime } from '../../app/format';
import { type ActiveRound, activeRound, type Fix, rememberRound, watchFixes } from './patrol-recorder';
import { ADD_POSITIONS, END_PATROL, START_PATROL } from './street.documents';

const SEND_EVERY_MS = 30_000;

/** Start and end a patrol round of one section; positions go up every half minute on the way. */
export function PatrolPanel({ sectionId, onChanged }: { sectionId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [round, setRound] = useState<ActiveRound | null>(() => {
    const active = activeRound();
    return active?.sectionId === sectionId ? active : null;
  });
  const [fixes, setFixes] = useState(0);
  const [gpsError, setGpsError] = useState<string | null>(null);
  const buffer = useRef<Fix[]>([]);
  const [start, starting] = useMutation(START_PATROL);
  const [add] = useMutation(ADD_POSITIONS);
  const [end, ending] = useMutation(END_PATROL);
  const otherActive = !round && activeRound() !== null;

  const flush = useCallback(async () => {
    if (!round || buffer.current.length === 0) return;
    const batch = buffer.current.splice(0, buffer.current.length);
    try {
      await add({ variables: { roundId: round.roundId, positions: batch } });
    } catch {
      buffer.current.unshift(...batch); // kept for the next try, or the end
    }
  }, [round, add]);

  useEffect(() => {
    if (!round) return;
    const stop = watchFixes(
      (fix) => {
        buffer.current.push(fix);
        setFixes((n) => n + 1);
      },
      (reason) => setGpsError(reason),
    );
    if (!stop) setGpsError(t('street.noGps'));
    const timer = setInterval(() => void flush(), SEND_EVERY_MS);
    return () => {
      stop?.();
      clearInterval(timer);
    };
  }, [round, flush, t]);

  const begin = async () => {
    try {
      const { data } = await start({ variables: { sectionId, clientKey: crypto.randomUUID() } });
      if (!data) return;
      const active = { roundId: data.startPatrol.id, sectionId, startedAt: data.startPatrol.startedAt as string };
      rememberRound(active);
      setRound(active);
      setFixes(0);
      onChanged();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const finish = async () => {
    if (!round) return;
    const rest = buffer.current.splice(0, buffer.current.length);
    try {
      await end({ variables: { input: { roundId: round.roundId, positions: rest } } });
      rememberRound(null);
      setRound(null);
      message.success(t('street.patrolEnded', { count: fixes }));
      onChanged();
    } catch (error) {
      buffer.current.unshift(...rest);
      message.error(errorMessage(error));
    }
  };

  if (!round)
    return (
      <Space direction="vertical">
        <Button type="primary" onClick={begin} loading={starting.loading} disabled={otherActive} data-testid="start-patrol">
          {t('street.startPatrol')}
        </Button>
        {otherActive && <Typography.Text type="secondary">{t('street.otherActive')}</Typography.Text>}
      </Space>
    );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text strong data-testid="patrol-running">
        {t('street.patrolling', { since: formatTime(round.startedAt), count: fixes })}
      </Typography.Text>
      {gpsError && <Alert type="warning" showIcon message={t('street.gpsProblem', { reason: gpsError })} />}
      <Button danger onClick={finish} loading={ending.loading} data-testid="end-patrol">
        {t('street.endPatrol')}
      </Button>
    </Space>
  );
}
