import { describeInBrowser, screenshot } from '../support/browser';
import { caseCast, must } from '../support/factories';
import { jpegWithGps } from '../support/images';

// 市民下单 on a resident's phone: from the sign-in page to registering with a phone number, a report
// with a photo from the street, and the report in 我的上报 with its timeline once the centre dispatches it.

describeInBrowser('a resident’s phone', (suite) => {
  it('registers from the sign-in page, reports a blocked drain with a photo, and follows it in my reports', async () => {
    const cast = await caseCast(suite.app, { community: '赤马港社区', unit: '水利和湖泊局' });
    const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();

    await page.goto(`${suite.app.url}/login`);
    await page.getByTestId('register-link').click();
    await page.getByRole('heading', { level: 1, name: '市民注册' }).waitFor();
    await page.getByLabel('手机号').fill('139 0715 6601');
    await page.getByLabel('密码').fill('chimagang2026');
    await page.getByLabel('所在社区').selectOption({ label: '赤马港社区' });
    await page.getByLabel('称呼（选填）').fill('李红');
    await screenshot(page, 'resident-register-phone');
    await page.getByRole('button', { name: '注册并登录' }).click();

    await page.getByRole('heading', { level: 1, name: '我的上报' }).waitFor();
    await page.getByText('还没有上报', { exact: false }).waitFor();
    await page.getByTestId('report-new').click();
    await page.getByRole('heading', { level: 1, name: '上报问题' }).waitFor();
    await page.getByTestId('case-title').fill('老街雨水篦子堵塞');
    await page.getByTestId('case-category').selectOption('DRAINAGE');
    await page.getByTestId('case-photo').setInputFiles({ name: 'drain.jpg', mimeType: 'image/jpeg', buffer: jpegWithGps(29.7192, 113.9031) });
    await page.getByTestId('photo-thumb').waitFor();
    await page.getByTestId('submit-case').click();
    await page.getByText(/已上报，编号/).waitFor();

    // The command centre takes it on and sends it to the water bureau; the resident sees that, and no official's name.
    const { caseId, officer } = await (async () => {
      const list = await cast.officer.gql('{ cases(first: 5) { edges { node { id title source } } } }');
      const found = list.data?.cases.edges
        .map((e: { node: { id: string; title: string; source: string } }) => e.node)
        .find((n: { title: string }) => n.title === '老街雨水篦子堵塞');
      expect(found.source).toBe('RESIDENT');
      return { caseId: found.id as string, officer: (await cast.officer.gql('{ me { displayName } }')).data?.me.displayName as string };
    })();
    must(await cast.officer.gql('mutation($id: ID!) { acceptCase(id: $id, note: "内部：核实受理") { id } }', { id: caseId }), 'accept');
    must(await cast.officer.gql('mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { id } }', { id: caseId, u: cast.unit.id }), 'dispatch');

    await page.getByRole('link', { name: '我的上报' }).first().click();
    const report = page.getByTestId('my-report');
    await report.getByRole('heading', { name: '老街雨水篦子堵塞' }).waitFor();
    await report.getByText('已派遣给 水利和湖泊局').waitFor();
    await report.getByText('承办单位：水利和湖泊局').waitFor();
    await report.getByText(/办理时限：/).waitFor();
    expect(await report.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('您上报了问题'),
      expect.stringContaining('指挥中心已受理'),
      expect.stringContaining('已派遣给 水利和湖泊局'),
    ]);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toContain('内部');
    expect(text).not.toContain(officer);
    await screenshot(page, 'resident-my-reports-phone');

    await page.getByTestId('language-switch').click();
    await report.getByText('Dispatched to 水利和湖泊局').waitFor();
    await context.close();
  });
});
