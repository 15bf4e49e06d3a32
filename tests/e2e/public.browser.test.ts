import { describeInBrowser, screenshot } from '../support/browser';
import { CLAIM_NEED, communityWithSecretary, must, publishedNeed, unitWithRep } from '../support/factories';

// 公示 on a resident's phone: no account, no sign-in page; the road their secretary listed is there
// with the unit that took it on, and the open data downloads from the page.

describeInBrowser('the public page on a resident’s phone', (suite) => {
  it('a resident opens the notice board, finds 红旗桥社区, sees the road claimed by 住建局, switches to English and downloads the data', async () => {
    const { community, secretary } = await communityWithSecretary(suite.app, '红旗桥社区');
    const road = await publishedNeed(secretary, community.id, '红旗桥路背街小巷硬化');
    await publishedNeed(secretary, community.id, '红旗桥路灯安装');
    const { rep } = await unitWithRep(suite.app, '住房和城乡建设局');
    must<any>(await rep.gql(CLAIM_NEED, { id: road }), 'claimNeed');

    const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/public`);
    await page.getByRole('heading', { level: 1, name: '社区公示' }).waitFor();
    expect(page.url()).toBe(`${suite.app.url}/public`);
    await page.getByRole('link', { name: '红旗桥社区' }).click();
    await page.getByRole('heading', { level: 1, name: '红旗桥社区' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/public/${community.id}`);
    const needs = page.getByTestId('public-needs');
    await needs.getByText('认领单位：住房和城乡建设局').waitFor();
    expect(await needs.locator('h3').allTextContents()).toEqual(expect.arrayContaining(['红旗桥路背街小巷硬化', '红旗桥路灯安装']));
    await needs.getByText('尚无单位认领').waitFor();
    await screenshot(page, 'public-community-phone');

    // Back to the list with the phone's back button, forward again.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: '社区公示' }).waitFor();
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: '红旗桥社区' }).waitFor();

    await page.getByTestId('language-switch').click();
    await page.getByText('Claimed by 住房和城乡建设局').waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Excel (all)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^红旗桥社区-.*\.xlsx$/);
    expect(await download.failure()).toBeNull();
    expect(await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);
    await context.close();
  });
});
