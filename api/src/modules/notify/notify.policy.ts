import type { PolicyMap } from '../../shared/auth/policy';
import type { Notification } from './notification.entity';

// A notification is its recipient's alone, on every path (list, mutation answer, live update).
export const notifyPolicies: PolicyMap = {
  Notification: { sees: ({ viewer }, n: Notification) => !!viewer && n.recipient.id === viewer.userId },
};
