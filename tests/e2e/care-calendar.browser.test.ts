import type { Locator, Page } from 'playwright-core';
import { chinaToday } from '../../api/src/modules/care/recurrence';
import { describeInBrowser, screenshot } from '../support/browser';
import { makeCommunity, makeUser, must } from '../support/factories';
import { plusDays, weekdayOf } from '../support/schedule-reference';

// Issue 17 in the page a secretary uses: weekly door-knocking schedules appear in today's visits,
// their missed days count and show red in the calendar, and the calendar of "every other week on
// Monday and Thursday from 2 March 2026" marks 2, 5, 16 and 19 March.

const today = chinaToday();

/** Shows the calendar's month of `date` with the header's own controls: the year select, then 年 mode's month cell, then 月. */
async function showMonth(modal: Locator, page: Page, date: string): Promise<void> {
  const [year, month] = date.split('-').map(Number);
  const shown = async (which: 'year' | 'month') =>
    Number.parseInt((await modal.locator(`.ant-picker-calendar-${which}-select .ant-select-content`).getAttribute('title')) ?? '', 10);
  const shownYear = await shown('year');
  if (shownYear !== year) {
    await modal.locator('.ant-picker-calendar-year-select').click();
    for (let i = 0; i < Math.abs(shownYear - year); i++) await page.keyboard.press(shownYear > year ? 'ArrowUp' : 'ArrowDown');
    await page.keyboard.press('Enter');
    await modal.locator(`.ant-picker-calendar-year-select .ant-select-content[title="${year}年"]`).waitFor();
  }
  if ((await shown('month')) !== month) {
    await modal.getByText('年', { exact: true }).click();
    await modal.locator(`td[title="${date.slice(0, 7)}"]`).click();
    await modal.getByText('月', { exact: true }).click();
  }
  await modal.locator(`.ant-picker-calendar-month-select .ant-select-content[title="${month}月"]`).waitFor();
  await modal.locator(`td[title="${date}"]`).waitFor();
}

const badge = (modal: Locator, date: string) => modal.locator(`td[title="${date}"] .ant-badge-status-dot`);

