import { describeInBrowser, screenshot } from '../support/browser';
import { communityWithSecretary, makeUnit, makeUser, publishedNeed } from '../support/factories';

describeInBrowser('the joint meeting in a real browser', (suite) => {
  const { signIn } = suite;

  it('a unit representative claims a need on a phone; the meeting-room board shows it within a second, without a reload', async () => {
    const { community, secretary } = await communityWithSecretary(suite.app, '红旗桥社区');
    await publishedNeed(secretary, community.id, '道路硬化', 2);
    await publishedNeed(secretary, community.id, '路灯安装', 1);
    const unit = await makeUnit(suite.app, '住房和城乡建设局');
    const rep = await makeUser(suite.app, ['UNIT_REP' as never], { unitId: unit.id });
    const secretaryUser = await makeUser(suite.app, ['COMMUNITY_SECRETARY' as never], { communityId: community.id });

    const board = await suite.browser.newPage({ viewport: { width: 1600, height: 900 } });
    await signIn(board, secretaryUser.username);
    await board.goto(`${suite.app.url}/board/${community.id}`);
    await board.getByTestId('board-need').first().waitFor();
    await screenshot(board, 'meeting-board-before');
    await board
      .getByTestId('board-count')
      .getByText(/已认领 0 \/ 2/)
      .waitFor();

    const phone = await suite.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(phone, rep.username);
    await phone.goto(`${suite.app.url}/joint/claim`);
    await phone.getByTestId('claim-道路硬化').click();
    await phone
      .getByRole('button', { name: /认\s*领/ })
      .last()
      .click();
    const clicked = Date.now();
    await phone.getByText('认领成功').waitFor();
    await screenshot(phone, 'unit-rep-claims-on-phone');

    await board.getByTestId('board-feed').getByText('住房和城乡建设局').waitFor({ timeout: 5000 });
    await board
      .getByTestId('board-count')
      .getByText(/已认领 1 \/ 2/)
      .waitFor({ timeout: 5000 });
    const seenAfter = Date.now() - clicked;
    expect(seenAfter).toBeLessThan(2000);
    await screenshot(board, 'meeting-board-live');

    // 道路硬化 wants two units and stays open: for this unit it now reads as ours, with 释放, not a second 认领.
    await phone.getByTestId('ours-道路硬化').waitFor();
    expect(await phone.getByTestId('claim-道路硬化').count()).toBe(0);
    await phone
      .getByTestId('release-道路硬化')
      .getByText(/释\s*放/)
      .waitFor();
    expect(await phone.getByTestId('claim-路灯安装').count()).toBe(1);

    await phone.getByRole('tab', { name: '我的认领' }).click();
    await phone.getByRole('tabpanel', { name: '我的认领' }).getByRole('link', { name: '道路硬化' }).waitFor();
    await board.close();
    await phone.close();
  });

  it("a secretary's need list with data fits a 390-pixel phone: nothing runs off the side", async () => {
    const { community, secretary } = await communityWithSecretary(suite.app, '赤马港社区');
    await publishedNeed(secretary, community.id, '背街小巷道路硬化及两侧排水沟改造工程（一期）', 3);
    await publishedNeed(secretary, community.id, '老旧小区路灯更换', 1);
    const unit = await makeUnit(suite.app, '国网赤壁市供电公司赤马港供电所');
    const rep = await suite.app.signIn((await makeUser(suite.app, ['UNIT_REP' as never], { unitId: unit.id })).username);
    const needs = await secretary.gql('query($c: ID) { needs(filter: { communityId: $c }) { edges { node { id title } } } }', { c: community.id });
    for (const edge of needs.data?.needs.edges ?? []) await rep.gql('mutation($id: ID!) { claimNeed(needId: $id) { id } }', { id: edge.node.id });
    const user = await makeUser(suite.app, ['COMMUNITY_SECRETARY' as never], { communityId: community.id });
    const phone = await suite.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(phone, user.username);
    await phone.goto(`${suite.app.url}/joint/needs`);
    await phone.getByRole('link', { name: '老旧小区路灯更换' }).waitFor();
    await phone.getByTestId('new-need').waitFor();
    await screenshot(phone, 'secretary-needs-on-phone');
    expect(await phone.evaluate('document.scrollingElement.scrollWidth')).toBeLessThanOrEqual(390);
    await phone.close();
  });

  it('the board recovers after its connection drops: a claim made meanwhile shows once it is back', async () => {
    const { community, secretary } = await communityWithSecretary(suite.app);
    await publishedNeed(secretary, community.id, '下水道改造', 1);
    const unit = await makeUnit(suite.app, '水务公司');
    const rep = await suite.app.signIn((await makeUser(suite.app, ['UNIT_REP' as never], { unitId: unit.id })).username);
    const viewerUser = await makeUser(suite.app, ['COMMUNITY_SECRETARY' as never], { communityId: community.id });
    const context = await suite.browser.newContext({ viewport: { width: 1400, height: 800 } });
    const board = await context.newPage();
    await signIn(board, viewerUser.username);
    await board.goto(`${suite.app.url}/board/${community.id}`);
    await board
      .getByTestId('board-count')
      .getByText(/已认领 0 \/ 1/)
      .waitFor();
    await board.waitForTimeout(500);
    // The network goes away and the server drops the socket: the board must notice, then come back.
    await context.setOffline(true);
    for (const socket of (suite.app.server as unknown as { websocketServer: { clients: Set<{ terminate(): void }> } }).websocketServer.clients) socket.terminate();
    await board.getByText('重新连接中…').waitFor({ timeout: 15_000 });
    const need = (await rep.gql('{ needs(filter: { status: [PUBLISHED] }, first: 100) { edges { node { id title } } } }')).data?.needs.edges.find(
      (e: any) => e.node.title === '下水道改造',
    ).node.id;
    expect((await rep.gql('mutation($id: ID!) { claimNeed(needId: $id) { id } }', { id: need })).errors).toBeUndefined();
    await context.setOffline(false);
    await board
      .getByTestId('board-count')
      .getByText(/已认领 1 \/ 1/)
      .waitFor({ timeout: 20_000 });
    await board.getByText('实时').waitFor();
    await context.close();
  });

  it("the secretary drafts and publishes a need; the leaders' dashboard draws its charts", async () => {
    const { community } = await communityWithSecretary(suite.app, '和尚岭社区');
    const secretary = await makeUser(suite.app, ['COMMUNITY_SECRETARY' as never], { communityId: community.id });
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, secretary.username);
    await page.goto(`${suite.app.url}/joint/needs`);
    await page.getByTestId('new-need').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('标题').fill('老旧小区加装电梯');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('link', { name: '老旧小区加装电梯' }).click();
    await page.getByTestId('publish-need').click();
    await page
      .getByRole('button', { name: /发\s*布/ })
      .last()
      .click();
    await page.getByText('可认领').first().waitFor();
    await screenshot(page, 'need-detail-published');

    await page.goto(`${suite.app.url}/joint/dashboard`);
    await page.getByTestId('chart-community').locator('svg').waitFor();
    await page.getByTestId('chart-month').locator('svg').waitFor();
    await screenshot(page, 'joint-dashboard');
    await page.close();
  });

  it("on a 390-px phone the leaders' dashboard fits the screen: charts inside their cards, community names on one line", async () => {
    for (const name of ['陆水湖街道办事处新溪社区', '赤马港街道办事处赤马港社区', '蒲圻街道办事处六米桥社区']) {
      const { community, secretary } = await communityWithSecretary(suite.app, name);
      await publishedNeed(secretary, community.id, `${name}道路硬化`, 2);
    }
    const leader = await makeUser(suite.app, ['CITY_LEADER' as never]);
    const page = await suite.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(page, leader.username);
    await page.goto(`${suite.app.url}/joint/dashboard`);
    await page.getByTestId('chart-community').locator('svg text').first().waitFor();
    await page.getByTestId('chart-month').locator('svg text').first().waitFor();
    await page.getByRole('cell', { name: '陆水湖街道办事处新溪社区' }).waitFor();
    // A string: the tests' TypeScript has no DOM types.
    const layout = await page.evaluate(`(() => {
      const width = document.documentElement.clientWidth;
      const box = (e) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: e.textContent ?? '' };
      };
      const legend = ['共建协议', '资源清单', '已发布需求', '已认领需求', '签订协议', '发布需求', '认领'];
      const meet = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
      const charts = ['chart-community', 'chart-month'].map((id) => {
        const svg = document.querySelector('[data-testid="' + id + '"] svg');
        if (!svg) return 'not drawn';
        const frame = box(svg);
        if (frame.right > width + 0.5 || frame.left < 0) return 'wider than the screen';
        const texts = Array.from(svg.querySelectorAll('text')).filter((t) => t.textContent?.trim()).map(box);
        const outside = texts.filter((t) => t.left < frame.left - 1 || t.right > frame.right + 1 || t.top < frame.top - 1 || t.bottom > frame.bottom + 1);
        // No text touches another: the legend stays off the axis labels and the value axis off the
        // category axis. Two slanted category labels are left out: their boxes overlap where the text does not.
        const slanted = (t) => !legend.includes(t.text) && !/^[d.,]+$/.test(t.text) && id === 'chart-community';
        const overlaps = texts.flatMap((a, i) => texts.slice(i + 1).filter((b) => meet(a, b) && !(slanted(a) && slanted(b))).map((b) => a.text + ' × ' + b.text));
        return [...outside.map((t) => t.text + ' outside'), ...overlaps].join('; ') || 'fits';
      });
      // A wrapped name is taller than one line of its own text.
      const wrapped = Array.from(document.querySelectorAll('td'))
        .filter((td) => td.textContent?.includes('街道办事处'))
        .filter((td) => {
          const range = document.createRange();
          range.selectNodeContents(td);
          return range.getClientRects().length > 1;
        })
        .map((td) => td.textContent);
      return { sideways: document.documentElement.scrollWidth > width, charts, wrapped };
    })()`);
    await screenshot(page, 'dashboard-phone');
    expect(layout).toEqual({ sideways: false, charts: ['fits', 'fits'], wrapped: [] });
    await page.close();
  });
});
