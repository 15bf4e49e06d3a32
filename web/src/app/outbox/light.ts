// The outbox without Ant Design or Apollo: what the light report page imports.
export { discard, flushOutbox, outbox, retry, type SubmitOutcome, setOutboxOwner, startOutbox, submit } from './outbox';
export { QueuedList, useOutbox } from './QueuedList';
export { isNetworkFailure, type Uploaded, uploadPhoto } from './senders';
export type { OutboxItem, OutboxKind, OutboxStatus, QueuedPhoto } from './types';
