import { graphql } from '../../gql';

export const MAP_SETTINGS = graphql(`
  query MapSettingsForMaps {
    mapSettings { tileUrl attribution coordinates subdomains centerLatitude centerLongitude zoom }
  }
`);
