import type { Browser } from 'playwright-core';
import { ADMIN, type TestApp } from '../support/app';
import { chromiumAvailable, launch, screenshot, signInAs } from '../support/browser';
import { DedicatedCluster, startAppOn } from '../support/dedicated-cluster';
import { makeCommunity } from '../support/factories';

// The database goes away under a signed-in administrator: the page says it is reconnecting instead
// of spinning, and catches up by itself when PostgreSQL is back (a cluster of this file's own).

(chromiumAvailable() ? describe : describe.skip)('the reconnecting banner in a real browser', () => {
  let cluster: DedicatedCluster;
  let app: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    cluster = await DedicatedCluster.start();
    app = await startAppOn(cluster.url);
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await cluster?.close();
  });

  it('PostgreSQL stops while the administrator opens 社区与网格: "正在重新连接" shows, and the list appears once it is back', async () => {
    await makeCommunity(app, '赤马港社区');
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signInAs(page, app.url, ADMIN.username, ADMIN.password);
    await cluster.stop();
    try {
      const clicked = Date.now();
      await page.locator('a[href="/admin/communities"]').first().click();
      const banner = page.getByTestId('reconnecting');
      await banner.waitFor({ timeout: 10_000 });
      console.log(`the banner showed ${Date.now() - clicked} ms after the click`);
      expect(await banner.textContent()).toMatch(/正在重新连接/);
      await screenshot(page, 'reconnecting-banner');
    } finally {
      await cluster.startAgain();
    }
    const started = Date.now();
    await page.getByTestId('reconnecting').waitFor({ state: 'detached', timeout: 20_000 });
    await page.getByText('赤马港社区').first().waitFor({ timeout: 10_000 });
    console.log(`the banner went and the list showed ${Date.now() - started} ms after PostgreSQL started again`);
    await page.close();
  }, 90_000);
});
