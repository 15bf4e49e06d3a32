import type { Role } from '../../api/src/shared/auth/role';
import { describeInBrowser, screenshot } from '../support/browser';
import { actAs, caseCast, must, REGISTER_VOLUNTEER, REPORT_CASE } from '../support/factories';

// 党员领单 on a party member's phone: the broken bench the centre routed waits on the list; she
// takes it, and it moves to her own orders with the form to report it handled.

describeInBrowser('党员领单 in the browser', (suite) => {
  it('a party member of 赤马港 opens 党员领单 on her phone, takes the broken bench, and it becomes hers', async () => {
    const cast = await caseCast(suite.app, { community: '赤马港社区' });
    const { user, caller } = await actAs(suite.app, ['VOLUNTEER' as Role], { communityId: cast.community.id });
    must<any>(await caller.gql(REGISTER_VOLUNTEER, { i: { skills: ['维修'], communityId: cast.community.id, partyMember: true } }), 'registerVolunteer');
    const id = must<any>(await cast.gridWorker.gql(REPORT_CASE, { i: { title: '老街长椅断了一条腿', address: '赤马港老街 12 号' } }), 'reportCase').reportCase.id;
    must<any>(await cast.officer.gql('mutation($id: ID!) { acceptCase(id: $id) { status } }', { id }), 'acceptCase');
    must<any>(await cast.officer.gql('mutation($id: ID!) { routeCaseToParty(id: $id, hours: 2) { id } }', { id }), 'routeCaseToParty');

    const page = await suite.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await suite.signIn(page, user.username);
    await page.goto(`${suite.app.url}/orders`);
    const open = page.getByTestId('open-orders');
    await open.getByText('老街长椅断了一条腿').waitFor();
    await open.getByText(/赤马港老街 12 号 · 2 小时/).waitFor();
    await screenshot(page, 'party-member-open-orders');
    await page.getByRole('button', { name: '领单 老街长椅断了一条腿' }).click();
    await page.getByText('领单成功，请尽快处理').waitFor();
    const mine = page.getByTestId('my-orders');
    await mine.getByText('老街长椅断了一条腿').waitFor();
    await mine.getByRole('button', { name: '处置回告' }).waitFor();
    await page.getByText('暂时没有待领的单').waitFor();
    // Nothing on the page scrolls sideways on the phone.
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await screenshot(page, 'party-member-took-order');

    const taken = must<any>(await cast.officer.gql('query($id: ID!) { case(id: $id) { partyOrder { takerName } events { action } } }', { id }), 'case').case;
    expect(taken.events.map((e: { action: string }) => e.action)).toContain('ORDER_TAKEN');
    expect(taken.partyOrder.takerName).toBe(must<any>(await caller.gql('{ me { displayName } }'), 'me').me.displayName);
    await page.close();
  });
});
