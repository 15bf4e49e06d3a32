// A day's round on foot: start at the first household of the list and always walk to the nearest
// one not yet visited. Not the shortest round, but one a team can follow and check by eye.

export interface Stop {
  latitude: number;
  longitude: number;
}

/** Metres between two WGS-84 points (haversine, as the API's distance queries). */
export function metresBetween(a: Stop, b: Stop): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLng = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/** The stops in walking order, nearest-neighbour from the first. */
export function nearestNeighbourRoute<T extends Stop>(stops: T[]): T[] {
  if (stops.length < 3) return [...stops];
  const left = stops.slice(1);
  const route = [stops[0]];
  while (left.length) {
    const here = route[route.length - 1];
    let best = 0;
    for (let i = 1; i < left.length; i++) if (metresBetween(here, left[i]) < metresBetween(here, left[best])) best = i;
    route.push(left.splice(best, 1)[0]);
  }
  return route;
}
