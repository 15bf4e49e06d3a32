import type { Page } from 'playwright-core';
import { Role } from '../../api/src/shared/auth/role';
import { ADMIN } from '../support/app';
import { describeInBrowser, screenshot } from '../support/browser';
import { makeCommunity, makeUser } from '../support/factories';

describeInBrowser('the web client, in a real browser', (suite) => {
  async function signIn(page: Page, username: string, password: string): Promise<void> {
    await page.goto(`${suite.app.url}/`);
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(password);
    await page.getByRole('button', { name: /登\s*录|Sign in/ }).click();
  }

  it('the administrator signs in, creates a community with a grid, and sees it listed', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByText('您好，系统管理员').waitFor();
    await screenshot(page, 'admin-home');

    await page.getByRole('navigation').getByRole('link', { name: '社区与网格' }).click();
    await page.getByTestId('new-community').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('社区名称').fill('河滨社区');
    await dialog.getByLabel('街道办事处').fill('蒲圻办事处');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('link', { name: '河滨社区' }).click();

    await page.getByTestId('grid-name').fill('河滨花园小区');
    await page.getByTestId('add-grid').click();
    await page.getByText('河滨花园小区').waitFor();
    await screenshot(page, 'community-detail');

    await page.goto(`${suite.app.url}/admin/communities`);
    const row = page.getByRole('row', { name: /河滨社区/ });
    await row.getByText('河滨花园小区').waitFor();
    await screenshot(page, 'communities-list');
    await page.close();
  });

  it("a wrong password shows the server's message, and the language switch turns the interface English", async () => {
    const page = await suite.browser.newPage();
    await signIn(page, ADMIN.username, 'not-the-password');
    await page.getByTestId('login-error').getByText('用户名或密码错误。').waitFor();
    await page.getByTestId('language-switch').click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('login-error').getByText('Wrong username or password.').waitFor();
    await screenshot(page, 'login-error-english');
    await page.close();
  });

  it('a grid worker on a phone sees no administration and cannot open it by address', async () => {
    const community = await makeCommunity(suite.app, '六米桥社区');
    const worker = await makeUser(suite.app, [Role.GRID_WORKER], { communityId: community.id });
    const page = await suite.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(page, worker.username, 'password-123');
    await page.getByText('六米桥社区').waitFor();
    await page.getByTestId('nav-toggle').click();
    await page.getByRole('navigation').getByRole('link', { name: '首页' }).waitFor();
    expect(await page.getByRole('navigation').getByRole('link', { name: '账号管理' }).count()).toBe(0);
    await screenshot(page, 'grid-worker-phone-menu');
    await page.goto(`${suite.app.url}/admin/users`);
    await page.getByText('没有权限').waitFor();
    await page.close();
  });

  it('unknown routes get the app shell and a not-found page; the API path does not', async () => {
    const page = await suite.browser.newPage();
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByText('您好，系统管理员').waitFor();
    await page.goto(`${suite.app.url}/no/such/page`);
    // The shell's screen-reader heading names the page too: wait for the not-found page's own title.
    await page.locator('.ant-result-title', { hasText: '页面不存在' }).waitFor();
    await page.close();
  });
});
