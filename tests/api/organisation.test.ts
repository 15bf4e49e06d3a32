import { Role } from '../../api/src/shared/auth/role';
import { codeOf, startTestApp, type TestApp } from '../support/app';
import { actAs, makeCommunity, makeUnit } from '../support/factories';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const CREATE_COMMUNITY = 'mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id name subdistrict } }';
const CREATE_GRID = 'mutation($i: CreateGridInput!) { createGrid(input: $i) { id name community { name } } }';
const COMMUNITIES = '{ communities { id name subdistrict grids { name } committee { personName position title unit { name } } } }';

describe('communities and grids', () => {
  it('the administrator sets up 六米桥社区 in 蒲圻办事处 with the 翠泉花苑小区 grid, and everyone signed in sees it', async () => {
    const created = await app.admin.gql(CREATE_COMMUNITY, { i: { name: '  六米桥社区 ', subdistrict: '蒲圻办事处' } });
    expect(created.data?.createCommunity).toMatchObject({ name: '六米桥社区', subdistrict: '蒲圻办事处' });
    const grid = await app.admin.gql(CREATE_GRID, { i: { communityId: created.data?.createCommunity.id, name: '翠泉花苑小区' } });
    expect(grid.data?.createGrid).toMatchObject({ name: '翠泉花苑小区', community: { name: '六米桥社区' } });
    const { caller } = await actAs(app, [Role.VOLUNTEER]);
    const list = await caller.gql(COMMUNITIES);
    expect(list.data?.communities).toContainEqual(expect.objectContaining({ name: '六米桥社区', grids: [{ name: '翠泉花苑小区' }] }));
  });

  it('names are required, bounded and unique', async () => {
    expect(codeOf(await app.admin.gql(CREATE_COMMUNITY, { i: { name: '   ', subdistrict: '蒲圻办事处' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.admin.gql(CREATE_COMMUNITY, { i: { name: '长'.repeat(5000), subdistrict: '蒲圻办事处' } }))).toBe('BAD_USER_INPUT');
    await makeCommunity(app, '红旗桥社区');
    const again = await app.admin.gql(CREATE_COMMUNITY, { i: { name: '红旗桥社区', subdistrict: '蒲圻办事处' } });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0].message).toBe('已存在同名的社区。');
    const english = await app.admin.gql(CREATE_COMMUNITY, { i: { name: '红旗桥社区', subdistrict: '蒲圻办事处' } }, { lang: 'en-US,en;q=0.9' });
    expect(english.errors?.[0].message).toBe('A community with that name already exists.');
  });

  it('a secretary adds and renames grids in their own community only', async () => {
    const own = await makeCommunity(app);
    const other = await makeCommunity(app);
    const { caller } = await actAs(app, [Role.COMMUNITY_SECRETARY], { communityId: own.id });
    const grid = await caller.gql(CREATE_GRID, { i: { communityId: own.id, name: '一网格' } });
    expect(grid.errors).toBeUndefined();
    expect(codeOf(await caller.gql(CREATE_GRID, { i: { communityId: other.id, name: '一网格' } }))).toBe('FORBIDDEN');
    expect(codeOf(await caller.gql(CREATE_GRID, { i: { communityId: own.id, name: '一网格' } }))).toBe('CONFLICT');
    const renamed = await caller.gql('mutation($id: ID!) { renameGrid(id: $id, name: "二网格") { name } }', { id: grid.data?.createGrid.id });
    expect(renamed.data?.renameGrid.name).toBe('二网格');
  });

  it('a grid worker, a unit representative and a leader cannot add grids', async () => {
    const community = await makeCommunity(app);
    const unit = await makeUnit(app);
    for (const [roles, attach] of [
      [[Role.GRID_WORKER], { communityId: community.id }],
      [[Role.UNIT_REP], { unitId: unit.id }],
      [[Role.CITY_LEADER], {}],
    ] as const) {
      const { caller } = await actAs(app, [...roles], attach);
      expect(codeOf(await caller.gql(CREATE_GRID, { i: { communityId: community.id, name: '越权网格' } }))).toBe('FORBIDDEN');
    }
  });

  it('deleting a grid removes it; unknown or malformed IDs are NOT_FOUND in mutations and null in queries', async () => {
    const community = await makeCommunity(app);
    const grid = await app.admin.gql(CREATE_GRID, { i: { communityId: community.id, name: '临时网格' } });
    const deleted = await app.admin.gql('mutation($id: ID!) { deleteGrid(id: $id) }', { id: grid.data?.createGrid.id });
    expect(deleted.data?.deleteGrid).toBe(true);
    expect(codeOf(await app.admin.gql('mutation($id: ID!) { deleteGrid(id: $id) }', { id: grid.data?.createGrid.id }))).toBe('NOT_FOUND');
    expect(codeOf(await app.admin.gql(CREATE_GRID, { i: { communityId: 'garbage', name: 'x' } }))).toBe('NOT_FOUND');
    expect((await app.admin.gql('{ community(id: "garbage") { id } }')).data?.community).toBeNull();
  });
});

describe('the community party committee (社区大党委)', () => {
  it('盛文军 of 市委办 is first secretary of 和尚岭社区, listed before the members', async () => {
    const community = await makeCommunity(app, '和尚岭社区');
    const unit = await makeUnit(app, '市委办');
    const party = await makeUnit(app, '市委党校', 'INSTITUTION');
    const ADD = 'mutation($c: ID!, $i: CommitteeMemberInput!) { addCommitteeMember(communityId: $c, input: $i) { id personName } }';
    await app.admin.gql(ADD, { c: community.id, i: { personName: '市委党校代表', position: 'MEMBER', unitId: party.id } });
    const first = await app.admin.gql(ADD, { c: community.id, i: { personName: '盛文军', position: 'FIRST_SECRETARY', title: '市委书记', unitId: unit.id } });
    expect(first.errors).toBeUndefined();
    const r = await app.admin.gql('query($id: ID!) { community(id: $id) { committee { personName position title unit { name } } } }', { id: community.id });
    expect(r.data?.community.committee).toEqual([
      { personName: '盛文军', position: 'FIRST_SECRETARY', title: '市委书记', unit: { name: '市委办' } },
      { personName: '市委党校代表', position: 'MEMBER', title: null, unit: { name: '市委党校' } },
    ]);
    const { caller } = await actAs(app, [Role.COMMUNITY_SECRETARY], { communityId: (await makeCommunity(app)).id });
    expect(codeOf(await caller.gql('mutation($id: ID!) { removeCommitteeMember(id: $id) }', { id: first.data?.addCommitteeMember.id }))).toBe('FORBIDDEN');
    expect((await app.admin.gql('mutation($id: ID!) { removeCommitteeMember(id: $id) }', { id: first.data?.addCommitteeMember.id })).data?.removeCommitteeMember).toBe(true);
  });
});

describe('partner units', () => {
  it('the administrator registers 应急管理局 with a contact, edits it and retires it', async () => {
    const created = await app.admin.gql(
      'mutation { createPartnerUnit(input: { name: "应急管理局", kind: GOVERNMENT, contactName: "李科长", contactPhone: "0715-5200000" }) { id name kind contactName active } }',
    );
    const unit = created.data?.createPartnerUnit;
    expect(unit).toMatchObject({ name: '应急管理局', kind: 'GOVERNMENT', contactName: '李科长', active: true });
    const updated = await app.admin.gql('mutation($id: ID!) { updatePartnerUnit(id: $id, input: { contactPhone: "0715-5211111", active: false }) { contactPhone active } }', {
      id: unit.id,
    });
    expect(updated.data?.updatePartnerUnit).toEqual({ contactPhone: '0715-5211111', active: false });
    const active = await app.admin.gql('{ partnerUnits { name } }');
    expect(active.data?.partnerUnits.map((u: { name: string }) => u.name)).not.toContain('应急管理局');
    const all = await app.admin.gql('{ partnerUnits(includeInactive: true) { name } }');
    expect(all.data?.partnerUnits.map((u: { name: string }) => u.name)).toContain('应急管理局');
  });

  it('a unit kind outside the list and a duplicate name are refused', async () => {
    expect(codeOf(await app.admin.gql('mutation { createPartnerUnit(input: { name: "某单位", kind: BANK }) { id } }'))).toBe('GRAPHQL_VALIDATION_FAILED');
    await makeUnit(app, '教育局');
    expect(codeOf(await app.admin.gql('mutation { createPartnerUnit(input: { name: "教育局", kind: GOVERNMENT }) { id } }'))).toBe('CONFLICT');
  });

  it('only the administrator creates units', async () => {
    const { caller } = await actAs(app, [Role.COMMAND_CENTER]);
    expect(codeOf(await caller.gql('mutation { createPartnerUnit(input: { name: "越权单位", kind: OTHER }) { id } }'))).toBe('FORBIDDEN');
  });
});

describe('no N+1', () => {
  it('listing communities with grids, committee and units runs the same number of statements for 3 or 15 communities', async () => {
    const fresh = await startTestApp();
    try {
      const unit = await makeUnit(fresh);
      const seed = async (n: number) => {
        for (let i = 0; i < n; i++) {
          const c = await makeCommunity(fresh);
          await fresh.admin.gql('mutation($i: CreateGridInput!) { createGrid(input: $i) { id } }', { i: { communityId: c.id, name: '网格' } });
          await fresh.admin.gql('mutation($c: ID!, $u: ID) { addCommitteeMember(communityId: $c, input: { personName: "委员", position: MEMBER, unitId: $u }) { id } }', {
            c: c.id,
            u: unit.id,
          });
        }
      };
      const count = async () => {
        fresh.queries.length = 0;
        const r = await fresh.admin.gql(COMMUNITIES);
        expect(r.errors).toBeUndefined();
        return { statements: fresh.queries.filter((q) => /\b(select|insert|update|delete)\b/i.test(q)).length, rows: r.data?.communities.length };
      };
      await seed(3);
      const small = await count();
      await seed(12);
      const large = await count();
      expect(large.rows).toBe(small.rows + 12);
      expect(large.statements).toBe(small.statements);
      expect(small.statements).toBeGreaterThanOrEqual(4);
      expect(small.statements).toBeLessThanOrEqual(6);
    } finally {
      await fresh.close();
    }
  });
});

describe('lists in the order people read them', () => {
  it('communities come by sub-district and then by name in pinyin order', async () => {
    const fresh = await startTestApp();
    try {
      for (const name of ['六米桥社区', '赤马港社区', '和尚岭社区', '红旗桥社区']) await makeCommunity(fresh, name, '蒲圻办事处');
      const r = await fresh.admin.gql('{ communities { name } }');
      expect(r.data?.communities.map((c: { name: string }) => c.name)).toEqual(['赤马港社区', '和尚岭社区', '红旗桥社区', '六米桥社区']);
    } finally {
      await fresh.close();
    }
  });
});
