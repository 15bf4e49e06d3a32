import { describeInBrowser, screenshot } from '../support/browser';
import { caseCast, must, REPORT_CASE } from '../support/factories';

// The bell in the unit representative's header: it counts up live when the command centre dispatches a
// case to the unit, the list links to the case, and "all read" brings it back to nothing.

describeInBrowser('the notification bell', (suite) => {
  it('水利和湖泊局’s representative sees the bell go up as the command centre dispatches, follows the link to the case, marks all read', async () => {
    const cast = await caseCast(suite.app, { community: '六米桥社区', unit: '水利和湖泊局' });
    const id = must<any>(await cast.gridWorker.gql(REPORT_CASE, { i: { title: '北渠附近出现少量垃圾', category: 'DRAINAGE' } }), 'reportCase').reportCase.id;
    must<any>(await cast.officer.gql('mutation($id: ID!) { acceptCase(id: $id) { status } }', { id }), 'acceptCase');
    const rep = must<any>(await cast.rep.gql('{ me { username } }'), 'me').me.username;

    const page = await suite.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await suite.signIn(page, rep);
    const bell = page.getByTestId('notify-bell');
    await bell.waitFor();
    expect(await bell.getAttribute('aria-label')).toBe('消息通知：0 条未读');
    // Wait until the subscription is up before the dispatch, so what the bell shows next came over it.
    await page.waitForTimeout(1_000);
    must<any>(await cast.officer.gql('mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { status } }', { id, u: cast.unit.id }), 'dispatchCase');
    await page.getByRole('link', { name: '消息通知：1 条未读' }).waitFor({ timeout: 10_000 });
    await screenshot(page, 'bell-one-unread');

    await bell.click();
    await page.waitForURL('**/notifications');
    const item = page.getByTestId('notify-item').first();
    await item.getByText('北渠附近出现少量垃圾').waitFor();
    expect(await item.getAttribute('data-unread')).toBe('true');
    await item.getByRole('link', { name: /已派至本单位：北渠附近出现少量垃圾/ }).click();
    await page.waitForURL(`**/cases/${id}`);
    await page.getByText('北渠附近出现少量垃圾').first().waitFor();
    // Following the link read it.
    await page.getByRole('link', { name: '消息通知：0 条未读' }).waitFor();

    // A second dispatch (another case) while on the case page, then "all read" on the list.
    const second = must<any>(await cast.gridWorker.gql(REPORT_CASE, { i: { title: '井盖缺失', category: 'DRAINAGE' } }), 'reportCase').reportCase.id;
    must<any>(await cast.officer.gql('mutation($id: ID!) { acceptCase(id: $id) { status } }', { id: second }), 'acceptCase');
    must<any>(await cast.officer.gql('mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { status } }', { id: second, u: cast.unit.id }), 'dispatchCase');
    await page.getByRole('link', { name: '消息通知：1 条未读' }).waitFor({ timeout: 10_000 });
    await bell.click();
    await page.getByTestId('notify-item').filter({ hasText: '井盖缺失' }).waitFor();
    await page.getByTestId('notify-read-all').click();
    await page.getByRole('link', { name: '消息通知：0 条未读' }).waitFor();
    // The bell's count and the list are two answers: the list may re-render a moment after the count.
    await page.waitForFunction(`document.querySelectorAll('[data-testid="notify-item"][data-unread="true"]').length === 0`, null, { timeout: 10_000 });
    expect(await page.locator('[data-testid="notify-item"][data-unread="true"]').count()).toBe(0);
    await page.getByText('未读', { exact: true }).click();
    await page.getByText('没有未读消息').waitFor();
    await screenshot(page, 'notifications-all-read');
    await page.close();
  });
});
