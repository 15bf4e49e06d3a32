// Whether the server and its database answer, as this client last saw it. A failed request or a
// dropped WebSocket marks it down (the "reconnecting" banner shows); /healthz is then asked every
// two seconds, and when it answers, or the WebSocket connects again, the listeners hear it is back.
// While down, pages may show what they last fetched (offline-cache); the banner then says since when.

type Listener = () => void;

let down = false;
let lastKnownAt: number | null = null;
let poll: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<Listener>();

function changed(): void {
  for (const listener of [...listeners]) listener();
}

function set(value: boolean): void {
  if (down === value) return;
  down = value;
  if (!down) lastKnownAt = null;
  changed();
}

export const connection = {
  isDown: (): boolean => down,
  /** When the oldest answer on screen was fetched, while down and showing what was last fetched; otherwise null. */
  lastKnownAt: (): number | null => (down ? lastKnownAt : null),
  /** Called on every change; answers the function that stops it. */
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** The server or its database did not answer (503, a network failure, a dropped socket). */
export function connectionLost(): void {
  set(true);
  poll ??= setInterval(() => {
    fetch('/healthz', { cache: 'no-store' })
      .then((response) => response.ok && connectionBack())
      .catch(() => undefined);
  }, 2_000);
}

/** A page shows an answer fetched at `at` because the network failed. */
export function showingLastKnown(at: number): void {
  connectionLost();
  if (lastKnownAt !== null && lastKnownAt <= at) return;
  lastKnownAt = at;
  changed();
}

/** It answers again. */
export function connectionBack(): void {
  clearInterval(poll);
  poll = undefined;
  set(false);
}
