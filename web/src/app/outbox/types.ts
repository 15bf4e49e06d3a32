/** What the outbox can send later: a case report, a visit record, a sign-up or its waiting line, a check-in or out. */
export type OutboxKind = 'report' | 'visit' | 'signUp' | 'waitlist' | 'checkIn' | 'checkOut';

/** waiting: no connection yet; sending: on its way; failed: refused, the person decides; conflict: could not be honoured (the task filled up). */
export type OutboxStatus = 'waiting' | 'sending' | 'failed' | 'conflict';

/** A report's photo: its bytes until uploaded, then the server's ID, so a retry never uploads it twice. */
export interface QueuedPhoto {
  name: string;
  type: string;
  bytes?: ArrayBuffer;
  id?: string;
}

export interface OutboxItem {
  /** Made when the person tapped the button; sent as the idempotency key on every try. */
  id: string;
  /** The account that made it: sent only under that account's session, shown only to it. */
  owner: string;
  kind: OutboxKind;
  /** What the person recognises it by: the report's title, the household, the task. */
  label: string;
  /** The task or household it is about, so a page can show its state beside that row. */
  subject: string;
  variables: Record<string, unknown>;
  photos?: QueuedPhoto[];
  status: OutboxStatus;
  attempts: number;
  /** Not before this time (ms) on a timed retry; a returning connection sends at once. */
  nextAt: number;
  error?: string;
  createdAt: number;
}

export type OutboxDraft = Pick<OutboxItem, 'kind' | 'label' | 'subject' | 'variables' | 'photos'> & { id?: string };
