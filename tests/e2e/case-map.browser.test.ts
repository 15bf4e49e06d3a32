import { describeInBrowser, screenshot } from '../support/browser';
import { caseCast, must, REPORT_CASE } from '../support/factories';

// The command centre sees where the street problems are: a dot per case with a position.

describeInBrowser('the case map', (suite) => {
  it('the command centre opens the map: two reported problems with positions are dots, one without is counted apart; a dot opens the case', async () => {
    const cast = await caseCast(suite.app, { community: '六米桥社区' });
    for (const [title, at] of [
      ['北渠边垃圾堆积', { latitude: 29.7164, longitude: 113.8979 }],
      ['六米桥路灯不亮', { latitude: 29.7201, longitude: 113.9012 }],
      ['楼道杂物', {}],
    ] as const) {
      must<any>(await cast.gridWorker.gql(REPORT_CASE, { i: { title, category: 'ENVIRONMENT', ...at } }), 'reportCase');
    }
    const officer = must<any>(await cast.officer.gql('{ me { username } }'), 'me').me.username;
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    // No internet here: the tiles are answered empty, the dots are drawn all the same.
    let tiles = 0;
    await page.route('https://tile.openstreetmap.org/**', (route) => {
      tiles += 1;
      return route.fulfill({ status: 204 });
    });
    await suite.signIn(page, officer);
    const response = await page.goto(`${suite.app.url}/cases/map`);
    expect(response?.headers()['content-security-policy']).toContain("img-src 'self' data: blob: https://tile.openstreetmap.org;");
    await page.getByTestId('map-summary').getByText('3 件中 2 件有位置').waitFor();
    const dots = page.locator('[data-testid="case-map"] path.leaflet-interactive');
    await dots.nth(1).waitFor();
    expect(await dots.count()).toBe(2);
    expect(tiles).toBeGreaterThan(0);
    await dots.first().click();
    const popup = page.locator('.leaflet-popup-content');
    await popup.waitFor();
    const title = (await popup.getByRole('link').textContent()) ?? '';
    expect(['北渠边垃圾堆积', '六米桥路灯不亮']).toContain(title);
    await screenshot(page, 'case-map');
    await popup.getByRole('link').click();
    await page.getByTestId('case-number').waitFor();
    await page.close();
  });
});
