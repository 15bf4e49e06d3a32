import type { Page } from 'playwright-core';
import { chinaToday } from '../../api/src/modules/care/recurrence';
import { PASSWORD } from '../support/app';
import { describeInBrowser, screenshot } from '../support/browser';
import { communityWithSecretary, makeCommunity, makeUser } from '../support/factories';
import { jpegWithGps } from '../support/images';

// A grid worker and a volunteer on a street without signal: what they do is kept on the phone
// (IndexedDB), shown as waiting to send, and sent once when the connection returns.

// The service worker is blocked so page.route sees the app's own requests; the outbox does not rely on it.
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' as const };

/** What the phone's outbox holds in IndexedDB: each item's kind, status and the byte sizes of its photos. */
function storedOutbox(page: Page): Promise<{ kind: string; status: string; photoBytes: number[] }[]> {
  // A string, run in the page: the tests' TypeScript has no DOM types.
  return page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('gj-outbox', 1);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('items', 'readonly').objectStore('items').getAll();
      all.onsuccess = () => resolve(all.result.map((i) => ({ kind: i.kind, status: i.status, photoBytes: (i.photos || []).map((p) => (p.bytes ? p.bytes.byteLength : 0)) })));
    };
  })`);
}

describeInBrowser('working without a connection', (suite) => {
  it('黄霞 reports a blocked drain with a photo where there is no signal; back online, exactly one case exists, with its photo', async () => {
    const community = await makeCommunity(suite.app, '六米桥社区');
    const worker = await makeUser(suite.app, ['GRID_WORKER' as never], { communityId: community.id });
    const context = await suite.browser.newContext(PHONE);
    const phone = await context.newPage();
    await suite.signIn(phone, worker.username);
    await phone.goto(`${suite.app.url}/cases/report`);
    await phone.getByTestId('case-title').waitFor();

    await context.setOffline(true);
    await phone.getByTestId('case-title').fill('北渠边下水道堵塞');
    await phone.getByTestId('case-photo').setInputFiles({ name: 'drain.jpg', mimeType: 'image/jpeg', buffer: jpegWithGps(29.7164, 113.8979) });
    // The photo shows before anything is sent.
    await phone.getByTestId('photo-thumb').waitFor();
    expect(await phone.getByTestId('photo-thumb').evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
    await phone.getByTestId('submit-case').click();
    await phone.getByText('已存入待发送', { exact: true }).waitFor();
    await phone.getByTestId('outbox').getByText('待发送 (1)').waitFor();
    await phone.getByTestId('outbox').getByText('上报：北渠边下水道堵塞').waitFor();
    const kept = await storedOutbox(phone);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ kind: 'report', status: 'waiting' });
    expect(kept[0].photoBytes[0]).toBeGreaterThan(100);
    await screenshot(phone, 'offline-report-waiting');
    expect(await countCases('北渠边下水道堵塞')).toBe(0);

    // The first answer is lost on the way back (the server made the case): the retry with the same key must not make a second.
    let lost = 0;
    await phone.route('**/graphql', async (route) => {
      if (lost === 0 && route.request().postData()?.includes('OutboxReportCase')) {
        lost += 1;
        await route.fetch();
        return route.abort('connectionreset');
      }
      return route.continue();
    });
    await context.setOffline(false);
    await phone.getByTestId('outbox').waitFor({ state: 'detached', timeout: 30_000 });
    await phone.getByText(/已上报，编号/).waitFor();
    expect(lost).toBe(1);
    expect(await storedOutbox(phone)).toEqual([]);

    expect(await countCases('北渠边下水道堵塞')).toBe(1);
    const [photos] = await suite.app.orm.em
      .fork()
      .getConnection()
      .execute(
        `select count(*)::int as attached, (select count(*)::int from case_photo p2 where p2.uploader_id = ?) as uploaded
         from case_photo p join case_file c on c.id = p.case_id where c.title = ?`,
        [worker.id, '北渠边下水道堵塞'],
      );
    expect(photos).toEqual({ attached: 1, uploaded: 1 });
    await context.close();
  });

  it('戴彩虹 signs up offline for a task that fills up before she is back: the queued sign-up says plainly it could not be done', async () => {
    const { community, secretary } = await communityWithSecretary(suite.app, '赤马港社区');
    const start = new Date(Date.now() + 2 * 86_400_000);
    const task = (
      await secretary.gql('mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }', {
        i: { communityId: community.id, title: '益家亲敲门服务', startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 7_200_000).toISOString(), capacity: 1 },
      })
    ).data?.createTask;
    const dai = await makeUser(suite.app, ['GRID_WORKER' as never], { communityId: community.id });
    const quicker = await makeUser(suite.app, ['GRID_WORKER' as never], { communityId: community.id });
    await (await suite.app.signIn(dai.username)).gql('mutation { registerVolunteer(input: { skills: ["敲门"] }) { id } }');
    const other = await suite.app.signIn(quicker.username);
    await other.gql('mutation { registerVolunteer(input: { skills: ["敲门"] }) { id } }');

    const context = await suite.browser.newContext(PHONE);
    const phone = await context.newPage();
    await suite.signIn(phone, dai.username);
    await phone.goto(`${suite.app.url}/volunteer`);
    await phone.getByTestId('sign-up-益家亲敲门服务').waitFor();
    await context.setOffline(true);
    await phone.getByTestId('sign-up-益家亲敲门服务').click();
    await phone.getByTestId('outbox').getByText('报名：益家亲敲门服务').waitFor();
    await phone.getByTestId('outbox-waiting').first().waitFor();

    // Someone with a signal takes the last place meanwhile.
    expect((await other.gql('mutation($t: ID!) { signUpForTask(taskId: $t) { status } }', { t: task.id })).data?.signUpForTask.status).toBe('CONFIRMED');
    await context.setOffline(false);
    await phone.getByTestId('conflict-益家亲敲门服务').getByText('该任务名额已满，可以排队候补。').waitFor({ timeout: 30_000 });
    await phone.getByTestId('outbox').getByText('未能办理').first().waitFor();
    // The page shows the task as it is now: full.
    await phone.getByText('名额 1 / 1').waitFor();
    await screenshot(phone, 'offline-signup-conflict');
    const [row] = await suite.app.orm.em.fork().getConnection().execute(`select count(*)::int as n from task_signup where task_id = ? and status <> 'WITHDRAWN'`, [task.id]);
    expect(row.n).toBe(1);
    // She reads it and lets it go; the waiting line is offered instead.
    await phone.getByTestId('outbox').getByRole('button', { name: '知道了' }).click();
    await phone.getByTestId('outbox').waitFor({ state: 'detached' });
    await phone.getByTestId('waitlist-益家亲敲门服务').waitFor();
    await context.close();
  });

  it('one phone, two volunteers: a sign-up 戴彩虹 left waiting is neither shown to nor sent under the next person who signs in; it goes out when she is back', async () => {
    const { community, secretary } = await communityWithSecretary(suite.app, '红旗桥社区');
    const start = new Date(Date.now() + 3 * 86_400_000);
    const task = (
      await secretary.gql('mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }', {
        i: { communityId: community.id, title: '红旗桥路灯巡查', startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 7_200_000).toISOString(), capacity: 3 },
      })
    ).data?.createTask;
    const dai = await makeUser(suite.app, ['GRID_WORKER' as never], { communityId: community.id });
    const li = await makeUser(suite.app, ['GRID_WORKER' as never], { communityId: community.id });
    for (const who of [dai, li]) await (await suite.app.signIn(who.username)).gql('mutation { registerVolunteer(input: { skills: ["巡查"] }) { id } }');
    const signups = async () =>
      (
        await suite.app.orm.em
          .fork()
          .getConnection()
          .execute(`select u.username from task_signup s join volunteer v on v.id = s.volunteer_id join app_user u on u.id = v.user_id where s.task_id = ?`, [task.id])
      ).map((r) => String(r.username));

    const context = await suite.browser.newContext(PHONE);
    const phone = await context.newPage();
    await suite.signIn(phone, dai.username);
    await phone.goto(`${suite.app.url}/volunteer`);
    await phone.getByTestId('sign-up-红旗桥路灯巡查').waitFor();
    await context.setOffline(true);
    await phone.getByTestId('sign-up-红旗桥路灯巡查').click();
    await phone.getByTestId('outbox').getByText('报名：红旗桥路灯巡查').waitFor();
    await phone.getByTestId('logout').click();
    await phone.locator('#username').waitFor();
    await context.setOffline(false);

    // The sign-in page returns to where the last person signed out: the volunteer page.
    const signInHere = async (username: string) => {
      await phone.locator('#username').fill(username);
      await phone.locator('#password').fill(PASSWORD);
      await phone.getByRole('button', { name: /登\s*录/ }).click();
      await phone.getByTestId('logout').waitFor();
    };
    await signInHere(li.username);
    await phone.getByTestId('sign-up-红旗桥路灯巡查').waitFor();
    expect(await phone.getByTestId('outbox').count()).toBe(0);
    await phone.waitForTimeout(1500); // a flush would have gone out by now
    expect(await signups()).toEqual([]);
    await phone.getByTestId('logout').click();
    await phone.locator('#username').waitFor();

    await signInHere(dai.username);
    for (const until = Date.now() + 30_000; (await signups()).length === 0 && Date.now() < until; ) await phone.waitForTimeout(250);
    expect(await signups()).toEqual([dai.username]);
    await context.close();
  });

  it('戴彩虹 records her visit to 游奶奶 and checks in to a task with no signal; both go out once when she is back', async () => {
    const { community, secretary } = await communityWithSecretary(suite.app, '和尚岭社区');
    const dai = await makeUser(suite.app, ['GRID_WORKER' as never], { communityId: community.id });
    const daiApi = await suite.app.signIn(dai.username);
    const volunteerId = (await daiApi.gql('mutation { registerVolunteer(input: { skills: ["敲门"] }) { id } }')).data?.registerVolunteer.id;
    const teamId = (
      await secretary.gql('mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', {
        i: { communityId: community.id, name: '益家亲敲门组', kind: 'DOOR_KNOCKING', captainId: volunteerId },
      })
    ).data?.createTeam.id;
    const householdId = (
      await secretary.gql('mutation($i: HouseholdInput!) { addHousehold(input: $i) { id } }', {
        i: { communityId: community.id, residents: '游奶奶', address: '翠泉花苑 3 栋', consent: true, teamId },
      })
    ).data?.addHousehold.id;
    const today = chinaToday();
    await secretary.gql('mutation($i: VisitScheduleInput!) { scheduleVisits(input: $i) { id } }', {
      i: { householdId, teamId, frequency: 'DAILY', startsOn: today, services: ['买菜'] },
    });
    const start = new Date(Date.now() + 30 * 60_000);
    const task = (
      await secretary.gql('mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }', {
        i: { communityId: community.id, title: '清洁家园', startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 7_200_000).toISOString(), capacity: 5 },
      })
    ).data?.createTask;
    await daiApi.gql('mutation($t: ID!) { signUpForTask(taskId: $t) { id } }', { t: task.id });

    const context = await suite.browser.newContext({ ...PHONE, timezoneId: 'Asia/Shanghai' });
    const phone = await context.newPage();
    await suite.signIn(phone, dai.username);
    await phone.goto(`${suite.app.url}/care`);
    await phone.getByTestId(`record-游奶奶-${today}`).waitFor();
    await context.setOffline(true);
    await phone.getByTestId(`record-游奶奶-${today}`).click();
    await phone
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await phone.getByText('网络不通，走访记录已存入待发送，恢复连接后自动发送').waitFor();
    await phone.getByTestId('outbox').getByText(`走访记录：游奶奶 · ${today}`).waitFor();
    await phone.getByRole('listitem').filter({ hasText: '翠泉花苑 3 栋' }).getByTestId('outbox-waiting').waitFor();

    // She closes the page still without signal; the next time the app starts with a connection, the visit goes out.
    await phone.close();
    await context.setOffline(false);
    const again = await context.newPage();
    await again.goto(`${suite.app.url}/volunteer`);
    await until(async () => (await count('care_visit where household_id = ?', [householdId])) === 1);
    await again.getByRole('tab', { name: '我的报名' }).click();
    await again.getByTestId('check-in-清洁家园').waitFor();
    await context.setOffline(true);
    await again.getByTestId('check-in-清洁家园').click();
    await again.getByTestId('outbox').getByText('签到：清洁家园').waitFor();
    await screenshot(again, 'offline-check-in-waiting');
    expect(await count('care_visit where household_id = ?', [householdId])).toBe(1);
    expect(await count('task_signup where task_id = ? and checked_in_at is not null', [task.id])).toBe(0);
    await context.setOffline(false);
    await again.getByTestId('outbox').waitFor({ state: 'detached', timeout: 30_000 });
    // Said when it finally goes out, as it would have been at the tap.
    await again.getByText('已签到').waitFor();
    expect(await count('task_signup where task_id = ? and checked_in_at is not null', [task.id])).toBe(1);
    expect(await count('care_visit where household_id = ?', [householdId])).toBe(1);
    await context.close();
  });

  async function until(check: () => Promise<boolean>, ms = 30_000): Promise<void> {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 250))) if (await check()) return;
    throw new Error('timed out');
  }

  async function count(from: string, params: unknown[]): Promise<number> {
    const [row] = await suite.app.orm.em.fork().getConnection().execute(`select count(*)::int as n from ${from}`, params);
    return row.n;
  }

  async function countCases(title: string): Promise<number> {
    const [row] = await suite.app.orm.em.fork().getConnection().execute('select count(*)::int as n from case_file where title = ?', [title]);
    return row.n;
  }
});
