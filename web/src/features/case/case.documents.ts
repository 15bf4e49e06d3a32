import { graphql } from '../../gql';

export const CASES = graphql(`
  query Cases($status: [CaseStatus!], $first: Int, $after: String, $overdue: Boolean, $search: String, $unsigned: Boolean) {
    cases(status: $status, first: $first, after: $after, overdue: $overdue, search: $search, unsigned: $unsigned) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node { id number title category status source reportedAt dueAt overdue address acknowledgedAt acknowledgeDueAt assignedUnit { id name } community { id name } }
      }
    }
  }
`);

export const CASE_UPDATES = graphql(`
  subscription CaseUpdates {
    caseUpdates { action case { id number title status } }
  }
`);

export const CASE_CATEGORIES = ['ENVIRONMENT', 'ROADS', 'DRAINAGE', 'LIGHTING', 'ILLEGAL_CONSTRUCTION', 'PUBLIC_ORDER', 'SAFETY', 'OTHER'] as const;
export const CASE_STATUS_COLORS: Record<string, string> = {
  REPORTED: 'red',
  ACCEPTED: 'orange',
  REJECTED: 'default',
  DISPATCHED: 'blue',
  HANDLED: 'purple',
  VERIFIED: 'cyan',
  CLOSED: 'green',
};

export const CASE_MAP = graphql(`
  query CaseMap($status: [CaseStatus!], $first: Int) {
    mapSettings { tileUrl attribution coordinates subdomains centerLatitude centerLongitude zoom }
    cases(status: $status, first: $first) {
      totalCount
      edges { node { id number title category status overdue latitude longitude address } }
    }
  }
`);
