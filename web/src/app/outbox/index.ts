export { OutboxList, OutboxTag, useOutbox } from './OutboxList';
export { discard, flushOutbox, outbox, retry, type SubmitOutcome, setOutboxOwner, startOutbox, submit } from './outbox';
export { isNetworkFailure } from './senders';
export type { OutboxItem, OutboxKind, OutboxStatus, QueuedPhoto } from './types';
