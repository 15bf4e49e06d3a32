import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, loadDemoData } from '../../seeds/demo';
import { ADMIN } from '../support/app';
import { describeInBrowser, screenshot, signInAs } from '../support/browser';
import { makeUser } from '../support/factories';

// The callbacks given to page.evaluate run in the browser; Node's type check knows no DOM, so its globals are loose here.
declare const document: any;
declare const window: any;
declare const localStorage: any;
declare const getComputedStyle: any;

// Elderly volunteers, screen-reader users and the phone's large-text setting: every page of the
// route table, for the role that uses it, has no critical or serious WCAG 2.1 A/AA violation (axe).

jest.setTimeout(600_000);

const AXE = join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1366, height: 900 } };
type Viewport = typeof PHONE | typeof DESKTOP;
type Who = 'anonymous' | 'admin' | 'leader' | 'command' | 'secretary' | 'unitrep' | 'volunteer' | 'gridworker' | '13907150001';

interface Ids {
  community: string;
  case: string;
  need: string;
  meeting: string;
  agreement: string;
}

/** Runs `work` over the items, `width` at a time: pages wait on the network far more than on the CPU. */
async function inTurns<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

async function signInResident(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录|Sign in/ }).click();
  await page.waitForURL(/\/my-reports/);
}

/** Every page and who opens it; `ready` is text the page shows once its data is there. */
function pages(ids: Ids): { path: string; route: string; who: Who; ready?: RegExp; phone?: boolean }[] {
  return [
    { path: '/login', route: '/login', who: 'anonymous', phone: true },
    { path: '/', route: '/', who: 'volunteer', ready: /戴彩虹|Hello/, phone: true },
    { path: '/volunteer', route: '/volunteer', who: 'volunteer', phone: true },
    { path: '/care', route: '/care', who: 'volunteer', ready: /黎逢保/, phone: true },
    { path: '/orders', route: '/orders', who: 'volunteer', ready: /长椅断裂/, phone: true },
    { path: '/orders/report', route: '/orders/report', who: 'secretary' },
    { path: '/cases/report', route: '/cases/report', who: 'gridworker', phone: true },
    { path: '/cases', route: '/cases', who: 'command' },
    { path: '/cases', route: '/cases', who: 'unitrep', phone: true },
    { path: '/cases/stats', route: '/cases/stats', who: 'leader' },
    { path: '/cases/map', route: '/cases/map', who: 'command' },
    { path: '/cases/follow-ups', route: '/cases/follow-ups', who: 'command' },
    { path: '/cases/routing', route: '/cases/routing', who: 'command' },
    { path: '/joint/claim', route: '/joint/claim', who: 'unitrep', phone: true },
    { path: '/joint/needs', route: '/joint/needs', who: 'secretary' },
    { path: '/joint/resources', route: '/joint/resources', who: 'unitrep' },
    { path: '/joint/agreements', route: '/joint/agreements', who: 'secretary' },
    { path: '/joint/meetings', route: '/joint/meetings', who: 'secretary' },
    { path: '/joint/dashboard', route: '/joint/dashboard', who: 'leader' },
    { path: '/joint/map', route: '/joint/map', who: 'leader' },
    { path: '/admin/communities', route: '/admin/communities', who: 'admin' },
    { path: '/admin/units', route: '/admin/units', who: 'admin' },
    { path: '/admin/users', route: '/admin/users', who: 'admin' },
    { path: '/admin/audit', route: '/admin/audit', who: 'admin' },
    { path: '/streets', route: '/streets', who: 'command' },
    { path: '/streets/mine', route: '/streets/mine', who: 'unitrep', ready: /北渠路井盖松动/, phone: true },
    { path: '/register', route: '/register', who: 'anonymous', phone: true },
    { path: '/my-reports', route: '/my-reports', who: '13907150001', phone: true },
    { path: '/my-reports/new', route: '/my-reports/new', who: '13907150001', phone: true },
    { path: '/notifications', route: '/notifications', who: 'unitrep', ready: /已派至本单位/, phone: true },
    { path: `/admin/communities/${ids.community}`, route: '/admin/communities/:id', who: 'secretary' },
    { path: `/cases/${ids.case}`, route: '/cases/:id', who: 'command', phone: true },
    { path: `/joint/needs/${ids.need}`, route: '/joint/needs/:id', who: 'secretary' },
    { path: `/joint/meetings/${ids.meeting}`, route: '/joint/meetings/:id', who: 'secretary' },
    { path: `/board/${ids.community}`, route: '/board/:communityId', who: 'secretary' },
    { path: `/print/agreements/${ids.agreement}`, route: '/print/agreements/:id', who: 'secretary' },
    { path: '/public', route: '/public', who: 'anonymous', ready: /赤马港社区|Chimagang/, phone: true },
    { path: `/public/${ids.community}`, route: '/public/:id', who: 'anonymous', ready: /已认领|Claimed/, phone: true },
  ];
}

