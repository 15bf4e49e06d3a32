import { randomUUID } from 'node:crypto';
import { AuditEvent } from '../../api/src/shared/audit/audit-event.entity';
import { Role } from '../../api/src/shared/auth/role';
import { ADMIN, PASSWORD } from '../support/app';
import { describeInBrowser, screenshot } from '../support/browser';
import { makeUser, must } from '../support/factories';

// Reads of personal data are recorded by the API; here one is written straight into the log, as
// that recorder writes it, so the page is tested on its own.

describeInBrowser('the audit log, in a real browser', (suite) => {
  async function readOfHousehold(): Promise<{ householdId: string }> {
    const created = await suite.app.admin.gql('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
      i: { username: `dai${randomUUID().slice(0, 8)}`, displayName: '戴彩虹', password: PASSWORD, roles: [Role.VOLUNTEER] },
    });
    const dai = must(created, 'createUser').createUser as { id: string };
    const householdId = randomUUID();
    await suite.app.orm.em.fork().insertMany(AuditEvent, [
      {
        actorId: dai.id,
        at: new Date(),
        action: 'PERSONAL_DATA_READ',
        subjectType: 'Household',
        subjectId: householdId,
        note: null,
        data: { fields: ['address', 'emergencyContact', 'residents'], path: 'dueVisits' },
      },
    ]);
    return { householdId };
  }

  it('an administrator opens 审计日志, sees who read a household and which fields, and narrows the list to personal-data reads', async () => {
    const { householdId } = await readOfHousehold();
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 860 } });
    await suite.signIn(page, ADMIN.username, ADMIN.password);
    await page.getByRole('navigation').getByRole('link', { name: '审计日志' }).click();

    const table = page.getByTestId('audit-table');
    const read = table.getByRole('row', { name: /戴彩虹/ }).filter({ hasText: '个人信息查阅' });
    await read.waitFor();
    for (const text of ['关爱对象', householdId.slice(0, 8), '住户姓名', '地址', '紧急联系人', 'dueVisits']) await read.getByText(text, { exact: true }).waitFor();
    // The administrator made 戴彩虹's account: a state change, listed too until the filter says otherwise.
    await table.getByText('新建账号').first().waitFor();
    await screenshot(page, 'audit-log');

    await page.getByTestId('audit-action-filter').click();
    await page.locator('.ant-select-item-option', { hasText: '个人信息查阅' }).click();
    await page.keyboard.press('Escape');
    await table.getByText('新建账号').first().waitFor({ state: 'detached' });
    await read.waitFor();
    const actions = await table.locator('tbody tr.ant-table-row td:nth-child(3)').allInnerTexts();
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(['个人信息查阅']));
    await screenshot(page, 'audit-log-personal-reads');

    await page.getByTestId('language-switch').click();
    await table.getByText('Personal data read').first().waitFor();
    await table.getByText('emergency contact').first().waitFor();
    await page.close();
  });

  it('on a phone the menu offers 审计日志 and the table scrolls sideways', async () => {
    await readOfHousehold();
    const page = await suite.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await suite.signIn(page, ADMIN.username, ADMIN.password);
    await page.getByTestId('nav-toggle').click();
    await page.getByRole('navigation').getByRole('link', { name: '审计日志' }).click();
    const table = page.getByTestId('audit-table');
    await table.getByText('个人信息查阅').first().waitFor();
    const scroller = table.locator('.ant-table-content');
    const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    // The page itself does not: only the table does.
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'audit-log-phone');
    await page.close();
  });

  it('a volunteer has no 审计日志 in the menu and cannot open it by address', async () => {
    const volunteer = await makeUser(suite.app, [Role.VOLUNTEER]);
    const page = await suite.browser.newPage();
    await suite.signIn(page, volunteer.username);
    await page.getByRole('navigation').getByRole('link', { name: '首页' }).waitFor();
    expect(await page.getByRole('navigation').getByRole('link', { name: '审计日志' }).count()).toBe(0);
    await page.goto(`${suite.app.url}/admin/audit`);
    await page.getByText('没有权限').waitFor();
    await page.close();
  });
});