describeInBrowser('the door-knocking calendar in a real browser', (suite) => {
  it('a fortnightly schedule is due today, counts and shows its missed days, and the March 2026 calendar marks 2, 5, 16 and 19 March', async () => {
    const app = suite.app;
    const community = await makeCommunity(app, '六米桥社区');
    const secretaryUser = await makeUser(app, ['COMMUNITY_SECRETARY' as never], { communityId: community.id });
    const secretary = await app.signIn(secretaryUser.username);
    const teamId = must(
      await secretary.gql<Record<string, any>>('mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', {
        i: { communityId: community.id, name: '益家亲敲门组', kind: 'DOOR_KNOCKING' },
      }),
      'createTeam',
    ).createTeam.id;
    const household = async (residents: string) =>
      must(
        await secretary.gql<Record<string, any>>('mutation($i: HouseholdInput!) { addHousehold(input: $i) { id } }', {
          i: { communityId: community.id, residents, address: '六米桥社区翠泉花苑小区', consent: true, teamId },
        }),
        'addHousehold',
      ).addHousehold.id;
    const schedule = async (householdId: string, weekdays: number[], startsOn: string) =>
      must(
        await secretary.gql('mutation($i: VisitScheduleInput!) { scheduleVisits(input: $i) { id } }', {
          i: { householdId, teamId, frequency: 'WEEKLY', interval: 2, weekdays, startsOn, services: ['买菜'] },
        }),
        'scheduleVisits',
      );
    // Today's weekday and the one three days off in the same week, every other week since a fortnight ago.
    const weekday = weekdayOf(today);
    const start = plusDays(today, -14);
    const passed = weekday <= 4 ? plusDays(today, -11) : plusDays(today, -3);
    await schedule(await household('黎逢保夫妇'), [weekday, weekday <= 4 ? weekday + 3 : weekday - 3], start);
    await schedule(await household('蒋奶奶'), [1, 4], '2026-03-02');

    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Shanghai' });
    await suite.signIn(page, secretaryUser.username);
    await page.goto(`${app.url}/care`);
    for (const day of [start, passed, today]) await page.getByTestId(`record-黎逢保夫妇-${day}`).waitFor();
    await page.getByTestId(`record-黎逢保夫妇-${today}`).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await page.getByText('走访已记录').waitFor();
    await page.getByTestId(`record-黎逢保夫妇-${today}`).waitFor({ state: 'detached' });
    await screenshot(page, 'care-due-visits-weekly');

    await page.getByRole('tab', { name: '关爱对象' }).click();
    const row = page.getByRole('row', { name: /黎逢保夫妇/ });
    await row.getByText('漏访 2 次').waitFor();
    await row.getByRole('button', { name: '走访日历' }).click();
    const modal = page.getByRole('dialog');
    for (const day of [start, passed]) {
      await showMonth(modal, page, day);
      await badge(modal, day).and(modal.locator('.ant-badge-status-error')).waitFor();
    }
    await showMonth(modal, page, today);
    await badge(modal, today).and(modal.locator('.ant-badge-status-success')).waitFor();
    await screenshot(page, 'care-calendar-fortnightly');
    await modal.getByRole('button', { name: /Close|关闭/ }).click();
    await modal.waitFor({ state: 'hidden' });

    // The schedule reads as people say it, not as FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH.
    await page
      .getByRole('row', { name: /蒋奶奶/ })
      .getByText('每 2 周的周一、四')
      .waitFor();
    expect(await page.getByText(/FREQ=/).count()).toBe(0);
    await page
      .getByRole('row', { name: /蒋奶奶/ })
      .getByRole('button', { name: '走访日历' })
      .click();
    const march = page.getByRole('dialog');
    await showMonth(march, page, '2026-03-02');
    for (const day of ['2026-03-02', '2026-03-05', '2026-03-16', '2026-03-19']) await badge(march, day).and(march.locator('.ant-badge-status-error')).waitFor();
    for (const day of ['2026-03-09', '2026-03-12', '2026-03-23', '2026-03-26']) expect(await badge(march, day).count()).toBe(0);
    await screenshot(page, 'care-calendar-march-2026');
    await page.close();
  });

  it("a schedule the secretary makes in the page shows at once in today's visits, read as 每天", async () => {
    const app = suite.app;
    const community = await makeCommunity(app, '赤马港社区');
    const secretaryUser = await makeUser(app, ['COMMUNITY_SECRETARY' as never], { communityId: community.id });
    const secretary = await app.signIn(secretaryUser.username);
    const teamId = must(
      await secretary.gql<Record<string, any>>('mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', {
        i: { communityId: community.id, name: '赤马港敲门组', kind: 'DOOR_KNOCKING' },
      }),
      'createTeam',
    ).createTeam.id;
    must(
      await secretary.gql('mutation($i: HouseholdInput!) { addHousehold(input: $i) { id } }', {
        i: { communityId: community.id, residents: '游奶奶', address: '赤马港社区 2 栋', consent: true, teamId },
      }),
      'addHousehold',
    );

    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Shanghai' });
    await suite.signIn(page, secretaryUser.username);
    await page.goto(`${app.url}/care`);
    await page.getByText('今天没有待走访的对象').waitFor();
    await page.getByRole('tab', { name: '关爱对象' }).click();
    await page
      .getByRole('row', { name: /游奶奶/ })
      .getByRole('button', { name: '制定走访计划' })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#teamId').click();
    await page.locator('.ant-select-item-option', { hasText: '赤马港敲门组' }).click();
    await dialog.locator('#startsOn').fill(today);
    await dialog.locator('#startsOn').press('Enter');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('走访计划已制定').waitFor();
    await page
      .getByRole('row', { name: /游奶奶/ })
      .getByText('每天')
      .waitFor();
    await page.getByRole('tab', { name: '今日走访' }).click();
    await page.getByTestId(`record-游奶奶-${today}`).waitFor();
    await page.close();
  });
});
