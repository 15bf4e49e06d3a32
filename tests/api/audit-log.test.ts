import { randomUUID } from 'node:crypto';
import { AuditEvent } from '../../api/src/shared/audit/audit-event.entity';
import { Role } from '../../api/src/shared/auth/role';
import { codeOf, PASSWORD, startTestApp, type TestApp } from '../support/app';
import { actAs, communityWithSecretary, makeCommunity, must } from '../support/factories';

// The reading side of the audit log. Reads of personal data are recorded elsewhere; here the rows
// are written straight into the table, the way that recorder writes them.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const EVENTS = `query($f: AuditFilter, $first: Int, $after: String) {
  auditEvents(filter: $f, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id at action subjectType subjectId note fields path actor { id username displayName } } }
  }
}`;

interface Row {
  actorId?: string | null;
  at?: Date;
  action?: string;
  subjectType: string;
  subjectId: string;
  note?: string | null;
  data?: Record<string, unknown> | null;
}

/** Writes rows as the personal-data recorder does: one INSERT, a read unless said otherwise. */
async function record(rows: Row[]): Promise<void> {
  await app.orm.em.fork().insertMany(
    AuditEvent,
    rows.map((row) => ({ actorId: null, at: new Date(), action: 'PERSONAL_DATA_READ', note: null, data: null, ...row })),
  );
}

/** An account with a name people recognise; made by the administrator, never signed in, so it has no events of its own. */
async function person(displayName: string, roles: Role[] = [Role.CITY_LEADER], attach: { communityId?: string } = {}): Promise<{ id: string; username: string }> {
  const username = `p${randomUUID().slice(0, 8)}`;
  const r = await app.admin.gql('mutation($i: CreateUserInput!) { createUser(input: $i) { id username } }', {
    i: { username, displayName, password: PASSWORD, roles, ...attach },
  });
  return must(r, 'createUser').createUser;
}

async function events(filter: Record<string, unknown>, first?: number, after?: string) {
  const r = await app.admin.gql(EVENTS, { f: filter, first, after });
  expect(r.errors).toBeUndefined();
  return r.data?.auditEvents as {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      node: {
        id: string;
        at: string;
        action: string;
        subjectType: string;
        subjectId: string;
        note: string | null;
        fields: string[];
        path: string | null;
        actor: { id: string; username: string; displayName: string } | null;
      };
    }[];
  };
}

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

describe('an administrator reads the audit log', () => {
  it("an administrator finds who read 黎逢保's household", async () => {
    const community = await makeCommunity(app, '六米桥社区');
    const you = await person('游和清', [Role.COMMUNITY_SECRETARY], { communityId: community.id });
    const secretary = await app.signIn(you.username);
    const added = await secretary.gql('mutation($i: HouseholdInput!) { addHousehold(input: $i) { id } }', {
      i: { communityId: community.id, residents: '黎逢保夫妇', address: '翠泉花苑 3 栋 2 单元 101', emergencyContact: '黎女士 13800000000', consent: true },
    });
    const householdId = must(added, 'addHousehold').addHousehold.id as string;
    const dai = await person('戴彩虹', [Role.VOLUNTEER]);
    const neighbour = randomUUID();
    // Read after it was added: the next morning's visit, and the secretary looking it up that evening.
    const later = (hours: number) => new Date(Date.now() + hours * 3_600_000);
    await record([
      { actorId: you.id, at: later(1), subjectType: 'Household', subjectId: householdId, data: { fields: ['address', 'emergencyContact', 'residents'], path: 'households' } },
      { actorId: dai.id, at: later(14), subjectType: 'Household', subjectId: householdId, data: { fields: ['address', 'residents'], path: 'dueVisits' } },
      { actorId: dai.id, at: later(14), subjectType: 'Household', subjectId: neighbour, data: { fields: ['residents'], path: 'dueVisits' } },
      { actorId: dai.id, at: later(15), subjectType: 'Visit', subjectId: randomUUID(), data: { fields: ['concerns'], path: 'household' } },
    ]);

    const reads = await events({ subjectType: 'Household', subjectId: householdId, actions: ['PERSONAL_DATA_READ'] });
    expect(reads.totalCount).toBe(2);
    expect(reads.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        action: 'PERSONAL_DATA_READ',
        subjectType: 'Household',
        subjectId: householdId,
        fields: ['address', 'residents'],
        path: 'dueVisits',
        actor: { id: dai.id, username: dai.username, displayName: '戴彩虹' },
      }),
      expect.objectContaining({ fields: ['address', 'emergencyContact', 'residents'], path: 'households', actor: { id: you.id, username: you.username, displayName: '游和清' } }),
    ]);

    // Without the action, the household's whole story: the secretary added it, before anyone read it.
    const story = await events({ subjectId: householdId });
    expect(story.edges.map((e) => e.node.action)).toEqual(['PERSONAL_DATA_READ', 'PERSONAL_DATA_READ', 'HOUSEHOLD_ADDED']);
    expect(story.edges[2].node).toMatchObject({ subjectType: 'Household', fields: [], path: null, actor: { displayName: '游和清' } });

    // The subject type alone narrows too: 戴彩虹's read of a visit is not a household read.
    const byDaiOfHouseholds = await events({ actorId: dai.id, subjectType: 'Household' });
    expect(byDaiOfHouseholds.edges.map((e) => e.node.subjectId).sort()).toEqual([householdId, neighbour].sort());
  });

  it("filters by actor: one person's events, newest first, and a state change the app wrote itself", async () => {
    const leader = await person('盛文军');
    const other = await person('吕建国');
    await record([
      { actorId: leader.id, at: minutesAgo(50), subjectType: 'User', subjectId: other.id, data: { fields: ['phone'], path: 'users' } },
      { actorId: leader.id, at: minutesAgo(40), action: 'USER_UPDATED', subjectType: 'User', subjectId: other.id, data: { roles: ['CITY_LEADER'] } },
      { actorId: leader.id, at: minutesAgo(20), subjectType: 'PartnerUnit', subjectId: randomUUID(), data: { fields: ['contactPhone'], path: 'partnerUnits' } },
      { actorId: other.id, at: minutesAgo(15), subjectType: 'User', subjectId: leader.id, data: { fields: ['phone'], path: 'users' } },
    ]);
    const mine = await events({ actorId: leader.id });
    expect(mine.totalCount).toBe(3);
    expect(mine.edges.map((e) => [e.node.action, e.node.subjectType])).toEqual([
      ['PERSONAL_DATA_READ', 'PartnerUnit'],
      ['USER_UPDATED', 'User'],
      ['PERSONAL_DATA_READ', 'User'],
    ]);
    expect(mine.edges.every((e) => e.node.actor?.id === leader.id)).toBe(true);
    expect(mine.edges[1].node.fields).toEqual([]);

    // The administrator's own creation of the account was logged by the app in the same transaction.
    const created = await events({ subjectId: leader.id, actions: ['USER_CREATED'] });
    expect(created.totalCount).toBe(1);
    expect(created.edges[0].node.actor?.username).toBe('admin');
  });

  it('filters by action: one or several, and only those', async () => {
    const clerk = await person('胡晓');
    const subject = randomUUID();
    await record([
      { actorId: clerk.id, at: minutesAgo(9), action: 'USER_CREATED', subjectType: 'User', subjectId: subject },
      { actorId: clerk.id, at: minutesAgo(8), subjectType: 'User', subjectId: subject, data: { fields: ['phone'], path: 'user' } },
      { actorId: clerk.id, at: minutesAgo(7), action: 'PASSWORD_RESET', subjectType: 'User', subjectId: subject },
      { actorId: clerk.id, at: minutesAgo(6), subjectType: 'RibbonRequest', subjectId: randomUUID(), data: { fields: ['address', 'phone'], path: 'ribbons' } },
    ]);
    const reads = await events({ actorId: clerk.id, actions: ['PERSONAL_DATA_READ'] });
    expect(reads.totalCount).toBe(2);
    expect(reads.edges.map((e) => e.node.subjectType)).toEqual(['RibbonRequest', 'User']);
    const changes = await events({ actorId: clerk.id, actions: ['USER_CREATED', 'PASSWORD_RESET'] });
    expect(changes.edges.map((e) => e.node.action)).toEqual(['PASSWORD_RESET', 'USER_CREATED']);
    // Across the whole log, a page of reads holds nothing else.
    const all = await events({ actions: ['PERSONAL_DATA_READ'] }, 50);
    expect(all.totalCount).toBeGreaterThanOrEqual(2);
    expect(new Set(all.edges.map((e) => e.node.action))).toEqual(new Set(['PERSONAL_DATA_READ']));
  });

  it('filters by a time window [from, to): the start is in, the end is out', async () => {
    const auditor = await person('柯娟');
    const subjectId = randomUUID();
    const at = (iso: string) => new Date(iso);
    await record([
      { actorId: auditor.id, at: at('2026-02-28T23:59:59.999Z'), subjectType: 'Household', subjectId },
      { actorId: auditor.id, at: at('2026-03-01T00:00:00.000Z'), subjectType: 'Household', subjectId },
      { actorId: auditor.id, at: at('2026-03-15T08:30:00.000Z'), subjectType: 'Household', subjectId },
      { actorId: auditor.id, at: at('2026-04-01T00:00:00.000Z'), subjectType: 'Household', subjectId },
    ]);
    const march = await events({ actorId: auditor.id, from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' });
    expect(march.edges.map((e) => e.node.at)).toEqual(['2026-03-15T08:30:00.000Z', '2026-03-01T00:00:00.000Z']);
    expect((await events({ actorId: auditor.id, from: '2026-03-15T08:30:00.000Z' })).totalCount).toBe(2);
    expect((await events({ actorId: auditor.id, to: '2026-03-01T00:00:00.000Z' })).totalCount).toBe(1);
    const backwards = await app.admin.gql(EVENTS, { f: { from: '2026-04-01T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' } });
    expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
  });

  it('pages newest first: 3 pages of 2 with the total, events of one instant in a stable order', async () => {
    const reader = await person('黄霞');
    const instant = minutesAgo(3);
    const subjects = Array.from({ length: 6 }, () => randomUUID());
    // Rows 2–4 share one instant, as one request's reads do.
    await record(
      subjects.map((subjectId, i) => ({
        actorId: reader.id,
        at: i >= 2 && i <= 4 ? instant : minutesAgo(60 - i),
        subjectType: 'User',
        subjectId,
        data: { fields: ['phone'], path: 'users' },
      })),
    );
    const seen: string[] = [];
    let after: string | undefined;
    for (const more of [true, true, false]) {
      const result = await events({ actorId: reader.id }, 2, after);
      expect(result.totalCount).toBe(6);
      expect(result.edges).toHaveLength(2);
      expect(result.pageInfo.hasNextPage).toBe(more);
      seen.push(...result.edges.map((e) => e.node.subjectId));
      after = result.pageInfo.endCursor ?? undefined;
    }
    expect(new Set(seen).size).toBe(6);
    expect(seen.slice(0, 3).sort()).toEqual(subjects.slice(2, 5).sort());
    expect(seen.slice(3)).toEqual([subjects[5], subjects[1], subjects[0]]);
  });

  it("a page names each row's actor with a constant number of SQL statements", async () => {
    const subjectId = randomUUID();
    const readers = await Promise.all(['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'].map((name) => person(`读者${name}`)));
    await record(
      readers.map((reader, i) => ({ actorId: reader.id, at: minutesAgo(20 - i), subjectType: 'Household', subjectId, data: { fields: ['residents'], path: 'households' } })),
    );
    const statements = async (first: number) => {
      app.queries.length = 0;
      const page = await events({ subjectId }, first);
      expect(page.edges).toHaveLength(first);
      expect(page.edges.every((e) => e.node.actor?.displayName.startsWith('读者'))).toBe(true);
      return app.queries.filter((q) => /^\[query\]\s*(select|insert|update|delete)/i.test(q)).length;
    };
    const small = await statements(2);
    const large = await statements(10);
    expect(large).toBe(small);
  });

  it('an event of the system has no actor', async () => {
    const subjectId = randomUUID();
    await record([{ actorId: null, action: 'CASE_OVERDUE', subjectType: 'CaseFile', subjectId, note: '超时' }]);
    const page = await events({ subjectId });
    expect(page.edges[0].node).toMatchObject({ action: 'CASE_OVERDUE', note: '超时', actor: null, fields: [], path: null });
  });
});

describe('only administrators read the audit log', () => {
  it('a secretary and a volunteer are FORBIDDEN, anonymous is UNAUTHENTICATED', async () => {
    const { secretary } = await communityWithSecretary(app);
    const { caller: volunteer } = await actAs(app, [Role.VOLUNTEER]);
    expect(codeOf(await secretary.gql(EVENTS, {}))).toBe('FORBIDDEN');
    expect(codeOf(await volunteer.gql(EVENTS, { f: { actions: ['PERSONAL_DATA_READ'] } }))).toBe('FORBIDDEN');
    const anonymous = await app.anonymous.gql(EVENTS, {});
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.data?.auditEvents ?? null).toBeNull();
  });

  it('bounds on the filter: IDs must be IDs, actions at most 20 of at most 60 characters, pages of 1–100, cursors of ours', async () => {
    const bad = async (variables: Record<string, unknown>) => codeOf(await app.admin.gql(EVENTS, variables));
    expect(await bad({ f: { actorId: 'not-an-id' } })).toBe('BAD_USER_INPUT');
    expect(await bad({ f: { subjectId: "1' or 1=1 --" } })).toBe('BAD_USER_INPUT');
    expect(await bad({ f: { actions: Array.from({ length: 21 }, (_, i) => `ACTION_${i}`) } })).toBe('BAD_USER_INPUT');
    expect(await bad({ f: { actions: ['X'.repeat(61)] } })).toBe('BAD_USER_INPUT');
    expect(await bad({ f: { subjectType: 'T'.repeat(61) } })).toBe('BAD_USER_INPUT');
    expect(await bad({ first: 101 })).toBe('BAD_USER_INPUT');
    expect(await bad({ after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
    const twenty = await app.admin.gql(EVENTS, { f: { actions: Array.from({ length: 20 }, (_, i) => `A${i}`.padEnd(60, '_')) } });
    expect(twenty.errors).toBeUndefined();
    expect(twenty.data?.auditEvents.totalCount).toBe(0);
  });
});
