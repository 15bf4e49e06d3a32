import { graphql } from '../../gql';

export const NEEDS = graphql(`
  query Needs($filter: NeedFilter, $first: Int, $after: String) {
    needs(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          title
          category
          status
          maxClaimants
          claimCount
          createdAt
          location
          community { id name }
          claims { id unit { id name } }
        }
      }
    }
  }
`);

export const NEED = graphql(`
  query Need($id: ID!) {
    need(id: $id) {
      id
      title
      description
      category
      status
      maxClaimants
      claimCount
      location
      budgetEstimate
      createdAt
      publishedAt
      completionReportedAt
      closedAt
      cancelReason
      community { id name maxOpenClaimsPerUnit }
      grid { id name }
      claims { id claimedAt unit { id name } meeting { id title } }
      events { id action at note actor { displayName } unit { name } }
    }
  }
`);

export const CLAIM = graphql(`
  mutation ClaimNeed($needId: ID!, $meetingId: ID) {
    claimNeed(needId: $needId, meetingId: $meetingId) { id need { id status claimCount claims { id unit { id name } } } }
  }
`);

export const RELEASE = graphql(`
  mutation ReleaseClaim($needId: ID!, $reason: String!) { releaseClaim(needId: $needId, reason: $reason) { id status claimCount claims { id unit { id name } } } }
`);

export const MEETINGS = graphql(`
  query JointMeetings($communityId: ID) {
    jointMeetings(communityId: $communityId) { id title heldAt place community { id name } attendees { id name } }
  }
`);

export const NEED_CATEGORIES = ['INFRASTRUCTURE', 'ENVIRONMENT', 'SAFETY', 'ELDERLY_CARE', 'CHILDREN', 'CULTURE', 'HEALTH', 'EMPLOYMENT', 'OTHER'] as const;
export const NEED_STATUSES = ['DRAFT', 'PUBLISHED', 'CLAIMED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export const RESOURCE_CATEGORIES = ['VENUE', 'FUNDING', 'EQUIPMENT', 'PROFESSIONAL_SERVICE', 'VOLUNTEERS', 'OTHER'] as const;

export const STATUS_COLORS: Record<string, string> = { DRAFT: 'default', PUBLISHED: 'blue', CLAIMED: 'orange', IN_PROGRESS: 'purple', DONE: 'green', CANCELLED: 'default' };
