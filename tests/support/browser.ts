import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { PASSWORD, startTestApp, type TestApp } from './app';

// Debian's Chromium, driven by playwright-core; never a downloaded browser. Playwright gives each
// launch a fresh profile directory of its own.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(__dirname, '..', '..', '.test-artifacts');

/** Whether browser tests can run. Missing Chromium fails under CI=true and is loud otherwise. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH. Browser tests are SKIPPED.`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n\n!!! ${message}\n\n`);
  return false;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** Signs in through the real sign-in page and waits for the home page's greeting. */
export async function signInAs(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: /登\s*录|Sign in/ }).click();
  await page.getByText(/您好|Hello/).waitFor();
}

export interface BrowserSuite {
  /** The suite's own server on its own database; set before the first test. */
  readonly app: TestApp;
  readonly browser: Browser;
  /** Signs in through the sign-in page (the factories' password unless given) and waits for the home page. */
  signIn(page: Page, username: string, password?: string): Promise<void>;
}

/**
 * A describe block of browser tests: one test app and one Chromium for the block, both closed after it.
 * Without Chromium the block is skipped with a loud warning, and fails under CI=true.
 */
export function describeInBrowser(name: string, body: (suite: BrowserSuite) => void): void {
  (chromiumAvailable() ? describe : describe.skip)(name, () => {
    let app: TestApp | undefined;
    let browser: Browser | undefined;
    beforeAll(async () => {
      app = await startTestApp();
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
      await app?.close();
    });
    const ready = <T>(value: T | undefined): T => {
      if (value === undefined) throw new Error('the browser suite is not started yet');
      return value;
    };
    const suite: BrowserSuite = {
      get app() {
        return ready(app);
      },
      get browser() {
        return ready(browser);
      },
      signIn: (page, username, password = PASSWORD) => signInAs(page, ready(app).url, username, password),
    };
    body(suite);
  });
}
