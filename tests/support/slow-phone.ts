import type { BrowserContext, Page } from 'playwright-core';

// Chromium's network emulation as the issue measured it: slow 3G, 400 ms round trip, 400 kbit/s
// each way. Bytes and requests are what the page fetched over the network (not from its HTTP cache
// or its service worker); times are wall-clock until the page is usable.

export const SLOW_3G = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };

export interface Visit {
  name: string;
  ms: number;
  bytes: number;
  requests: number;
  /** Every file fetched over the network, with its transferred size. */
  files: string[];
}

/** Opens `url` in a new page of `context` on a slow phone and waits until `ready` is visible. */
export async function visitOnSlowPhone(context: BrowserContext, name: string, url: string, ready: string): Promise<Visit> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  const overNetwork = new Map<string, string>();
  const sizes = new Map<string, number>();
  cdp.on('Network.responseReceived', (event) => {
    const { response } = event;
    if (response.fromDiskCache || response.fromServiceWorker || response.fromPrefetchCache || response.url.startsWith('data:')) return;
    overNetwork.set(event.requestId, new URL(response.url).pathname);
  });
  cdp.on('Network.loadingFinished', (event) => sizes.set(event.requestId, event.encodedDataLength));
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(ready).first().waitFor({ timeout: 120_000 });
  const ms = Date.now() - started;
  // Requests still in flight when the page became usable (the viewer's refresh) finish before they are counted.
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  const files: string[] = [];
  for (const [id, path] of overNetwork) {
    const size = sizes.get(id) ?? 0;
    bytes += size;
    files.push(`${path} ${(size / 1024).toFixed(1)} KB`);
  }
  await cdp.detach();
  await page.close();
  return { name, ms, bytes, requests: overNetwork.size, files };
}

export function table(visits: Visit[]): string {
  const rows = visits.map(
    (v) => `${v.name.padEnd(44)} ${`${(v.ms / 1000).toFixed(1)} s`.padStart(8)} ${`${(v.bytes / 1024).toFixed(1)} KB`.padStart(11)} ${String(v.requests).padStart(9)}`,
  );
  return [`${'visit'.padEnd(44)} ${'time'.padStart(8)} ${'transferred'.padStart(11)} ${'requests'.padStart(9)}`, ...rows].join('\n');
}

/** Waits until the service worker controls `page` (it installs after the first load). */
export async function workerInControl(page: Page): Promise<void> {
  // A string: the tests' TypeScript has no DOM types.
  await page.evaluate(`(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  })()`);
}
