import { badInput } from './errors';

// Distances on a map from SQL: haversine on a 6371 km sphere, with a bounding box the planner can use first.

/** Metres from the position given as three parameters (latitude, latitude, longitude) to `alias`'s latitude and longitude. */
export const distanceSql = (alias: string) =>
  `2 * 6371000 * asin(sqrt(power(sin(radians(${alias}.latitude - ?) / 2), 2) + cos(radians(?)) * cos(radians(${alias}.latitude)) * power(sin(radians(${alias}.longitude - ?) / 2), 2)))`;

/** A position a client sent, refused unless a point on the map (the poles left out: the box below needs a cosine). */
export function checkPosition(latitude: number, longitude: number): void {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 89 || Math.abs(longitude) > 180)
    throw badInput('input.invalid', { details: 'latitude, longitude' });
}

/** distanceSql's parameters, then the box `alias.latitude BETWEEN ? AND ? AND alias.longitude BETWEEN ? AND ?` that holds every point within `metres`. */
export function nearParams(latitude: number, longitude: number, metres: number): number[] {
  const dLat = metres / 111_195;
  const dLng = dLat / Math.cos((latitude * Math.PI) / 180);
  return [latitude, latitude, longitude, latitude - dLat, latitude + dLat, longitude - dLng, longitude + dLng];
}
