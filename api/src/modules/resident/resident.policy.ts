import type { PolicyMap } from '../../shared/auth/policy';
import type { ResidentReport } from './resident.types';

// A resident's report is read by its reporter and nobody else; the full Case (officers' notes and
// names on its events) stays behind the case policy, which keeps residents off events (case.policy.ts).
export const residentPolicies: PolicyMap = {
  ResidentReport: { sees: ({ viewer }, report: ResidentReport) => !!viewer && report.caseFile.reporter.id === viewer.userId },
};
