import { addressOnSection, boundsAround, distanceToPath } from './street-geometry';

// 赤壁 around 29.72 N: one degree of latitude is about 111.2 km.
const start = { lat: 29.72, lng: 113.9 };
const east = { lat: 29.72, lng: 113.91 }; // ≈ 966 m east

describe('distance from a case to a road section', () => {
  it('is the perpendicular distance beside the middle of a segment', () => {
    const beside = { lat: 29.72 + 30 / 111_195, lng: 113.905 };
    expect(distanceToPath(beside, [start, east])).toBeCloseTo(30, 0);
  });

  it('is the distance to the nearer end beyond the segment', () => {
    const beyond = { lat: 29.72, lng: 113.9 - 0.001 }; // ≈ 96.6 m west of the start
    expect(distanceToPath(beyond, [start, east])).toBeCloseTo(96.6, 0);
  });

  it('takes the nearest of several segments and handles a single point', () => {
    const corner = { lat: 29.73, lng: 113.91 };
    const nearSecond = { lat: 29.725, lng: 113.91 + 20 / 96_560 };
    expect(distanceToPath(nearSecond, [start, east, corner])).toBeCloseTo(20, 0);
    expect(distanceToPath(start, [start])).toBe(0);
    expect(distanceToPath(start, [])).toBe(Number.POSITIVE_INFINITY);
  });

  it('bounds hold every point within the margin', () => {
    const box = boundsAround([start, east], 50);
    expect(box).not.toBeNull();
    const b = box as NonNullable<typeof box>;
    expect(b.south).toBeLessThan(29.72 - 0.00044);
    expect(b.north).toBeGreaterThan(29.72 + 0.00044);
    expect(b.west).toBeLessThan(113.9 - 0.0005);
    expect(b.east).toBeGreaterThan(113.91 + 0.0005);
    expect(boundsAround([], 50)).toBeNull();
  });

  it('matches an address that names one of the section', () => {
    expect(addressOnSection('赤壁市蒲圻街道陆水路 12 号', ['陆水路'])).toBe(true);
    expect(addressOnSection('赤壁市金鸾路 3 号', ['陆水路', ' '])).toBe(false);
    expect(addressOnSection(null, ['陆水路'])).toBe(false);
  });
});
