// Read by the configuration before anything else loads, so no GraphQL decorators here (map.types.ts).

/** How the tile source draws the earth: WGS-84 (OpenStreetMap, 天地图) or GCJ-02 (高德, 腾讯). */
export enum MapCoordinates {
  WGS84 = 'WGS84',
  GCJ02 = 'GCJ02',
}

export interface MapSettings {
  tileUrl: string;
  attribution: string;
  coordinates: MapCoordinates;
  subdomains: string[];
  centerLatitude: number;
  centerLongitude: number;
  zoom: number;
}

const OSM = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** Read once at start-up; a bad value stops the server with a clear message. */
export function mapSettingsFrom(env: NodeJS.ProcessEnv): MapSettings {
  const tileUrl = env.MAP_TILE_URL || OSM;
  if (!/^https?:\/\/[^/]+\//.test(tileUrl) || !tileUrl.includes('{z}')) throw new Error(`MAP_TILE_URL must be an http(s) URL template with {z}, {x} and {y}, got "${tileUrl}"`);
  const coordinates = (env.MAP_COORDINATES || 'WGS84').toUpperCase().replace('-', '');
  if (coordinates !== 'WGS84' && coordinates !== 'GCJ02') throw new Error(`MAP_COORDINATES must be WGS84 or GCJ02, got "${env.MAP_COORDINATES}"`);
  const [lat, lng] = (env.MAP_CENTER || '29.7164,113.8979').split(',').map(Number);
  if (!(Math.abs(lat) <= 90 && Math.abs(lng) <= 180)) throw new Error(`MAP_CENTER must be "latitude,longitude", got "${env.MAP_CENTER}"`);
  const zoom = Number(env.MAP_ZOOM || 13);
  if (!Number.isInteger(zoom) || zoom < 1 || zoom > 19) throw new Error(`MAP_ZOOM must be a whole number from 1 to 19, got "${env.MAP_ZOOM}"`);
  return {
    tileUrl,
    attribution: env.MAP_ATTRIBUTION || (tileUrl === OSM ? '© OpenStreetMap contributors' : ''),
    coordinates: coordinates as MapCoordinates,
    subdomains: (env.MAP_SUBDOMAINS || 'abc').split('').filter(Boolean),
    centerLatitude: lat,
    centerLongitude: lng,
    zoom,
  };
}

/** The origin(s) the page may load tiles from, for the Content-Security-Policy's img-src. */
export function tileOrigin(settings: MapSettings): string {
  const origin = /^(https?:\/\/[^/]+)/.exec(settings.tileUrl)?.[1] ?? '';
  return origin.replace('{s}', '*');
}