/** The six daily pages of issue #16 and the public page, also checked in English. */
const DAILY = ['/login', '/cases/report', '/volunteer', '/joint/claim', '/joint/needs', '/joint/dashboard', '/public/:id'];

/** Every path of the client's route table (ROUTES and SUB_ROUTES), read from its source. */
function routeTable(): string[] {
  const source = readFileSync(join(__dirname, '..', '..', 'web', 'src', 'app', 'routes.tsx'), 'utf8');
  return [...source.matchAll(/path: '([^']+)'/g)].map((m) => m[1]);
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

/** The network is quiet, no spinner or skeleton is left, and the page's own data is shown. */
async function settle(page: Page, ready?: RegExp): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.gj-spinner, .ant-spin-spinning, .ant-skeleton-active'), null, { timeout: 15_000 });
  if (ready) await page.getByText(ready).first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(300);
  // The shell's DOM pass (once a frame after a change) has made every card and list-item title a heading:
  // on a busy machine the last frame can come after the wait above.
  await page.waitForFunction(
    () => ![...document.querySelectorAll('#main .ant-card-head-title, #main .ant-list-item-meta-title')].some((e) => e.textContent?.trim() && e.getAttribute('role') !== 'heading'),
    null,
    { timeout: 5_000, polling: 100 },
  );
}

async function axe(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n: any) => ({ target: n.target, html: String(n.html).slice(0, 160), failureSummary: n.failureSummary })),
    }));
  });
}

function describeViolation(where: string, v: Violation): string {
  return `${where} [${v.impact}] ${v.id}: ${v.help}\n${v.nodes
    .slice(0, 6)
    .map((n) => `    ${n.target.join(' ')} ${n.html}\n      ${(n.failureSummary ?? '').split('\n').slice(1, 2).join(' ')}`)
    .join('\n')}`;
}

