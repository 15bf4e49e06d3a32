import type { Point } from './road-section.entity';

// Distances over a few hundred metres of street: a local flat projection around the point is
// exact to well under a metre there, and needs no PostGIS.

const EARTH_RADIUS_M = 6_371_000;
const RAD = Math.PI / 180;

/** How far from a section's line a case still lies on it, in metres (a road and its pavements). */
export const SECTION_REACH_M = 50;

/** Metres east and north of `origin`. */
function project(origin: Point, p: Point): [number, number] {
  return [(p.lng - origin.lng) * RAD * EARTH_RADIUS_M * Math.cos(origin.lat * RAD), (p.lat - origin.lat) * RAD * EARTH_RADIUS_M];
}

/** The shortest distance in metres from a point to a polyline (to the point itself when the line has one point). */
export function distanceToPath(point: Point, path: readonly Point[]): number {
  if (path.length === 0) return Number.POSITIVE_INFINITY;
  let best = Number.POSITIVE_INFINITY;
  const segments = path.length === 1 ? [[path[0], path[0]]] : path.slice(1).map((b, i) => [path[i], b]);
  for (const [a, b] of segments) {
    const [ax, ay] = project(point, a);
    const [bx, by] = project(point, b);
    const dx = bx - ax;
    const dy = by - ay;
    const length2 = dx * dx + dy * dy;
    // The projection of the point (the origin) onto the segment, clamped to its ends.
    const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}

/** The path's bounding box grown by `margin` metres: the SQL prefilter before the exact distance. */
export function boundsAround(path: readonly Point[], margin: number): { south: number; north: number; west: number; east: number } | null {
  if (path.length === 0) return null;
  const lats = path.map((p) => p.lat);
  const lngs = path.map((p) => p.lng);
  const dLat = margin / (RAD * EARTH_RADIUS_M);
  const maxAbsLat = Math.min(89, Math.max(...lats.map(Math.abs)) + dLat);
  const dLng = margin / (RAD * EARTH_RADIUS_M * Math.cos(maxAbsLat * RAD));
  return { south: Math.min(...lats) - dLat, north: Math.max(...lats) + dLat, west: Math.min(...lngs) - dLng, east: Math.max(...lngs) + dLng };
}

/** A case's address names one of the section's addresses (both trimmed; empty entries never match). */
export const addressOnSection = (address: string | null, addresses: readonly string[]): boolean =>
  !!address && addresses.some((a) => a.trim().length > 0 && address.includes(a.trim()));
