import { DEMO_PASSWORD, loadDemoData } from '../../seeds/demo';
import { describeInBrowser, screenshot } from '../support/browser';
import { caseCast, makeUser } from '../support/factories';
import { jpegWithGps } from '../support/images';

describeInBrowser('case dispatch in a real browser', (suite) => {
  const { signIn } = suite;

  it('a grid worker reports with a photo from a phone; the duty officer sees it arrive, accepts it and dispatches it to the suggested unit', async () => {
    const cast = await caseCast(suite.app, { community: '六米桥社区', unit: '水利和湖泊局' });
    await cast.officer.gql('mutation($u: ID) { setRoutingRule(input: { category: ENVIRONMENT, unitId: $u }) { category } }', { u: cast.unit.id });
    const worker = await makeUser(suite.app, ['GRID_WORKER' as never], { communityId: cast.community.id });
    const officer = await makeUser(suite.app, ['COMMAND_CENTER' as never]);

    const desk = await suite.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(desk, officer.username);
    await desk.goto(`${suite.app.url}/cases`);
    await desk.getByText('暂无案件').waitFor();

    const phone = await suite.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(phone, worker.username);
    await phone.goto(`${suite.app.url}/cases/report`);
    await phone.getByTestId('case-title').fill('北渠附近出现少量垃圾');
    await phone.getByTestId('case-photo').setInputFiles({ name: 'beiqu.jpg', mimeType: 'image/jpeg', buffer: jpegWithGps(29.7164, 113.8979) });
    await phone.getByText('beiqu.jpg').waitFor();
    await phone.getByText(/已定位/).waitFor();
    await phone.getByTestId('submit-case').click();
    await phone.getByText(/已上报/).waitFor();
    await screenshot(phone, 'grid-worker-reports-case');

    // The queue updates itself through the subscription.
    await desk.getByRole('link', { name: '北渠附近出现少量垃圾' }).waitFor({ timeout: 5000 });
    await desk.getByRole('link', { name: '北渠附近出现少量垃圾' }).click();
    await desk.getByTestId('accept-case').click();
    await desk.getByTestId('dispatch-case').click();
    await desk
      .getByRole('dialog')
      .getByText(/水利和湖泊局（建议）/)
      .waitFor();
    await desk.getByRole('dialog').getByText('处置单位').waitFor();
    await desk
      .getByRole('dialog')
      .getByRole('button', { name: /^派\s*单$/ })
      .click();
    await desk.getByText('已派单').waitFor();
    await desk.getByText('处置中').first().waitFor();
    // The number people quote on the phone heads the case: 赤壁-YYYYMMDD-NNNN.
    await desk
      .getByTestId('case-number')
      .getByText(/^赤壁-\d{8}-\d{4}$/)
      .waitFor();
    await desk.locator('.ant-image img').first().waitFor();
    await screenshot(desk, 'case-dispatched');
    await phone.close();
    await desk.close();
  });
});

describeInBrowser("the leaders' view of the quarter", (suite) => {
  it("a city leader in Chibi opens last quarter's statistics and reads the article's 94.29 %", async () => {
    await loadDemoData(suite.app.orm.em.fork());
    const page = await suite.browser.newPage({ viewport: { width: 1366, height: 1000 }, timezoneId: 'Asia/Shanghai' });
    await suite.signIn(page, 'leader', DEMO_PASSWORD);
    await page.goto(`${suite.app.url}/cases/stats`);
    // Last month may hold no case at all (the demo's quarter is July–September): it opens on the latest month that has some.
    await page
      .getByTestId('reported-count')
      .locator('.ant-statistic-content-value-int', { hasText: /^[1-9]/ })
      .waitFor();
    await page.getByText('上季度').click();
    await page.getByTestId('disposal-rate').getByText('94.29').waitFor();
    await page.getByTestId('chart-ranking').locator('svg').waitFor();
    await screenshot(page, 'case-statistics-quarter');
  });
});
