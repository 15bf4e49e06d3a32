import type { Page } from 'playwright-core';
import { describeInBrowser, screenshot } from '../support/browser';
import { caseCast, makeUser, must, REPORT_CASE } from '../support/factories';

// 回访 and the three rates in the browser: the command centre calls the reporters of 城市管理执法局's
// three closed cases (two from its queue, one from the case page), one answer sends a case back, and
// the week's ranking shows the unit's rates and score; a leader opens the reworked case behind the count.

const UNIT = '城市管理执法局';

describeInBrowser('回访 and the three rates in the browser', (suite) => {
  /** Pick an answer in the open follow-up dialog. */
  const answer = async (page: Page, solved: string, satisfaction: string) => {
    const dialog = page.locator('.ant-modal').filter({ hasText: '解决情况' });
    // check() clicks until the radio reads as checked: a click during the dialog's opening animation is not lost.
    await dialog.getByRole('radio', { name: solved, exact: true }).check();
    await dialog.getByRole('radio', { name: satisfaction, exact: true }).check();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
  };
  /** The unit's row of the ranking table, cell by cell. */
  const rankingRow = async (page: Page) => {
    await page.getByText(/本周/).click();
    const row = page.locator('tr.ant-table-row', { hasText: UNIT });
    await row.waitFor();
    return row;
  };

  it('the command centre records three follow-ups, confirms the rework of 不满意, and the week ranks the unit by its rates; a leader opens the reworked case', async () => {
    const cast = await caseCast(suite.app, { community: '六米桥社区', unit: UNIT });
    const ids: string[] = [];
    for (const title of ['占道经营', '乱堆乱放', '违规搭建雨棚']) {
      const id = must<any>(await cast.gridWorker.gql(REPORT_CASE, { i: { title, category: 'PUBLIC_ORDER' } }), 'reportCase').reportCase.id as string;
      must(await cast.officer.gql('mutation($id: ID!) { acceptCase(id: $id) { id } }', { id }), 'accept');
      must(await cast.officer.gql('mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { id } }', { id, u: cast.unit.id }), 'dispatch');
      must(await cast.rep.gql('mutation($id: ID!) { acknowledgeCase(id: $id) { id } }', { id }), 'acknowledge');
      must(await cast.rep.gql('mutation($id: ID!) { handleCase(id: $id, note: "已整改") { id } }', { id }), 'handle');
      must(await cast.gridWorker.gql('mutation($id: ID!) { verifyCase(id: $id, passed: true) { id } }', { id }), 'verify');
      must(await cast.officer.gql('mutation($id: ID!) { closeCase(id: $id) { id } }', { id }), 'close');
      ids.push(id);
    }
    const officer = must<any>(await cast.officer.gql('{ me { username } }'), 'me').me.username as string;

    const desk = await suite.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await suite.signIn(desk, officer);
    await desk.goto(`${suite.app.url}/cases/follow-ups`);
    await desk.getByText('待回访案件（办结最早的在前） · 3').waitFor();

    // 占道经营: solved, satisfied.
    await desk.locator('tr', { hasText: '占道经营' }).getByRole('button', { name: '记录回访' }).click();
    await answer(desk, '已解决', '满意');
    await desk.getByText('回访已记录').waitFor();
    await desk.getByText('待回访案件（办结最早的在前） · 2').waitFor();

    // 乱堆乱放: not solved, not satisfied: asked first, then sent back.
    await desk.locator('tr', { hasText: '乱堆乱放' }).getByRole('button', { name: '记录回访' }).click();
    await answer(desk, '未解决', '不满意');
    const confirm = desk.locator('.ant-modal-confirm');
    await confirm.locator('.ant-modal-confirm-title', { hasText: '退回原单位重办' }).waitFor();
    await screenshot(desk, 'follow-up-rework-confirmation');
    await confirm.getByRole('button', { name: /确\s*定|OK/ }).click();
    await desk.getByText('已退回重办').waitFor();
    await desk.getByText('待回访案件（办结最早的在前） · 1').waitFor();

    // 违规搭建雨棚 from its own page: solved, basically satisfied.
    await desk.goto(`${suite.app.url}/cases/${ids[2]}`);
    const card = desk.getByTestId('follow-ups');
    await card.getByText('本次办结尚未回访').waitFor();
    await card.getByRole('button', { name: '记录回访' }).click();
    await answer(desk, '已解决', '基本满意');
    await card
      .getByTestId('follow-up')
      .getByText(/已解决 · 基本满意 · 指挥中心电话回访/)
      .waitFor();
    expect(await card.getByRole('button', { name: '记录回访' }).count()).toBe(0);

    // The week: signed for 3 / 3; solved 2 of 3; satisfied 1 + basically ½ of 3; 30 + 35 × 2/3 + 35 × 1/2 = 70.83.
    await desk.goto(`${suite.app.url}/cases/stats`);
    const row = await rankingRow(desk);
    await row.getByText('70.83').waitFor();
    const cells = await row.locator('td').allInnerTexts();
    expect(cells.map((c) => c.trim())).toEqual([
      ...['1', UNIT, '3', '2', '66.67%', '2', '0', '100.00%'],
      ...['100.00%', '0', '3', '0', '66.67%', '1', '50.00%', '1', '1', '70.83', '1'],
    ]);
    await screenshot(desk, 'ranking-with-three-rates');
    await desk.close();

    // A leader opens the case behind 退回重办, and on its page reads why it went back.
    const leader = await makeUser(suite.app, ['CITY_LEADER' as never]);
    const page = await suite.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await suite.signIn(page, leader.username);
    await page.goto(`${suite.app.url}/cases/stats`);
    const leaderRow = await rankingRow(page);
    await leaderRow.locator('td').nth(16).getByRole('button', { name: '1' }).click();
    const behind = page.getByRole('dialog').filter({ hasText: `${UNIT}：退回重办` });
    await behind.getByText('乱堆乱放').waitFor();
    await behind.getByRole('link').click();
    await page.getByTestId('case-number').waitFor();
    const history = page.getByTestId('follow-ups');
    await history.getByText(/未解决 · 不满意/).waitFor();
    await history.getByText('退回重办').waitFor();
    await screenshot(page, 'leader-opens-reworked-case');
    await page.close();
  });
});
