import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, loadDemoData } from '../../seeds/demo';
import { describeInBrowser, screenshot } from '../support/browser';

// Work on a map, on the Chibi demo data: 戴彩虹 standing at 六米桥 sees the open tasks around her,
// 王秀兰 walks today's visits at 赤马港 as a numbered route, the city leader sees needs and claims by community.

const OFFICE = { latitude: 29.7203, longitude: 113.8986 }; // 六米桥社区, as seeds/maps-demo.ts places it
const NEAR = 'query($lat: Float!, $lng: Float!) { tasksNear(latitude: $lat, longitude: $lng, radiusMeters: 3000) { task { title } } }';

/** No internet here: the tile server answers every tile with an empty one; the markers are drawn all the same. */
async function blankTiles(page: Page): Promise<() => number> {
  let tiles = 0;
  await page.route('https://tile.openstreetmap.org/**', (route) => {
    tiles += 1;
    return route.fulfill({ status: 204 });
  });
  return () => tiles;
}

describeInBrowser('maps of tasks, visits and communities', (suite) => {
  const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, timezoneId: 'Asia/Shanghai' };
  beforeAll(async () => {
    await loadDemoData(suite.app.orm.em.fork());
  });

  it('a volunteer who shares her position sees the open tasks around her as markers, and one opens the task to sign up', async () => {
    const context = await suite.browser.newContext({ ...PHONE, permissions: ['geolocation'], geolocation: OFFICE });
    const page = await context.newPage();
    const tiles = await blankTiles(page);
    await suite.signIn(page, 'volunteer', DEMO_PASSWORD);
    const expected = (await suite.app.admin.gql(NEAR, { lat: OFFICE.latitude, lng: OFFICE.longitude })).data?.tasksNear.map((n: any) => n.task.title) as string[];
    expect(expected).toContain('为黎逢保老人理发');
    await page.goto(`${suite.app.url}/volunteer`);
    await page.getByText('附近的任务', { exact: true }).click();
    await page.getByText('以你当前的位置为中心').waitFor();
    await page.getByTestId('near-summary').getByText(`${expected.length} 项报名中的任务`).waitFor();
    const markers = page.locator('[data-testid="tasks-near-map"] path.leaflet-interactive');
    await markers.nth(expected.length - 1).waitFor();
    expect(await markers.count()).toBe(expected.length);
    expect(tiles()).toBeGreaterThan(0);
    // The nearest task's marker (drawn first); dispatched, as a marker may sit under the zoom buttons.
    await markers.first().dispatchEvent('click');
    const popup = page.locator('.leaflet-popup-content');
    await popup.getByText(expected[0]).waitFor();
    await popup.getByText(/余 \d+ 个名额/).waitFor();
    await screenshot(page, 'tasks-near');
    await popup.getByRole('button', { name: '查看并报名' }).click();
    // Back on the list, at the task, where signing up happens.
    await page.locator('[id^="task-"]').filter({ hasText: expected[0] }).getByRole('button').first().waitFor();
    await context.close();

    // Refused: the map centres on her community's office and says so.
    const refused = await suite.browser.newContext({ ...PHONE, permissions: [] });
    const second = await refused.newPage();
    await blankTiles(second);
    await suite.signIn(second, 'volunteer', DEMO_PASSWORD);
    await second.goto(`${suite.app.url}/volunteer`);
    await second.getByText('附近的任务', { exact: true }).click();
    await second.getByText('未能获取你的位置，以你所在社区为中心').waitFor();
    await refused.close();
  });

  it("a team's visits for today are a numbered route; the household without a position is listed beside it", async () => {
    // 王秀兰 captains 赤马港's 老街敲门组: four households every day (one not placed), 张桂英 on Mondays and Thursdays.
    const wang = await suite.app.signIn('cmg-wang', DEMO_PASSWORD);
    const due = (await wang.gql('{ dueVisits { overdue household { id residents latitude } } }')).data?.dueVisits as any[];
    const today = due.filter((d) => !d.overdue && d.household.latitude !== null).map((d) => d.household.residents as string);
    const placed = [...new Set(today)].sort();
    expect(placed).toEqual(expect.arrayContaining(['刘玉珍', '熊家富夫妇', '陈满英']));
    const page = await suite.browser.newPage(PHONE);
    await blankTiles(page);
    await suite.signIn(page, 'cmg-wang', DEMO_PASSWORD);
    await page.goto(`${suite.app.url}/care`);
    await page.getByText('今日路线').click();
    const stops = page.locator('[data-testid="visit-route"] .map-stop');
    await stops.nth(placed.length - 1).waitFor();
    expect(await stops.count()).toBe(placed.length);
    expect((await stops.allTextContents()).sort()).toEqual(placed.map((_, i) => String(i + 1)).sort());
    const titles = await stops.evaluateAll((els) => els.map((el) => el.getAttribute('title') ?? ''));
    expect(titles.map((title) => title.replace(/^\d+\. /, '')).sort()).toEqual(placed);
    // The stops are joined by one line.
    expect(await page.locator('[data-testid="visit-route"] path.leaflet-interactive').count()).toBe(1);
    await page
      .getByTestId('unplaced-周桂兰')
      .getByText(/周桂兰/)
      .waitFor();
    await page.getByText('位置未标注').waitFor();
    await screenshot(page, 'visit-route');
    await stops.filter({ hasText: /^1$/ }).dispatchEvent('click');
    await page.locator('.leaflet-popup-content').getByRole('button', { name: '记录走访' }).click();
    await page
      .getByRole('dialog')
      .getByText(/记录走访|走访/)
      .first()
      .waitFor();
    await page.close();
  });

  it('the city leader sees each community at its office with open and claimed needs, and goes to its needs', async () => {
    const totals = (await suite.app.admin.gql('{ totalsByCommunity { community { id name latitude } publishedNeeds claimedNeeds } }')).data?.totalsByCommunity as any[];
    const placed = totals.filter((row) => row.community.latitude !== null);
    expect(placed.length).toBeGreaterThanOrEqual(4);
    const hqq = totals.find((row) => row.community.name === '红旗桥社区');
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await blankTiles(page);
    await suite.signIn(page, 'leader', DEMO_PASSWORD);
    await page.goto(`${suite.app.url}/joint/map`);
    const labels = page.locator('[data-testid="community-map"] .map-count');
    await labels.nth(placed.length - 1).waitFor();
    expect(await labels.count()).toBe(placed.length);
    const label = labels.and(page.locator('[title="红旗桥社区"]'));
    expect(await label.textContent()).toBe(`${hqq.publishedNeeds} / ${hqq.claimedNeeds}`);
    await label.click();
    const popup = page.locator('.leaflet-popup-content');
    await popup.getByText('红旗桥社区').waitFor();
    await popup.getByText(`已认领 ${hqq.claimedNeeds} 项`).waitFor();
    await screenshot(page, 'community-map');
    await popup.getByRole('link', { name: '查看需求' }).click();
    await page.waitForURL(new RegExp(`/joint/needs\\?community=${hqq.community.id}`));
    await page.getByText('道路硬化').first().waitFor();
    await page.close();
  });
});
