import { graphql } from '../../gql';

export const TASKS = graphql(`
  query VolunteerTasks($communityId: ID) {
    tasks(communityId: $communityId) { id title status startsAt endsAt capacity signupCount requiredSkills place }
  }
`);

export const MY_SIGNUPS = graphql(`
  query MySignups {
    mySignups { id status promotedAt task { id title startsAt endsAt place status } }
  }
`);

export const MY_PROFILE = graphql(`
  query MyVolunteerProfile {
    myVolunteerProfile { id skills availability partyMember community { id name latitude longitude } }
  }
`);

export const DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export const PARTS = ['AM', 'PM', 'EVE'] as const;
