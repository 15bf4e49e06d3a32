import { graphql } from '../../gql';

export const COMMUNITY_OPTIONS = graphql(`
  query StreetCommunityOptions {
    communities { id name }
  }
`);

export const PATROL_WEEK = graphql(`
  query PatrolWeek($communityId: ID!, $from: DateTime!) {
    patrolWeek(communityId: $communityId, from: $from) {
      rounds lastPatrolAt openCases escalatedCases
      section { id name addresses path { lat lng } chief { id displayName } patrollers { id displayName } }
    }
  }
`);

export const SECTION_PEOPLE = graphql(`
  query RoadSectionPeople($communityId: ID!, $search: String) {
    roadSectionPeople(communityId: $communityId, search: $search) { id displayName roles unit { id name } }
  }
`);

export const SAVE_SECTION = graphql(`
  mutation SaveRoadSection($input: RoadSectionInput!) {
    saveRoadSection(input: $input) { id name }
  }
`);

export const DELETE_SECTION = graphql(`
  mutation DeleteRoadSection($id: ID!) {
    deleteRoadSection(id: $id)
  }
`);

export const MAP_SETTINGS = graphql(`
  query StreetMapSettings {
    mapSettings { tileUrl attribution coordinates subdomains centerLatitude centerLongitude zoom }
  }
`);

export const MY_SECTIONS = graphql(`
  query MyRoadSections {
    myRoadSections {
      id name
      community { id name }
      chief { id displayName }
      patrollers { id }
      cases { id number title status address unitName stageDueAt escalated }
      rounds(first: 5) { id startedAt endedAt casesReported patroller { id displayName } }
    }
  }
`);

export const START_PATROL = graphql(`
  mutation StartPatrol($sectionId: ID!, $clientKey: String!) {
    startPatrol(sectionId: $sectionId, clientKey: $clientKey) { id startedAt endedAt }
  }
`);

export const ADD_POSITIONS = graphql(`
  mutation AddPatrolPositions($roundId: ID!, $positions: [TrailPointInput!]!) {
    addPatrolPositions(roundId: $roundId, positions: $positions) { id }
  }
`);

export const END_PATROL = graphql(`
  mutation EndPatrol($input: PatrolEndInput!) {
    endPatrol(input: $input) { id endedAt }
  }
`);