describeInBrowser('every page can be used with a screen reader, a keyboard and large text', (suite) => {
  let ids: Ids;
  const contexts = new Map<string, BrowserContext>();

  beforeAll(async () => {
    await loadDemoData(suite.app.orm.em.fork());
    const admin = suite.app.admin;
    const secretary = await suite.app.signIn('secretary', DEMO_PASSWORD);
    const command = await suite.app.signIn('command', DEMO_PASSWORD);
    const community = (await admin.gql('{ communities { id name } }')).data?.communities.find((c: { name: string }) => c.name === '赤马港社区');
    const cases = (await command.gql('{ cases(first: 1) { edges { node { id } } } }')).data?.cases.edges;
    const needs = (await secretary.gql('{ needs(first: 1) { edges { node { id } } } }')).data?.needs.edges;
    const meetings = (await secretary.gql('{ jointMeetings { id } }')).data?.jointMeetings;
    const agreements = (await secretary.gql('{ agreements { id } }')).data?.agreements;
    ids = { community: community.id, case: cases[0].node.id, need: needs[0].node.id, meeting: meetings[0].id, agreement: agreements[0].id };
  });

  afterAll(async () => {
    for (const context of contexts.values()) await context.close();
  });

  /** One signed-in browser context per role, size, language and text size. */
  async function pageFor(browser: Browser, who: Who, viewport: Viewport, settings: Record<string, string> = {}): Promise<Page> {
    const key = `${who}/${viewport.viewport.width}/${JSON.stringify(settings)}`;
    let context = contexts.get(key);
    if (!context) {
      // axe is injected into pages whose CSP refuses inline and foreign scripts.
      context = await browser.newContext({ ...viewport, bypassCSP: true, timezoneId: 'Asia/Shanghai' });
      await context.addInitScript((values) => {
        for (const [name, value] of Object.entries(values)) localStorage.setItem(name, value);
      }, settings);
      contexts.set(key, context);
      if (who !== 'anonymous') {
        const page = await context.newPage();
        // A resident's account opens on 我的上报, not the greeting of the home page.
        if (who === '13907150001') await signInResident(page, suite.app.url, who);
        else await signInAs(page, suite.app.url, who, who === 'admin' ? ADMIN.password : DEMO_PASSWORD);
        await page.close();
      }
    }
    return context.newPage();
  }

  async function check(viewport: Viewport, only: string[] | null, settings: Record<string, string>, label: string): Promise<void> {
    const serious: string[] = [];
    const moderate: string[] = [];
    const targets = pages(ids).filter((p) => !only || only.includes(p.route));
    // Each account signs in once, one after another; then the pages are checked three at a time.
    for (const who of new Set(targets.map((t) => t.who))) await (await pageFor(suite.browser, who, viewport, settings)).close();
    await inTurns(targets, 3, async (target) => {
      const where = `${label} ${target.path} as ${target.who}`;
      const page = await pageFor(suite.browser, target.who, viewport, settings);
      try {
        await page.goto(`${suite.app.url}${target.path}`);
        await settle(page, target.ready);
        if ((await page.locator('.ant-result-403, .ant-result-404').count()) > 0) serious.push(`${where}: shows 403/404, not the page`);
        const lang = await page.evaluate(() => document.documentElement.lang);
        if (lang !== (settings['gj.lang'] === 'en' ? 'en' : 'zh-CN')) serious.push(`${where}: <html lang="${lang}">`);
        // Headings form an outline: the shell's <h1> first, then no level skipped on the way down.
        // The outline is read in the same tick as the check that every titled card is a heading: a list that
        // re-renders (a subscription, a poll) has new cards for one frame before the shell's DOM pass marks them.
        const outline = async (): Promise<{ levels: number[]; unmarked: number }> =>
          page.evaluate(`({
            levels: Array.from(document.querySelectorAll('#main :is(h1, h2, h3, h4, h5, h6, [role="heading"])')).map((e) => Number(e.getAttribute('aria-level') ?? e.tagName.slice(1))),
            unmarked: [...document.querySelectorAll('#main .ant-card-head-title, #main .ant-list-item-meta-title')].filter((e) => e.textContent?.trim() && e.getAttribute('role') !== 'heading').length,
          })`);
        let read = await outline();
        for (let tries = 0; read.unmarked > 0 && tries < 20; tries++) {
          await page.waitForTimeout(100);
          read = await outline();
        }
        const { levels } = read;
        if (read.unmarked > 0) serious.push(`${where}: ${read.unmarked} card or list titles are not headings`);
        if (levels.length > 0) {
          if (levels[0] !== 1) serious.push(`${where}: first heading is level ${levels[0]}`);
          levels.forEach((l, i) => {
            if (i > 0 && l > levels[i - 1] + 1) serious.push(`${where}: heading level ${levels[i - 1]} followed by ${l}`);
          });
        }
        for (const v of await axe(page)) (v.impact === 'critical' || v.impact === 'serious' ? serious : moderate).push(describeViolation(where, v));
      } catch (error) {
        serious.push(`${where}: could not be checked: ${String(error).split('\n')[0]}`);
      } finally {
        await page.close();
      }
    });
    if (moderate.length > 0) console.log(`moderate or minor WCAG findings, ${label}:\n${moderate.join('\n')}`);
    expect(serious).toEqual([]);
  }

  it('checks every path of the route table, plus sign-in, the meeting board and the print page', () => {
    const covered = new Set(pages({ community: '', case: '', need: '', meeting: '', agreement: '' }).map((p) => p.route));
    for (const path of [...routeTable(), '/login', '/board/:communityId', '/print/agreements/:id']) expect([path, covered.has(path)]).toEqual([path, true]);
  });

  it('no page has a critical or serious violation on a phone (390×844), in Chinese', () => check(PHONE, null, {}, 'phone zh-CN'));
  it('no page has a critical or serious violation on a desktop (1366×900), in Chinese', () => check(DESKTOP, null, {}, 'desktop zh-CN'));
  it('the daily pages have none in English either, on a phone and a desktop, and the page says it is English', async () => {
    await check(PHONE, DAILY, { 'gj.lang': 'en' }, 'phone en');
    await check(DESKTOP, DAILY, { 'gj.lang': 'en' }, 'desktop en');
  });

  it('a chart gives a screen reader its numbers as a table', async () => {
    const page = await pageFor(suite.browser, 'leader', DESKTOP);
    await page.goto(`${suite.app.url}/joint/dashboard`);
    await settle(page);
    expect(await page.getByTestId('chart-community').getAttribute('aria-hidden')).toBe('true');
    const table = page.locator('figure', { has: page.getByTestId('chart-community') }).locator('table');
    expect(await table.locator('caption').textContent()).toBe('图表数据');
    expect(await table.locator('tbody th').allTextContents()).toContain('赤马港社区');
    await page.close();
  });

  it('with large text on a 390 px phone no page scrolls sideways and every button on phone pages is at least 44 px tall', async () => {
    const problems: string[] = [];
    const targets = pages(ids);
    for (const who of new Set(targets.map((t) => t.who))) await (await pageFor(suite.browser, who, PHONE, { 'gj.textSize': 'large' })).close();
    await inTurns(targets, 3, async (target) => {
      const mine: string[] = [];
      const page = await pageFor(suite.browser, target.who, PHONE, { 'gj.textSize': 'large' });
      await page.goto(`${suite.app.url}${target.path}`);
      await settle(page, target.ready);
      const root = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize));
      if (target.route !== '/board/:communityId' && target.route !== '/print/agreements/:id' && target.route !== '/login' && root < 17) {
        mine.push(`${target.path}: body text is ${root}px with large text`);
      }
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const past = [...document.querySelectorAll('body *')].filter((e: any) => e.getBoundingClientRect().right > width + 1 && e.offsetParent !== null);
        const outermost = past.filter((e) => !past.some((o) => o !== e && o.contains(e))).slice(0, 3);
        return { by: document.documentElement.scrollWidth - width, what: outermost.map((e) => `${e.tagName.toLowerCase()}.${String(e.className).split(' ')[0]}`).join(', ') };
      });
      if (overflow.by > 1) mine.push(`${target.path} as ${target.who}: scrolls ${overflow.by}px sideways (${overflow.what})`);
      if (target.phone) {
        const small = await page.evaluate(() =>
          // Switches are toggles, not buttons; their row's label is the larger target.
          [...document.querySelectorAll('button:not([role="switch"]), a.ant-btn, [role="button"]')]
            .filter((b) => b.checkVisibility({ visibilityProperty: true }) && b.getBoundingClientRect().height > 0)
            .filter((b) => b.getBoundingClientRect().height < 44)
            .map(
              (b) =>
                `"${(b.getAttribute('aria-label') ?? b.textContent ?? '').trim().slice(0, 20)}" .${String(b.className).split(' ').slice(0, 2).join('.')} ${Math.round(b.getBoundingClientRect().height)}px`,
            ),
        );
        for (const s of small) mine.push(`${target.path} as ${target.who}: button ${s}`);
      }
      if (mine.length > 0) await screenshot(page, `large-text-${target.route.replace(/[/:]/g, '_')}`);
      problems.push(...mine);
      await page.close();
    });
    expect(problems).toEqual([]);
  });
});

describeInBrowser('a chart with nothing to show', (suite) => {
  it('says 暂无数据 instead of drawing bare axes, when no case has been reported yet', async () => {
    const leader = await makeUser(suite.app, ['CITY_LEADER' as never]);
    const page = await suite.browser.newPage(DESKTOP);
    await suite.signIn(page, leader.username);
    await page.goto(`${suite.app.url}/cases/stats`);
    await settle(page);
    await page.getByTestId('chart-categories').locator('.ant-empty-description').getByText('暂无数据').waitFor();
    expect(await page.locator('[data-testid="chart-categories"][_echarts_instance_]').count()).toBe(0);
    await page.close();
  });
});
