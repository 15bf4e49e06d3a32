import { describeInBrowser, screenshot } from '../support/browser';
import { caseCast, must, REPORT_CASE } from '../support/factories';

// 签收 on the unit representative's phone: the inbox opens on what waits to be signed for, with the
// time left; the case is signed for with a note of the first call to the reporter.

describeInBrowser('签收 in the browser', (suite) => {
  it('水利和湖泊局’s representative sees the drain case waiting with its time left, signs for it with a note, and it leaves the list', async () => {
    const cast = await caseCast(suite.app, { community: '六米桥社区', unit: '水利和湖泊局' });
    const id = must<any>(await cast.gridWorker.gql(REPORT_CASE, { i: { title: '雨水井堵塞', category: 'DRAINAGE' } }), 'reportCase').reportCase.id;
    must<any>(await cast.officer.gql('mutation($id: ID!) { acceptCase(id: $id) { status } }', { id }), 'acceptCase');
    must<any>(await cast.officer.gql('mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { status } }', { id, u: cast.unit.id }), 'dispatchCase');
    const rep = must<any>(await cast.rep.gql('{ me { username } }'), 'me').me.username;

    const page = await suite.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await suite.signIn(page, rep);
    await page.goto(`${suite.app.url}/cases`);
    await page.getByRole('tab', { name: '待签收' }).waitFor();
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('待签收');
    await page
      .getByTestId('sign-left')
      .getByText(/待签收 · 剩 1 小时 (5\d|4\d) 分/)
      .waitFor();
    await page.getByRole('link', { name: '雨水井堵塞' }).click();
    await page.getByTestId('awaiting-sign').waitFor();
    await page.getByTestId('sign-for-case').click();
    await page.getByRole('dialog').getByRole('textbox').fill('已电话联系上报人，半小时内到场');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定|保\s*存|签\s*收/ })
      .last()
      .click();
    await page.getByText('已签收').first().waitFor();
    await page.getByTestId('signed-for').waitFor();
    expect(await page.getByTestId('sign-for-case').count()).toBe(0);
    await page.getByText('已电话联系上报人，半小时内到场').first().waitFor();
    await screenshot(page, 'unit-signs-for-case');
    await page.goto(`${suite.app.url}/cases`);
    await page.getByText('暂无案件').waitFor();
    await page.close();
  });
});
