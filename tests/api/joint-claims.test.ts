import { codeOf, startTestApp, type TestApp } from '../support/app';
import { CLAIM_NEED, communityWithSecretary, publishedNeed, unitWithRep } from '../support/factories';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const NEED = 'query($id: ID!) { need(id: $id) { id status claimCount maxClaimants claims { unit { name } meeting { id } } events { action unit { name } note } } }';

describe('claiming at the joint meeting (认领)', () => {
  it('40 units claim one need at the same moment: exactly one wins, the others are told who got there first', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const needId = await publishedNeed(secretary, community.id, '北渠路面硬化');
    const reps = await Promise.all(Array.from({ length: 40 }, (_, i) => unitWithRep(app, `抢单单位${i}`)));
    const results = await Promise.all(reps.map(({ rep }) => rep.gql(CLAIM_NEED, { id: needId })));
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(39);
    expect(new Set(losers.map(codeOf))).toEqual(new Set(['CONFLICT']));
    const winnerName = winners[0].data?.claimNeed.unit.name;
    for (const loser of losers) expect(loser.errors?.[0].message).toContain(winnerName);
    const need = (await secretary.gql(NEED, { id: needId })).data?.need;
    expect(need).toMatchObject({ status: 'CLAIMED', claimCount: 1, claims: [{ unit: { name: winnerName } }] });
  });

  it("six units grab 红旗桥's road, sewer and street-light needs (two units each) all at once: exactly six claims, none doubled", async () => {
    const { community, secretary } = await communityWithSecretary(app, '红旗桥社区');
    const meeting = await secretary.gql('mutation($i: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $i) { id } }', {
      i: { communityId: community.id, title: '红旗桥社区党建联席会', heldAt: new Date().toISOString() },
    });
    const meetingId = meeting.data?.scheduleJointMeeting.id;
    const needs = [
      await publishedNeed(secretary, community.id, '道路硬化', 2),
      await publishedNeed(secretary, community.id, '下水道改造', 2),
      await publishedNeed(secretary, community.id, '路灯安装', 2),
    ];
    const reps = await Promise.all(Array.from({ length: 6 }, (_, i) => unitWithRep(app, `包保单位${i}`)));
    // Every unit tries every need, twice, all in the same instant.
    const attempts = reps.flatMap(({ rep }) => needs.flatMap((id) => [rep.gql(CLAIM_NEED, { id, m: meetingId }), rep.gql(CLAIM_NEED, { id, m: meetingId })]));
    const results = await Promise.all(attempts);
    expect(results.filter((r) => !r.errors)).toHaveLength(6);
    expect(results.filter((r) => r.errors).every((r) => codeOf(r) === 'CONFLICT')).toBe(true);
    for (const id of needs) {
      const need = (await secretary.gql(NEED, { id })).data?.need;
      expect(need.status).toBe('CLAIMED');
      expect(need.claims).toHaveLength(2);
      expect(new Set(need.claims.map((c: { unit: { name: string } }) => c.unit.name)).size).toBe(2);
      expect(need.claims.every((c: { meeting: { id: string } }) => c.meeting.id === meetingId)).toBe(true);
    }
    const board = await secretary.gql('query($id: ID!) { jointMeeting(id: $id) { claims { id } } }', { id: meetingId });
    expect(board.data?.jointMeeting.claims).toHaveLength(6);
  });

  it('a unit claims once; a second claim by the same unit is a CONFLICT', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const needId = await publishedNeed(secretary, community.id, '社区文化墙', 3, 'CULTURE');
    const { rep } = await unitWithRep(app);
    expect((await rep.gql(CLAIM_NEED, { id: needId })).errors).toBeUndefined();
    const again = await rep.gql(CLAIM_NEED, { id: needId });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0].message).toBe('您的单位已认领该需求。');
  });

  it('only published needs can be claimed: a draft is NOT_FOUND, a cancelled one a CONFLICT', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const { rep } = await unitWithRep(app);
    const draft = await secretary.gql('mutation($i: CreateNeedInput!) { createNeed(input: $i) { id } }', { i: { communityId: community.id, title: '草稿', category: 'OTHER' } });
    expect(codeOf(await rep.gql(CLAIM_NEED, { id: draft.data?.createNeed.id }))).toBe('NOT_FOUND');
    const needId = await publishedNeed(secretary, community.id, '将取消的需求');
    await secretary.gql('mutation($id: ID!) { cancelNeed(id: $id, reason: "已由街道解决") { status } }', { id: needId });
    expect(codeOf(await rep.gql(CLAIM_NEED, { id: needId }))).toBe('CONFLICT');
    expect(codeOf(await rep.gql(CLAIM_NEED, { id: 'not-an-id' }))).toBe('NOT_FOUND');
  });

  it('only unit representatives claim, and always for their own unit', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const needId = await publishedNeed(secretary, community.id, '老旧小区改造');
    expect(codeOf(await secretary.gql(CLAIM_NEED, { id: needId }))).toBe('FORBIDDEN');
    expect(codeOf(await app.admin.gql(CLAIM_NEED, { id: needId }))).toBe('FORBIDDEN');
  });

  it('a unit releases its claim with a reason and the need reopens; another unit takes it', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const needId = await publishedNeed(secretary, community.id, '健康义诊', 1, 'HEALTH');
    const first = await unitWithRep(app, '卫健局一');
    const second = await unitWithRep(app, '卫健局二');
    await first.rep.gql(CLAIM_NEED, { id: needId });
    const released = await first.rep.gql('mutation($id: ID!) { releaseClaim(needId: $id, reason: "人手不足") { status claimCount } }', { id: needId });
    expect(released.data?.releaseClaim).toEqual({ status: 'PUBLISHED', claimCount: 0 });
    expect(codeOf(await first.rep.gql('mutation($id: ID!) { releaseClaim(needId: $id, reason: "再放一次") { status } }', { id: needId }))).toBe('CONFLICT');
    expect((await second.rep.gql(CLAIM_NEED, { id: needId })).errors).toBeUndefined();
    const need = (await secretary.gql(NEED, { id: needId })).data?.need;
    expect(need.events.map((e: { action: string }) => e.action)).toEqual(['CREATED', 'PUBLISHED', 'CLAIMED', 'RELEASED', 'CLAIMED']);
    expect(need.events[3]).toMatchObject({ unit: { name: '卫健局一' }, note: '人手不足' });
  });

  it('the claiming unit reports progress and completion; the secretary confirms it done', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const needId = await publishedNeed(secretary, community.id, '路灯维修');
    const { rep } = await unitWithRep(app, '国网供电所');
    const other = await unitWithRep(app);
    await rep.gql(CLAIM_NEED, { id: needId });
    expect(codeOf(await other.rep.gql('mutation($id: ID!) { reportNeedProgress(needId: $id, note: "越权") { status } }', { id: needId }))).toBe('CONFLICT');
    const progress = await rep.gql('mutation($id: ID!) { reportNeedProgress(needId: $id, note: "已勘察，明日施工") { status } }', { id: needId });
    expect(progress.data?.reportNeedProgress.status).toBe('IN_PROGRESS');
    const complete = await rep.gql('mutation($id: ID!) { reportNeedCompletion(needId: $id, note: "12 盏路灯已亮") { status completionReportedAt } }', { id: needId });
    expect(complete.data?.reportNeedCompletion.completionReportedAt).toBeTruthy();
    expect(codeOf(await rep.gql('mutation($id: ID!) { confirmNeedDone(id: $id) { status } }', { id: needId }))).toBe('FORBIDDEN');
    const done = await secretary.gql('mutation($id: ID!) { confirmNeedDone(id: $id, note: "现场验收") { status closedAt } }', { id: needId });
    expect(done.data?.confirmNeedDone.status).toBe('DONE');
    expect(codeOf(await secretary.gql('mutation($id: ID!) { confirmNeedDone(id: $id) { status } }', { id: needId }))).toBe('CONFLICT');
  });

  it('the secretary caps open claims per unit: past the cap is a CONFLICT, concurrent attempts included', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const cap = await secretary.gql('mutation($c: ID!) { setClaimCap(communityId: $c, cap: 2) { maxOpenClaimsPerUnit } }', { c: community.id });
    expect(cap.data?.setClaimCap.maxOpenClaimsPerUnit).toBe(2);
    const needs = await Promise.all(['一', '二', '三', '四'].map((n) => publishedNeed(secretary, community.id, `需求${n}`)));
    const { rep } = await unitWithRep(app);
    const results = await Promise.all(needs.map((id) => rep.gql(CLAIM_NEED, { id })));
    expect(results.filter((r) => !r.errors)).toHaveLength(2);
    const refused = results.filter((r) => r.errors);
    expect(refused.every((r) => codeOf(r) === 'CONFLICT' && r.errors?.[0].message.includes('2'))).toBe(true);
  });

  it('a claim at a meeting of another community is refused', async () => {
    const a = await communityWithSecretary(app);
    const b = await communityWithSecretary(app);
    const meeting = await b.secretary.gql('mutation($i: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $i) { id } }', {
      i: { communityId: b.community.id, title: '别处的会', heldAt: new Date().toISOString() },
    });
    const needId = await publishedNeed(a.secretary, a.community.id, '需求');
    const { rep } = await unitWithRep(app);
    expect(codeOf(await rep.gql(CLAIM_NEED, { id: needId, m: meeting.data?.scheduleJointMeeting.id }))).toBe('BAD_USER_INPUT');
  });
});
