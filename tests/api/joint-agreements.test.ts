import { codeOf, startTestApp, type TestApp } from '../support/app';
import { CLAIM_NEED, communityWithSecretary, makeUnit, publishedNeed, unitWithRep } from '../support/factories';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const SIGN = 'mutation($i: SignAgreementInput!) { signAgreement(input: $i) { id status commitments unit { name } community { name } meeting { title } validUntil } }';
const SCHEDULE = 'mutation($i: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $i) { id title attendees { name } } }';
const ADD_RESOURCE = 'mutation($i: AddResourceInput!) { addResource(input: $i) { id title category quantity unit { name } } }';
const TOTALS = 'query($c: ID) { totals(communityId: $c) { agreements resources publishedNeeds claimedNeeds } }';

describe('agreements (共驻共建协议)', () => {
  it('one ACTIVE agreement per community and unit: a second is a CONFLICT; after termination a new one can be signed', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const unit = await makeUnit(app, '市委办');
    const first = await secretary.gql(SIGN, { i: { communityId: community.id, unitId: unit.id, commitments: '每季度开展一次志愿服务' } });
    expect(first.data?.signAgreement).toMatchObject({ status: 'ACTIVE', unit: { name: '市委办' }, commitments: '每季度开展一次志愿服务' });
    const second = await secretary.gql(SIGN, { i: { communityId: community.id, unitId: unit.id } });
    expect(codeOf(second)).toBe('CONFLICT');
    const ended = await secretary.gql('mutation($id: ID!) { terminateAgreement(id: $id, reason: "单位撤并") { status terminationReason } }', { id: first.data?.signAgreement.id });
    expect(ended.data?.terminateAgreement).toEqual({ status: 'TERMINATED', terminationReason: '单位撤并' });
    expect((await secretary.gql(SIGN, { i: { communityId: community.id, unitId: unit.id } })).data?.signAgreement.status).toBe('ACTIVE');
  });

  it("two secretaries' screens signing the same pair at the same instant: one agreement", async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const unit = await makeUnit(app);
    const results = await Promise.all(Array.from({ length: 8 }, () => secretary.gql(SIGN, { i: { communityId: community.id, unitId: unit.id } })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(7);
  });

  it('an agreement whose period has ended is EXPIRED and no longer counted', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const unit = await makeUnit(app);
    const old = await secretary.gql(SIGN, { i: { communityId: community.id, unitId: unit.id, validFrom: '2023-01-01T00:00:00Z', validUntil: '2024-01-01T00:00:00Z' } });
    expect(old.errors).toBeUndefined();
    const list = await secretary.gql('query($c: ID) { agreements(communityId: $c) { status } }', { c: community.id });
    expect(list.data?.agreements).toEqual([{ status: 'EXPIRED' }]);
    expect((await secretary.gql(TOTALS, { c: community.id })).data?.totals.agreements).toBe(0);
    expect(codeOf(await secretary.gql(SIGN, { i: { communityId: community.id, unitId: unit.id, validFrom: '2026-01-01T00:00:00Z', validUntil: '2025-01-01T00:00:00Z' } }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it("only the community's own secretary signs", async () => {
    const { community } = await communityWithSecretary(app);
    const other = await communityWithSecretary(app);
    const unit = await makeUnit(app);
    expect(codeOf(await other.secretary.gql(SIGN, { i: { communityId: community.id, unitId: unit.id } }))).toBe('FORBIDDEN');
    expect(codeOf(await app.admin.gql(SIGN, { i: { communityId: community.id, unitId: unit.id } }))).toBe('FORBIDDEN');
    expect(codeOf(await other.secretary.gql(SIGN, { i: { communityId: other.community.id, unitId: 'nope' } }))).toBe('NOT_FOUND');
  });
});

describe('resource lists (资源清单)', () => {
  it("a unit representative adds, edits and withdraws their own unit's items; another unit cannot touch them", async () => {
    const { unit, rep } = await unitWithRep(app, '应急管理局');
    const added = await rep.gql(ADD_RESOURCE, { i: { title: '消防应急演练', category: 'PROFESSIONAL_SERVICE', quantity: 2, unitOfMeasure: '场', servesCategory: 'SAFETY' } });
    expect(added.data?.addResource).toMatchObject({ title: '消防应急演练', unit: { name: '应急管理局' }, quantity: 2 });
    const id = added.data?.addResource.id;
    const other = await unitWithRep(app);
    expect(codeOf(await other.rep.gql('mutation($id: ID!) { withdrawResource(id: $id) { id } }', { id }))).toBe('FORBIDDEN');
    const edited = await rep.gql('mutation($id: ID!) { updateResource(id: $id, input: { quantity: 4 }) { quantity } }', { id });
    expect(edited.data?.updateResource.quantity).toBe(4);
    const list = await rep.gql('query($u: ID!) { partnerUnit(id: $u) { resources { title } } }', { u: unit.id });
    expect(list.data?.partnerUnit.resources).toEqual([{ title: '消防应急演练' }]);
    await rep.gql('mutation($id: ID!) { withdrawResource(id: $id) { withdrawnAt } }', { id });
    expect((await rep.gql('query($u: ID!) { partnerUnit(id: $u) { resources { title } } }', { u: unit.id })).data?.partnerUnit.resources).toEqual([]);
    expect(codeOf(await rep.gql(ADD_RESOURCE, { i: { title: '', category: 'VENUE' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await rep.gql(ADD_RESOURCE, { i: { title: '场地', category: 'VENUE', quantity: -1 } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.admin.gql(ADD_RESOURCE, { i: { title: '场地', category: 'VENUE' } }))).toBe('FORBIDDEN');
  });

  it('for a need, units whose resources fit its category are suggested, partners of the community first', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const partner = await unitWithRep(app, '卫健局');
    const stranger = await unitWithRep(app, '某医院');
    await partner.rep.gql(ADD_RESOURCE, { i: { title: '家庭医生签约', category: 'PROFESSIONAL_SERVICE', servesCategory: 'HEALTH' } });
    await stranger.rep.gql(ADD_RESOURCE, { i: { title: '义诊', category: 'PROFESSIONAL_SERVICE', servesCategory: 'HEALTH' } });
    await stranger.rep.gql(ADD_RESOURCE, { i: { title: '体检', category: 'PROFESSIONAL_SERVICE', servesCategory: 'HEALTH' } });
    await stranger.rep.gql(ADD_RESOURCE, { i: { title: '场地', category: 'VENUE', servesCategory: 'CULTURE' } });
    await secretary.gql(SIGN, { i: { communityId: community.id, unitId: partner.unit.id } });
    const id = await publishedNeed(secretary, community.id, '老人健康体检', 1, 'HEALTH');
    const r = await secretary.gql('query($id: ID!) { need(id: $id) { suggestedUnits { unit { name } hasAgreement resources { title } } } }', { id });
    expect(r.data?.need.suggestedUnits.map((s: { unit: { name: string } }) => s.unit.name)).toEqual(['卫健局', '某医院']);
    expect(r.data?.need.suggestedUnits[1].resources).toHaveLength(2);
  });
});

describe("the joint meeting at 和尚岭社区 and the leaders' totals", () => {
  it('8 units sign agreements at the meeting, submit resources and claim needs; the totals add up, per community and city-wide', async () => {
    const fresh = await startTestApp();
    try {
      const { community, secretary } = await communityWithSecretary(fresh, '和尚岭社区');
      const elsewhere = await communityWithSecretary(fresh, '赤马港社区');
      const units = await Promise.all(['市委办', '市委党校', '市委组织部', '市委宣传部', '应急管理局', '水利和湖泊局', '教育局', '卫健局'].map((name) => unitWithRep(fresh, name)));
      const meeting = await secretary.gql(SCHEDULE, {
        i: { communityId: community.id, title: '和尚岭社区党建联席会', heldAt: '2026-07-30T01:00:00Z', attendeeUnitIds: units.map((u) => u.unit.id) },
      });
      expect(meeting.data?.scheduleJointMeeting.attendees).toHaveLength(8);
      const meetingId = meeting.data?.scheduleJointMeeting.id;
      for (const { unit } of units) expect((await secretary.gql(SIGN, { i: { communityId: community.id, unitId: unit.id, meetingId } })).errors).toBeUndefined();
      // Each unit submits two resource items; an outsider's items do not count for 和尚岭.
      for (const { rep } of units) {
        await rep.gql(ADD_RESOURCE, { i: { title: '党员志愿者', category: 'VOLUNTEERS', quantity: 10 } });
        await rep.gql(ADD_RESOURCE, { i: { title: '活动场地', category: 'VENUE' } });
      }
      const outsider = await unitWithRep(fresh, '外单位');
      await outsider.rep.gql(ADD_RESOURCE, { i: { title: '资金', category: 'FUNDING' } });
      // Five needs published, one still a draft, one cancelled; four get claimed.
      const needs = [];
      for (let i = 0; i < 6; i++) needs.push(await publishedNeed(secretary, community.id, `需求${i}`));
      await secretary.gql('mutation($i: CreateNeedInput!) { createNeed(input: $i) { id } }', { i: { communityId: community.id, title: '草稿', category: 'OTHER' } });
      await secretary.gql('mutation($id: ID!) { cancelNeed(id: $id, reason: "重复") { id } }', { id: needs[5] });
      for (let i = 0; i < 4; i++) await units[i].rep.gql(CLAIM_NEED, { id: needs[i], m: meetingId });
      await publishedNeed(elsewhere.secretary, elsewhere.community.id, '别处的需求');

      const local = (await secretary.gql(TOTALS, { c: community.id })).data?.totals;
      expect(local).toEqual({ agreements: 8, resources: 16, publishedNeeds: 5, claimedNeeds: 4 });
      const city = (await fresh.admin.gql(TOTALS, {})).data?.totals;
      expect(city).toEqual({ agreements: 8, resources: 17, publishedNeeds: 6, claimedNeeds: 4 });

      const page = await secretary.gql('query($id: ID!) { jointMeeting(id: $id) { agreements { unit { name } } claims { unit { name } need { title } } } }', { id: meetingId });
      expect(page.data?.jointMeeting.agreements).toHaveLength(8);
      expect(page.data?.jointMeeting.claims).toHaveLength(4);

      const byCommunity = (await fresh.admin.gql('{ totalsByCommunity { community { name } agreements resources publishedNeeds claimedNeeds } }')).data?.totalsByCommunity;
      expect(byCommunity).toEqual(
        expect.arrayContaining([
          { community: { name: '和尚岭社区' }, agreements: 8, resources: 16, publishedNeeds: 5, claimedNeeds: 4 },
          { community: { name: '赤马港社区' }, agreements: 0, resources: 0, publishedNeeds: 1, claimedNeeds: 0 },
        ]),
      );
      const byUnit = (await fresh.admin.gql('{ totalsByUnit { unit { name } agreements resources claims } }')).data?.totalsByUnit;
      expect(byUnit).toContainEqual({ unit: { name: '市委办' }, agreements: 1, resources: 2, claims: 1 });
      // The leaders' page asks for the leading units only: most agreements, then claims, then resources, then name.
      const rank = (u: any) => [-u.agreements, -u.claims, -u.resources, u.unit.name] as const;
      const order = (a: any, b: any) => {
        const [x, y] = [rank(a), rank(b)];
        for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
        return x[3] < y[3] ? -1 : x[3] > y[3] ? 1 : 0;
      };
      const leading = (await fresh.admin.gql('{ totalsByUnit(first: 3) { unit { name } agreements resources claims } }')).data?.totalsByUnit;
      expect(leading).toEqual([...byUnit].sort(order).slice(0, 3));
      expect((await fresh.admin.gql('{ totalsByUnit(first: 0) { unit { name } } }')).data?.totalsByUnit).toHaveLength(1);
      const months = (await fresh.admin.gql('{ totalsByMonth(months: 3) { month agreementsSigned needsPublished claimsMade } }')).data?.totalsByMonth;
      expect(months).toHaveLength(3);
      const now = months[2];
      expect(now).toMatchObject({ agreementsSigned: 8, needsPublished: 7, claimsMade: 4 });
    } finally {
      await fresh.close();
    }
  });
});
