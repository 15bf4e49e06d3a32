import { graphql } from '../../gql';

// Documents shared by the organisation pages.

export const COMMUNITIES = graphql(`
  query Communities {
    communities {
      id
      name
      subdistrict
      address
      grids { id name }
      committee { id personName position }
    }
  }
`);

export const UNIT_OPTIONS = graphql(`
  query UnitOptions {
    partnerUnits { id name kind }
  }
`);
