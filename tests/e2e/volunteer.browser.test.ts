import type { Browser, Page } from 'playwright-core';
import { chinaToday } from '../../api/src/modules/care/recurrence';
import { DEMO_PASSWORD, loadDemoData } from '../../seeds/demo';
import { PASSWORD, startTestApp, type TestApp } from '../support/app';
import { chromiumAvailable, launch, screenshot, signInAs } from '../support/browser';
import { communityWithSecretary, makeUser } from '../support/factories';

const run = chromiumAvailable() ? describe : describe.skip;

run('volunteering in a real browser', () => {
  let app: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    app = await startTestApp();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const signIn = (page: Page, username: string) => signInAs(page, app.url, username, PASSWORD);

  it('a resident on a phone registers as a volunteer and signs up for a task; the secretary sees them matched, with reasons', async () => {
    const { community, secretary } = await communityWithSecretary(app, '六米桥社区');
    const start = new Date(Date.now() + 3 * 86_400_000);
    await secretary.gql('mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }', {
      i: {
        communityId: community.id,
        title: '为黎逢保老人理发',
        requiredSkills: ['理发'],
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
        capacity: 2,
      },
    });
    const resident = await makeUser(app, ['GRID_WORKER' as never], { communityId: community.id });
    const secretaryUser = await makeUser(app, ['COMMUNITY_SECRETARY' as never], { communityId: community.id });
    const neighbour = await makeUser(app, ['GRID_WORKER' as never], { communityId: community.id });
    await (await app.signIn(neighbour.username)).gql('mutation { registerVolunteer(input: { skills: ["理发"] }) { id } }');

    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(phone, resident.username);
    await phone.goto(`${app.url}/volunteer`);
    await phone.getByTestId('skills').click();
    await phone.keyboard.type('护理');
    await phone.keyboard.press('Enter');
    await phone.getByTestId('save-profile').click();
    await phone.getByTestId('sign-up-为黎逢保老人理发').click();
    await phone.getByText('已报名').first().waitFor();
    await screenshot(phone, 'volunteer-signs-up-on-phone');

    const desk = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await signIn(desk, secretaryUser.username);
    await desk.goto(`${app.url}/volunteer`);
    await desk.getByTestId('match-为黎逢保老人理发').click();
    await desk.getByText('持有理发技能').waitFor();
    await screenshot(desk, 'secretary-matches-volunteers');
    await phone.close();
    await desk.close();
  });
});

run('door-knocking in a real browser', () => {
  it("戴彩虹 opens today's visits on her phone and records the visit to 黎逢保", async () => {
    const app = await startTestApp();
    const browser = await launch();
    try {
      await loadDemoData(app.orm.em.fork());
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, timezoneId: 'Asia/Shanghai' });
      await signInAs(page, app.url, 'volunteer', DEMO_PASSWORD);
      await page.goto(`${app.url}/care`);
      const today = chinaToday();
      await page.getByTestId(`record-黎逢保夫妇-${today}`).click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /保\s*存/ })
        .click();
      await page.getByText('走访已记录').waitFor();
      await page.getByTestId(`record-黎逢保夫妇-${today}`).first().waitFor({ state: 'detached' });
      await page.getByRole('tab', { name: '关爱对象' }).click();
      await page.getByRole('button', { name: '走访日历' }).click();
      await page.locator('.ant-badge-status-success').first().waitFor();
      await screenshot(page, 'door-knocking-calendar');
      await screenshot(page, 'door-knocking-visit-recorded');
    } finally {
      await browser.close();
      await app.close();
    }
  });
});
