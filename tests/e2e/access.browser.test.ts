import { PASSWORD } from '../support/app';
import { describeInBrowser, screenshot } from '../support/browser';
import { CREATE_NEED, communityWithSecretary, must, PUBLISH_NEED, publishedNeed } from '../support/factories';

// The pages show what the access policy allows and no more.

describeInBrowser('what the pages show of other people', (suite) => {
  let seq = 0;
  async function person(roles: string[], communityId: string, phone: string) {
    const username = `b${process.pid}x${++seq}`;
    const r = await suite.app.admin.gql('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
      i: { username, displayName: `志愿者${seq}`, password: PASSWORD, roles, phone, communityId },
    });
    must(r, 'createUser');
    const caller = await suite.app.signIn(username);
    await caller.gql('mutation { registerVolunteer(input: { skills: ["敲门"] }) { id } }');
    return { username, caller };
  }

  it('a volunteer on ribbon patrol sees where the ribbon hangs and a masked phone of the one who took it; the secretary sees the name and can call', async () => {
    const { community, secretary } = await communityWithSecretary(suite.app, '六米桥社区');
    const taker = await person(['VOLUNTEER'], community.id, '13907150101');
    const patrol = await person(['VOLUNTEER'], community.id, '13907150102');
    const added = await secretary.gql('mutation($i: HouseholdInput!) { addHousehold(input: $i) { id } }', {
      i: { communityId: community.id, residents: '黎逢保夫妇', address: '翠泉花苑 3 栋 2 单元 101', emergencyContact: '黎小明 13800001111', consent: true },
    });
    const householdId = must(added, 'addHousehold').addHousehold.id;
    const raised = await taker.caller.gql('mutation($h: ID!) { raiseYellowRibbon(householdId: $h, note: "门口挂了黄丝带") { id } }', { h: householdId });
    must(await taker.caller.gql('mutation($id: ID!) { assignYellowRibbon(id: $id) { id } }', { id: must(raised, 'raise').raiseYellowRibbon.id }), 'assign');

    const phone = await suite.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await suite.signIn(phone, patrol.username);
    await phone.goto(`${suite.app.url}/care`);
    await phone.getByRole('tab', { name: '黄丝带' }).click();
    await phone.getByText('翠泉花苑 3 栋 2 单元 101').waitFor();
    await phone.getByText('黎***').waitFor();
    await phone.getByTestId('phone-masked').getByText('139****0101').waitFor();
    const patrolText = await phone.locator('body').textContent();
    expect(patrolText).not.toContain('黎逢保');
    expect(patrolText).not.toContain('13907150101');
    expect(patrolText).not.toContain('13800001111');
    await screenshot(phone, 'ribbon-patrol-sees-masked');

    const desk = await suite.browser.newPage({ viewport: { width: 1280, height: 860 } });
    const secretaryName = (await secretary.gql('{ me { username } }')).data?.me.username;
    await suite.signIn(desk, secretaryName);
    await desk.goto(`${suite.app.url}/care`);
    await desk.getByRole('tab', { name: '黄丝带' }).click();
    await desk.getByText('黎逢保夫妇').waitFor();
    expect(await desk.getByTestId('phone').getAttribute('href')).toBe('tel:13907150101');
    await phone.close();
    await desk.close();
  });

  it('a grid worker watching the meeting board never sees a draft’s title until it is published, and is sent to sign in when deactivated', async () => {
    const { community, secretary } = await communityWithSecretary(suite.app, '和尚岭社区');
    await publishedNeed(secretary, community.id, '疏通下水道');
    const username = `g${process.pid}x${++seq}`;
    const created = await suite.app.admin.gql('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
      i: { username, displayName: '网格员', password: PASSWORD, roles: ['GRID_WORKER'], communityId: community.id },
    });
    const gridWorkerId = must(created, 'createUser').createUser.id;
    const board = await suite.browser.newPage({ viewport: { width: 1600, height: 900 } });
    await suite.signIn(board, username);
    await board.goto(`${suite.app.url}/board/${community.id}`);
    await board.getByText('疏通下水道').first().waitFor();
    await board.waitForTimeout(500);

    const draft = await secretary.gql(CREATE_NEED, { i: { communityId: community.id, title: '草稿：加装路灯', category: 'INFRASTRUCTURE' } });
    const draftId = must(draft, 'createNeed').createNeed.id;
    await publishedNeed(secretary, community.id, '清理楼道杂物');
    await board.getByTestId('board-feed').getByText('清理楼道杂物').waitFor({ timeout: 5000 });
    expect(await board.locator('body').textContent()).not.toContain('草稿：加装路灯');

    must(await secretary.gql(PUBLISH_NEED, { id: draftId }), 'publish');
    await board.getByTestId('board-feed').getByText('草稿：加装路灯').waitFor({ timeout: 5000 });
    await screenshot(board, 'board-shows-need-once-published');

    // The administrator deactivates the account: the board's socket closes (4401) and the page goes to sign-in.
    must(await suite.app.admin.gql('mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }', { id: gridWorkerId }), 'deactivate');
    await board.waitForURL(/\/login/, { timeout: 5000 });
    await board.close();
  });
});
