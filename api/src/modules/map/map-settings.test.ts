import { cspFor } from '../../http/web';
import { mapSettingsFrom, tileOrigin } from './map-settings';

describe('the map tile source, as an operator sets it', () => {
  it('defaults to OpenStreetMap over Chibi, in WGS-84, and the page may load its tiles', () => {
    const settings = mapSettingsFrom({});
    expect(settings).toMatchObject({
      tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      coordinates: 'WGS84',
      centerLatitude: 29.7164,
      centerLongitude: 113.8979,
      zoom: 13,
    });
    expect(settings.attribution).toContain('OpenStreetMap');
    expect(cspFor(tileOrigin(settings))).toContain("img-src 'self' data: blob: https://tile.openstreetmap.org;");
  });

  it('高德 tiles with subdomains: GCJ-02, and the CSP allows every subdomain', () => {
    const settings = mapSettingsFrom({
      MAP_TILE_URL: 'https://webrd0{s}.is.autonavi.com/appmaptile?style=8&x={x}&y={y}&z={z}',
      MAP_SUBDOMAINS: '1234',
      MAP_COORDINATES: 'gcj-02',
      MAP_ATTRIBUTION: '© 高德地图',
    });
    expect([settings.coordinates, settings.subdomains, settings.attribution]).toEqual(['GCJ02', ['1', '2', '3', '4'], '© 高德地图']);
    expect(tileOrigin(settings)).toBe('https://webrd0*.is.autonavi.com');
  });

  it('a setting that cannot work stops the start with a message saying which', () => {
    expect(() => mapSettingsFrom({ MAP_TILE_URL: 'tiles/{z}/{x}/{y}.png' })).toThrow(/MAP_TILE_URL/);
    expect(() => mapSettingsFrom({ MAP_COORDINATES: 'BD09' })).toThrow(/MAP_COORDINATES/);
    expect(() => mapSettingsFrom({ MAP_CENTER: '200,10' })).toThrow(/MAP_CENTER/);
    expect(() => mapSettingsFrom({ MAP_ZOOM: '25' })).toThrow(/MAP_ZOOM/);
  });
});
