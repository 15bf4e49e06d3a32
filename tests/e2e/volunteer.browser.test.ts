import { chinaToday } from '../../api/src/modules/care/recurrence';
import { DEMO_PASSWORD, loadDemoData } from '../../seeds/demo';
import { describeInBrowser, screenshot } from '../support/browser';
import { communityWithSecretary, makeUser } from '../support/factories';

describeInBrowser('volunteering in a real browser', (suite) => {
  const { signIn } = suite;

  it('a resident on a phone registers as a volunteer and signs up for a task; the secretary sees them matched, with reasons', async () => {
    const { community, secretary } = await communityWithSecretary(suite.app, '六米桥社区');
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
    const resident = await makeUser(suite.app, ['GRID_WORKER' as never], { communityId: community.id });
    const secretaryUser = await makeUser(suite.app, ['COMMUNITY_SECRETARY' as never], { communityId: community.id });
    const neighbour = await makeUser(suite.app, ['GRID_WORKER' as never], { communityId: community.id });
    await (await suite.app.signIn(neighbour.username)).gql('mutation { registerVolunteer(input: { skills: ["理发"] }) { id } }');

    const phone = await suite.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(phone, resident.username);
    await phone.goto(`${suite.app.url}/volunteer`);
    await phone.getByTestId('skills').click();
    await phone.keyboard.type('护理');
    await phone.keyboard.press('Enter');
    await phone.getByTestId('save-profile').click();
    await phone.getByTestId('sign-up-为黎逢保老人理发').click();
    await phone.getByText('已报名').first().waitFor();
    await screenshot(phone, 'volunteer-signs-up-on-phone');

    const desk = await suite.browser.newPage({ viewport: { width: 1280, height: 860 } });
    await signIn(desk, secretaryUser.username);
    await desk.goto(`${suite.app.url}/volunteer`);
    await desk.getByTestId('match-为黎逢保老人理发').click();
    await desk.getByText('持有理发技能').waitFor();
    await screenshot(desk, 'secretary-matches-volunteers');
    await phone.close();
    await desk.close();
  });
});

describeInBrowser('door-knocking in a real browser', (suite) => {
  it("戴彩虹 opens today's visits on her phone and records the visit to 黎逢保", async () => {
    await loadDemoData(suite.app.orm.em.fork());
    const page = await suite.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, timezoneId: 'Asia/Shanghai' });
    await suite.signIn(page, 'volunteer', DEMO_PASSWORD);
    await page.goto(`${suite.app.url}/care`);
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
  });
});
