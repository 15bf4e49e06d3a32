import { Role } from '../../api/src/shared/auth/role';
import { codeOf, startTestApp, type TestApp } from '../support/app';
import { actAs, CLAIM_NEED, CREATE_NEED, communityWithSecretary, makeCommunity, PUBLISH_NEED, publishedNeed, unitWithRep } from '../support/factories';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const NEEDS =
  'query($f: NeedFilter, $first: Int, $after: String) { needs(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title status category } } } }';

describe('the need list (需求清单), kept by the community secretary', () => {
  it('the secretary drafts a need, edits it and publishes it; the draft is hidden from everyone else until then', async () => {
    const { community, secretary } = await communityWithSecretary(app, '和尚岭社区');
    const grid = await secretary.gql('mutation($i: CreateGridInput!) { createGrid(input: $i) { id } }', { i: { communityId: community.id, name: '和尚岭一网格' } });
    const created = await secretary.gql('mutation($i: CreateNeedInput!) { createNeed(input: $i) { id status maxClaimants grid { name } community { name } } }', {
      i: {
        communityId: community.id,
        title: '  背街小巷路面硬化 ',
        category: 'INFRASTRUCTURE',
        description: '长约 300 米',
        gridId: grid.data?.createGrid.id,
        budgetEstimate: 120000,
        location: '和尚岭路',
      },
    });
    expect(created.data?.createNeed).toMatchObject({ status: 'DRAFT', maxClaimants: 1, grid: { name: '和尚岭一网格' }, community: { name: '和尚岭社区' } });
    const id = created.data?.createNeed.id;
    const { rep } = await unitWithRep(app);
    expect((await rep.gql('query($id: ID!) { need(id: $id) { id } }', { id })).data?.need).toBeNull();
    expect((await rep.gql(NEEDS, { f: { communityId: community.id } })).data?.needs.totalCount).toBe(0);

    const edited = await secretary.gql('mutation($id: ID!) { updateNeed(id: $id, input: { title: "背街小巷道路硬化", maxClaimants: 2 }) { title maxClaimants } }', { id });
    expect(edited.data?.updateNeed).toEqual({ title: '背街小巷道路硬化', maxClaimants: 2 });
    const published = await secretary.gql(PUBLISH_NEED, { id });
    expect(published.data?.publishNeed.status).toBe('PUBLISHED');
    expect(codeOf(await secretary.gql(PUBLISH_NEED, { id }))).toBe('CONFLICT');
    expect((await rep.gql('query($id: ID!) { need(id: $id) { title status } }', { id })).data?.need).toEqual({ title: '背街小巷道路硬化', status: 'PUBLISHED' });
  });

  it('refuses bad input: a blank or 5,000-character title, maxClaimants 0, a page of 100,000', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const base = { communityId: community.id, category: 'OTHER' };
    expect(codeOf(await secretary.gql(CREATE_NEED, { i: { ...base, title: '   ' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await secretary.gql(CREATE_NEED, { i: { ...base, title: '需'.repeat(5000) } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await secretary.gql(CREATE_NEED, { i: { ...base, title: '需求', maxClaimants: 0 } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await secretary.gql(CREATE_NEED, { i: { ...base, title: '需求', description: 'x'.repeat(10_001) } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await secretary.gql(NEEDS, { first: 100000 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await secretary.gql(NEEDS, { first: 0 }))).toBe('BAD_USER_INPUT');
  });

  it('a secretary of another community, a volunteer and a unit representative cannot create or publish', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const created = await secretary.gql(CREATE_NEED, { i: { communityId: community.id, title: '待发布', category: 'SAFETY' } });
    const id = created.data?.createNeed.id;
    const other = await communityWithSecretary(app);
    const { caller: volunteer } = await actAs(app, [Role.VOLUNTEER]);
    const { rep } = await unitWithRep(app);
    for (const caller of [other.secretary, volunteer, rep]) {
      expect(codeOf(await caller.gql(CREATE_NEED, { i: { communityId: community.id, title: '越权', category: 'SAFETY' } }))).toBe('FORBIDDEN');
    }
    // The other secretary cannot even see the draft; the volunteer and the unit are refused by role.
    expect(codeOf(await other.secretary.gql(PUBLISH_NEED, { id }))).toBe('NOT_FOUND');
    expect(codeOf(await volunteer.gql(PUBLISH_NEED, { id }))).toBe('FORBIDDEN');
    expect(codeOf(await rep.gql(PUBLISH_NEED, { id }))).toBe('FORBIDDEN');
    expect(codeOf(await app.admin.gql(PUBLISH_NEED, { id }))).toBe('FORBIDDEN');
  });

  it('cancelling needs a reason, releases the claims and ends the need', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const id = await publishedNeed(secretary, community.id, '临时需求', 2);
    const { rep } = await unitWithRep(app);
    await rep.gql(CLAIM_NEED, { id });
    expect(codeOf(await secretary.gql('mutation($id: ID!) { cancelNeed(id: $id, reason: "  ") { status } }', { id }))).toBe('BAD_USER_INPUT');
    const cancelled = await secretary.gql('mutation($id: ID!) { cancelNeed(id: $id, reason: "已并入市政工程") { status cancelReason claimCount claims { id } } }', { id });
    expect(cancelled.data?.cancelNeed).toEqual({ status: 'CANCELLED', cancelReason: '已并入市政工程', claimCount: 0, claims: [] });
    expect(codeOf(await secretary.gql('mutation($id: ID!) { updateNeed(id: $id, input: { title: "改" }) { id } }', { id }))).toBe('CONFLICT');
  });

  it('pages through the list newest first without overlap, filtered by status, category and text', async () => {
    const community = await makeCommunity(app);
    const { caller: secretary } = await actAs(app, [Role.COMMUNITY_SECRETARY], { communityId: community.id });
    for (let i = 0; i < 12; i++) await publishedNeed(secretary, community.id, `环境整治${i}`, 1, i % 2 ? 'ENVIRONMENT' : 'SAFETY');
    await secretary.gql(CREATE_NEED, { i: { communityId: community.id, title: '草稿中的需求', category: 'ENVIRONMENT' } });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await secretary.gql(NEEDS, { f: { communityId: community.id, status: ['PUBLISHED'] }, first: 5, after })).data?.needs;
      expect(page.totalCount).toBe(12);
      seen.push(...page.edges.map((e: any) => e.node.title));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
    expect(seen[0]).toBe('环境整治11');
    const env = await secretary.gql(NEEDS, { f: { communityId: community.id, category: 'ENVIRONMENT' } });
    expect(env.data?.needs.totalCount).toBe(7);
    const text = await secretary.gql(NEEDS, { f: { communityId: community.id, search: '整治1' } });
    expect(text.data?.needs.edges.map((e: any) => e.node.title).sort()).toEqual(['环境整治1', '环境整治10', '环境整治11']);
    expect(codeOf(await secretary.gql(NEEDS, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });

  it('a page of 50 needs with their claims, units and community runs the same number of SQL statements as a page of 5', async () => {
    const fresh = await startTestApp();
    try {
      const { community, secretary } = await communityWithSecretary(fresh);
      const reps = await Promise.all([unitWithRep(fresh), unitWithRep(fresh), unitWithRep(fresh)]);
      for (let i = 0; i < 50; i++) {
        const id = await publishedNeed(secretary, community.id, `需求${i}`, 3);
        for (const { rep } of reps.slice(0, (i % 3) + 1)) await rep.gql(CLAIM_NEED, { id });
      }
      const Q = 'query($first: Int) { needs(first: $first) { totalCount edges { node { id title community { name } claims { claimedAt unit { name } } events { action } } } } }';
      const statements = async (first: number) => {
        fresh.queries.length = 0;
        const r = await secretary.gql(Q, { first });
        expect(r.data?.needs.edges).toHaveLength(first);
        return fresh.queries.filter((q) => /^\[query\]\s*(select|insert|update|delete)/i.test(q)).length;
      };
      const small = await statements(5);
      const large = await statements(50);
      expect(small).toBeGreaterThanOrEqual(4);
      expect(large).toBe(small);
    } finally {
      await fresh.close();
    }
  });
});
