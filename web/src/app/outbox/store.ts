import type { OutboxItem } from './types';

// The queue lives in IndexedDB so a report typed on the street survives closing the tab; when
// IndexedDB is unavailable (some private modes) it lives in memory for the page's life.

const DB_NAME = 'gj-outbox';
const STORE = 'items';

let opening: Promise<IDBDatabase | null> | undefined;

function open(): Promise<IDBDatabase | null> {
  opening ??= new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve(null);
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
  });
  return opening;
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  return open().then(
    (db) =>
      new Promise<T | undefined>((resolve, reject) => {
        if (!db) return resolve(undefined);
        const request = work(db.transaction(STORE, mode).objectStore(STORE));
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      }),
  );
}

export const outboxStore = {
  all: async (): Promise<OutboxItem[]> => ((await run('readonly', (s) => s.getAll())) as OutboxItem[] | undefined) ?? [],
  put: async (item: OutboxItem): Promise<void> => {
    await run('readwrite', (s) => s.put(item));
  },
  remove: async (id: string): Promise<void> => {
    await run('readwrite', (s) => s.delete(id));
  },
};
