export * from './light';
export { OutboxList, OutboxTag } from './OutboxList';
