import type { Page } from 'playwright-core';
import { describeInBrowser, screenshot } from '../support/browser';
import { communityWithSecretary, makeUnit, makeUser, must, publishedNeed } from '../support/factories';

// The callbacks given to page.evaluate run in the browser; Node's type check knows no DOM, so its globals are loose here.
declare const document: any;
declare const window: any;
declare const localStorage: any;
declare const getComputedStyle: any;
type Element = any;

// A volunteer who cannot use a mouse or a touch screen (a switch, a keyboard): the two busiest flows
// are done with Tab, Enter, Space and the arrows only, and every stop shows where the focus is.

interface Focused {
  tag: string;
  name: string;
  testId: string | null;
  visible: boolean;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body', name: '', testId: null, visible: false };
    // The ring may be drawn by the control around it (a select's box around its search input).
    const ringed = (node: Element) => {
      const style = getComputedStyle(node);
      return (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    };
    let ring = false;
    for (let node: Element | null = el, depth = 0; node && depth < 4 && !ring; node = node.parentElement, depth++) ring = ringed(node);
    const labelled = el.getAttribute('aria-labelledby');
    const name = (
      el.getAttribute('aria-label') ??
      (labelled ? document.getElementById(labelled)?.textContent : null) ??
      (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
      el.textContent ??
      ''
    ).trim();
    return { tag: el.tagName.toLowerCase(), name, testId: el.getAttribute('data-testid'), visible: ring };
  });
}

/** Presses Tab until the focus is on what `wanted` describes; every stop on the way must show its focus. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string, max = 40): Promise<void> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    path.push(`${f.tag}${f.testId ? `#${f.testId}` : ''} "${f.name.slice(0, 20)}"${f.visible ? '' : ' (NO FOCUS RING)'}`);
    if (f.tag !== 'body') expect([path.at(-1), f.visible]).toEqual([path.at(-1), true]);
    if (wanted(f)) return;
  }
  throw new Error(`Tab never reached ${what}; it went: ${path.join(' → ')}`);
}

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describeInBrowser('the busiest flows with a keyboard only', (suite) => {
  it('a unit representative claims a need at the meeting with the keyboard: filter by community, claim, confirm', async () => {
    const { community, secretary } = await communityWithSecretary(suite.app, '红旗桥社区');
    await publishedNeed(secretary, community.id, '楼道照明维修', 2);
    const other = await communityWithSecretary(suite.app, '和尚岭社区');
    await publishedNeed(other.secretary, other.community.id, '河道清淤', 1);
    const unit = await makeUnit(suite.app, '供电公司');
    const rep = await makeUser(suite.app, ['UNIT_REP' as never], { unitId: unit.id });

    const page = await suite.browser.newPage(PHONE);
    await suite.signIn(page, rep.username);
    await page.goto(`${suite.app.url}/joint/claim`);
    await page.getByTestId('claim-楼道照明维修').waitFor();

    // The skip link comes first and lands in the page, past the header.
    await tabTo(page, (f) => f.name === '跳到主要内容', 'the skip link', 3);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await tabTo(page, (f) => f.name.includes('全部社区') || f.name.includes('社区'), 'the community filter');
    await page.keyboard.type('红旗桥');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByTestId('claim-河道清淤').waitFor({ state: 'detached' });

    await tabTo(page, (f) => f.testId === 'claim-楼道照明维修', 'the claim button');
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('tooltip').or(page.getByRole('dialog')).filter({ hasText: '楼道照明维修' });
    await confirm.waitFor();
    await tabTo(page, (f) => f.tag === 'button' && /认\s*领/.test(f.name) && f.testId === null, 'the confirm button', 6);
    await page.keyboard.press('Enter');
    await page.getByText('认领成功').waitFor();
    await screenshot(page, 'keyboard-unit-claims');

    const claims: any = must(await (await suite.app.signIn(rep.username)).gql('{ needs(filter: { claimedByMyUnit: true }) { edges { node { title } } } }'), 'needs');
    expect(claims.needs.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['楼道照明维修']);
    await page.close();
  });

  it('a dialog keeps the focus inside while open and gives it back to the button that opened it', async () => {
    const { community } = await communityWithSecretary(suite.app);
    const worker = await makeUser(suite.app, ['GRID_WORKER' as never], { communityId: community.id });
    const page = await suite.browser.newPage(PHONE);
    await suite.signIn(page, worker.username);
    await tabTo(page, (f) => f.name === '修改密码', 'the change-password button');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // Past the dialog's last button the browser may take the focus to its own toolbar (the page's
    // body); it must never land on anything behind the dialog, and comes back to the dialog's first field.
    const stops: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      stops.push(await dialog.evaluate((d) => (d.contains(document.activeElement) ? 'dialog' : (document.activeElement?.tagName ?? 'none'))));
    }
    expect(stops.filter((stop) => stop !== 'dialog' && stop !== 'BODY')).toEqual([]);
    expect(stops.filter((stop) => stop === 'dialog').length).toBeGreaterThanOrEqual(10);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === '修改密码', null, { timeout: 3000 });
    expect((await focused(page)).visible).toBe(true);
    await page.close();
  });

  it('a grid worker reports a street problem with the keyboard: title, category with the arrows, address, submit', async () => {
    const { community } = await communityWithSecretary(suite.app, '六米桥社区');
    const worker = await makeUser(suite.app, ['GRID_WORKER' as never], { communityId: community.id });
    const page = await suite.browser.newPage(PHONE);
    await suite.signIn(page, worker.username);
    await page.goto(`${suite.app.url}/cases/report`);
    await page.getByTestId('case-title').waitFor();

    await tabTo(page, (f) => f.name === '跳到主要内容', 'the skip link', 3);
    await page.keyboard.press('Enter');
    await tabTo(page, (f) => f.testId === 'case-title', 'the title field');
    await page.keyboard.type('翠泉花苑门口井盖破损');
    await tabTo(page, (f) => f.name.includes('类别'), 'the category', 2);
    // A native select: the arrows change the choice in place.
    await page.keyboard.press('ArrowDown');
    await tabTo(page, (f) => f.name.includes('地址'), 'the address field');
    await page.keyboard.type('翠泉花苑 3 栋');
    await tabTo(page, (f) => f.testId === 'submit-case', 'the submit button');
    await page.keyboard.press('Enter');
    await page
      .getByText(/已上报|已提交/)
      .first()
      .waitFor();
    await screenshot(page, 'keyboard-grid-worker-reports');

    const reported: any = must(await (await suite.app.signIn(worker.username)).gql('{ cases(first: 5) { edges { node { title category address } } } }'), 'cases');
    expect(reported.cases.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { title: '翠泉花苑门口井盖破损', category: expect.not.stringMatching(/^ENVIRONMENT$/), address: '翠泉花苑 3 栋' },
    ]);
    await page.close();
  });
});
