import type { Role } from '../../api/src/shared/auth/role';
import { describeInBrowser, screenshot } from '../support/browser';
import { actAs, makeCommunity, makeUnit, must } from '../support/factories';

// 街长制 in the browser: the secretary draws 北渠路 on the map and names its chief and patrol
// group; the grid worker walks it with a phone that reports its position; the secretary's week
// turns from "not patrolled" to "patrolled once", and the chief reads the trail.

describeInBrowser('street chiefs and patrols', (suite) => {
  it('the secretary draws a section, the grid worker patrols it from a phone, the week shows it walked', async () => {
    const community = await makeCommunity(suite.app, '北渠社区');
    const unit = await makeUnit(suite.app, '城市管理执法局');
    const { user: secretary } = await actAs(suite.app, ['COMMUNITY_SECRETARY' as Role], { communityId: community.id });
    const { user: worker, caller: workerApi } = await actAs(suite.app, ['GRID_WORKER' as Role], { communityId: community.id });
    const { caller: chiefApi } = await actAs(suite.app, ['UNIT_REP' as Role], { unitId: unit.id });
    const nameOf = async (caller: typeof chiefApi) => must<any>(await caller.gql('{ me { displayName } }'), 'me').me.displayName as string;
    const chiefName = await nameOf(chiefApi);
    const workerName = await nameOf(workerApi);

    const desk = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await desk.route('https://tile.openstreetmap.org/**', (route) => route.fulfill({ status: 204 }));
    await suite.signIn(desk, secretary.username);
    await desk.goto(`${suite.app.url}/streets`);
    await desk.getByText('还没有路段').waitFor();
    await desk.getByTestId('add-section').click();
    const dialog = desk.getByRole('dialog');
    await dialog.getByTestId('section-name').fill('北渠路');
    await dialog.getByRole('combobox', { name: '沿线地址' }).fill('北渠路');
    await dialog.getByRole('combobox', { name: '沿线地址' }).press('Enter');
    await dialog.getByRole('combobox', { name: '街长' }).fill(chiefName);
    await desk.locator('.ant-select-item-option', { hasText: chiefName }).click();
    await dialog.getByRole('combobox', { name: '巡查组成员' }).fill(workerName);
    await desk.locator('.ant-select-item-option', { hasText: workerName }).last().click();
    const map = dialog.getByTestId('section-map');
    await map.locator('.leaflet-container').waitFor();
    const box = await map.boundingBox();
    if (!box) throw new Error('no map');
    await desk.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.5);
    await desk.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.5);
    await dialog.getByTestId('section-points').getByText('已点 2 个点').waitFor();
    await dialog
      .getByRole('button', { name: '保 存' })
      .or(dialog.getByRole('button', { name: '保存' }))
      .click();
    await desk.getByText('路段已保存').waitFor();
    const row = desk.getByRole('row', { name: /北渠路/ });
    await row.getByText('本周未巡查').waitFor();
    await row.getByText(chiefName).waitFor();
    await screenshot(desk, 'streets-week');

    // The grid worker's phone, standing on 北渠 with its GPS on.
    const phone = await suite.browser.newPage({ viewport: { width: 390, height: 844 }, geolocation: { latitude: 29.7165, longitude: 113.898 }, permissions: ['geolocation'] });
    await suite.signIn(phone, worker.username);
    await phone.goto(`${suite.app.url}/streets/mine`);
    await phone.getByTestId('my-section').getByText('北渠路').waitFor();
    await phone.getByTestId('start-patrol').click();
    await phone
      .getByTestId('patrol-running')
      .getByText(/已记录 [1-9]\d* 个位置/)
      .waitFor();
    await screenshot(phone, 'streets-patrol');
    await phone.getByTestId('end-patrol').click();
    await phone.getByText(/巡查已结束，共记录 [1-9]\d* 个位置/).waitFor();
    await phone.getByTestId('start-patrol').waitFor();

    await desk.reload();
    await desk
      .getByRole('row', { name: /北渠路/ })
      .getByText('已巡查 1 次')
      .waitFor();

    // Read back by the chief: one ended round whose trail holds the phone's position.
    const sections = must<any>(await chiefApi.gql('{ myRoadSections { name addresses path { lat } rounds { endedAt positions { lat lng } } } }'), 'mine').myRoadSections;
    expect(sections).toHaveLength(1);
    expect(sections[0]).toMatchObject({ name: '北渠路', addresses: ['北渠路'] });
    expect(sections[0].path).toHaveLength(2);
    expect(sections[0].rounds).toHaveLength(1);
    expect(sections[0].rounds[0].endedAt).not.toBeNull();
    expect(sections[0].rounds[0].positions[0]).toEqual({ lat: 29.7165, lng: 113.898 });
    await desk.close();
    await phone.close();
  });
});
