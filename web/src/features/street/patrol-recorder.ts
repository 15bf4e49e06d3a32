// A patrol round on the phone: positions from the GPS are kept in a buffer and sent every half
// minute; the round in progress survives a reload (its id is kept in localStorage).

export interface Fix {
  lat: number;
  lng: number;
  at: string;
}

const KEY = 'gongjian.patrol';

export interface ActiveRound {
  roundId: string;
  sectionId: string;
  startedAt: string;
}

export const activeRound = (): ActiveRound | null => {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as ActiveRound | null;
    return stored?.roundId ? stored : null;
  } catch {
    return null;
  }
};

export const rememberRound = (round: ActiveRound | null): void => {
  if (round) localStorage.setItem(KEY, JSON.stringify(round));
  else localStorage.removeItem(KEY);
};

/** Watches the position until stopped; each fix goes to `onFix`. Returns the stop function, or null without a GPS. */
export function watchFixes(onFix: (fix: Fix) => void, onError: (message: string) => void): (() => void) | null {
  if (!('geolocation' in navigator)) return null;
  const id = navigator.geolocation.watchPosition(
    (p) => onFix({ lat: p.coords.latitude, lng: p.coords.longitude, at: new Date(p.timestamp || Date.now()).toISOString() }),
    (e) => onError(e.message),
    { enableHighAccuracy: true, maximumAge: 10_000, timeout: 60_000 },
  );
  return () => navigator.geolocation.clearWatch(id);
}
