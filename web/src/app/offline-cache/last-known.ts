import { ApolloLink } from '@apollo/client';
import { Observable } from 'rxjs';
import { showingLastKnown } from '../connection';
import { tokenStore } from '../pwa/token';

// What the field pages last fetched (who I am, my tasks, today's visits, my unit's claimable needs),
// kept on the phone so they open with no network and say when it was fetched. Only this session's
// answers are used; signing out or the session ending forgets them.

const KEY = 'gj.lastKnown';
const MAX_ENTRIES = 40;

/** The queries the field pages open with, by operation name. */
export const KEPT_OPERATIONS = new Set([
  'Me',
  'MyVolunteerProfile',
  'VolunteerTasks',
  'MySignups',
  'VolunteerExtras',
  'DueVisits',
  'YellowRibbons',
  'Households',
  'Needs',
  'Communities',
]);

interface Entry {
  data: unknown;
  at: number;
}
interface Store {
  owner: string | null;
  entries: Record<string, Entry>;
}

function read(): Store {
  try {
    const store = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Store | null;
    if (store && store.owner === tokenStore.get()) return store;
  } catch {
    // A damaged copy is no copy.
  }
  return { owner: tokenStore.get(), entries: {} };
}

function remember(key: string, data: unknown): void {
  const store = read();
  store.entries[key] = { data, at: Date.now() };
  const keys = Object.keys(store.entries).sort((a, b) => store.entries[b].at - store.entries[a].at);
  for (const old of keys.slice(MAX_ENTRIES)) delete store.entries[old];
  try {
    localStorage.setItem(KEY, JSON.stringify(store));
  } catch {
    // Storage full: the phone keeps what it had.
  }
}

export function recall(key: string): Entry | undefined {
  return read().entries[key];
}

export function forgetLastKnown(): void {
  localStorage.removeItem(KEY);
}

/** No answer at all (offline, or the server is unreachable): not an answer the server gave. */
function unreachable(error: unknown): boolean {
  return error instanceof TypeError || (typeof navigator !== 'undefined' && navigator.onLine === false);
}

const keyOf = (operation: ApolloLink.Operation) => `${operation.operationName}:${JSON.stringify(operation.variables ?? {})}`;

/** Remembers the kept queries' answers; when the network fails, answers with the last one and says when it was fetched. */
export const lastKnownLink = new ApolloLink((operation, forward) => {
  if (!operation.operationName || !KEPT_OPERATIONS.has(operation.operationName)) return forward(operation);
  const key = keyOf(operation);
  return new Observable((observer) => {
    const subscription = forward(operation).subscribe({
      next: (result) => {
        if (result.data && !result.errors?.length && tokenStore.get()) remember(key, result.data);
        observer.next(result);
      },
      error: (error) => {
        const known = unreachable(error) ? recall(key) : undefined;
        if (!known) return observer.error(error);
        showingLastKnown(known.at);
        observer.next({ data: known.data as Record<string, unknown> });
        observer.complete();
      },
      complete: () => observer.complete(),
    });
    return () => subscription.unsubscribe();
  });
});
