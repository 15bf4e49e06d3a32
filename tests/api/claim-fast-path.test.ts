import { codeOf, type GqlResult, startTestApp, type TestApp } from '../support/app';
import { CLAIM_NEED, caseCast, communityWithSecretary, must as mustHave, publishedNeed, REPORT_CASE, unitWithRep } from '../support/factories';
import { jpegWithGps } from '../support/images';

// Every answer here is checked field by field: data as loosely typed as the tests read it.
const must = (result: GqlResult, what: string): Record<string, any> => mustHave<Record<string, any>>(result, what);

// Claims and case reports take one statement in the common case; these stories check that the
// short path keeps every rule, answer and row of the long one.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => app.orm.em.fork().execute<T[]>(text, params);
const NEED =
  'query($id: ID!) { need(id: $id) { status claimCount claims { id claimedAt releasedAt releaseReason unit { name } meeting { id } } events { action unit { name } } } }';
const CLAIM =
  'mutation($id: ID!, $m: ID) { claimNeed(needId: $id, meetingId: $m) { id claimedAt releasedAt releaseReason unit { name } meeting { id } need { status claimCount createdAt publishedAt closedAt } } }';

/** Statements that touched the tables of `pattern` while `work` ran (nothing else runs here meanwhile). */
async function statementsOn(pattern: RegExp, work: () => Promise<unknown>): Promise<string[]> {
  app.queries.length = 0;
  await work();
  return app.queries.filter((q) => /^\[query\]/.test(q) && pattern.test(q));
}

describe('claiming in one statement', () => {
  it('30 units race for a need with two places: two win, 28 are told both names, and the count, claims and events agree', async () => {
    const { community, secretary } = await communityWithSecretary(app, '沙子岭社区');
    const needId = await publishedNeed(secretary, community.id, '楼道照明改造', 2);
    const reps = await Promise.all(Array.from({ length: 30 }, (_, i) => unitWithRep(app, `沙子岭抢单${i}`)));
    const results = await Promise.all(reps.map(({ rep }) => rep.gql(CLAIM_NEED, { id: needId })));
    const winners = results.filter((r) => !r.errors).map((r) => r.data?.claimNeed.unit.name as string);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(2);
    expect(losers).toHaveLength(28);
    for (const loser of losers) {
      expect(codeOf(loser)).toBe('CONFLICT');
      for (const name of winners) expect(loser.errors?.[0].message).toContain(name);
    }
    const need = must(await secretary.gql(NEED, { id: needId }), 'need').need;
    expect(need.status).toBe('CLAIMED');
    expect(need.claimCount).toBe(2);
    expect(new Set(need.claims.map((c: { unit: { name: string } }) => c.unit.name))).toEqual(new Set(winners));
    const claimed = need.events.filter((e: { action: string }) => e.action === 'CLAIMED');
    expect(new Set(claimed.map((e: { unit: { name: string } }) => e.unit.name))).toEqual(new Set(winners));
    expect(claimed).toHaveLength(2);
    const [row] = await sql<{ claim_count: number; active: number; all: number }>(
      `SELECT n.claim_count, (SELECT count(*)::int FROM need_claim c WHERE c.need_id = n.id AND c.active_unit_id IS NOT NULL) AS active,
         (SELECT count(*)::int FROM need_claim c WHERE c.need_id = n.id) AS all FROM need n WHERE n.id = ?`,
      [needId],
    );
    expect(row).toEqual({ claim_count: 2, active: 2, all: 2 });
  });

  it('a claim answers and stores what the locked path stored: the read-back equals the answer, the rows carry unit, meeting and actor', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const meeting = must(
      await secretary.gql('mutation($i: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $i) { id } }', {
        i: { communityId: community.id, title: '季度联席会', heldAt: new Date().toISOString() },
      }),
      'meeting',
    ).scheduleJointMeeting.id as string;
    const needId = await publishedNeed(secretary, community.id, '垃圾分类亭', 3);
    const { rep, unit } = await unitWithRep(app, '城管局一');
    const answer = must(await rep.gql(CLAIM, { id: needId, m: meeting }), 'claimNeed').claimNeed;
    expect(answer).toMatchObject({ releasedAt: null, releaseReason: null, unit: { name: '城管局一' }, meeting: { id: meeting }, need: { status: 'PUBLISHED', claimCount: 1 } });
    const { id, claimedAt, releasedAt, releaseReason, unit: u, meeting: m } = answer;
    expect(must(await secretary.gql(NEED, { id: needId }), 'need').need.claims).toEqual([{ id, claimedAt, releasedAt, releaseReason, unit: u, meeting: m }]);
    const read = must(await secretary.gql('query($id: ID!) { need(id: $id) { status claimCount createdAt publishedAt closedAt } }', { id: needId }), 'need').need;
    expect(answer.need).toEqual(read);
    const [claimRow] = await sql('SELECT unit_id, active_unit_id, meeting_id, claimed_at FROM need_claim WHERE id = ?', [id]);
    expect(claimRow).toMatchObject({ unit_id: unit.id, active_unit_id: unit.id, meeting_id: meeting });
    const [event] = await sql<{ actor_id: string; unit_id: string; meeting_id: string; note: null }>(
      `SELECT e.actor_id, e.unit_id, e.meeting_id, e.note FROM need_event e WHERE e.need_id = ? AND e.action = 'CLAIMED'`,
      [needId],
    );
    const [repUser] = await sql<{ id: string }>('SELECT id FROM app_user WHERE unit_id = ?', [unit.id]);
    expect(event).toEqual({ actor_id: repUser.id, unit_id: unit.id, meeting_id: meeting, note: null });
    const [needRow] = await sql<{ fresh: boolean }>(`SELECT updated_at >= now() - interval '1 minute' AS fresh FROM need WHERE id = ?`, [needId]);
    expect(needRow.fresh).toBe(true);
  });

  it('every refusal keeps its code and message', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const other = await communityWithSecretary(app);
    const { rep } = await unitWithRep(app, '水务局一');
    const { rep: second } = await unitWithRep(app, '水务局二');
    const en = { lang: 'en' };
    const draft = must(
      await secretary.gql('mutation($i: CreateNeedInput!) { createNeed(input: $i) { id } }', { i: { communityId: community.id, title: '草稿', category: 'OTHER' } }),
      'draft',
    );
    expect(codeOf(await rep.gql(CLAIM_NEED, { id: draft.createNeed.id }))).toBe('NOT_FOUND');
    expect(codeOf(await rep.gql(CLAIM_NEED, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(codeOf(await rep.gql(CLAIM_NEED, { id: 'not-an-id' }))).toBe('NOT_FOUND');

    const needId = await publishedNeed(secretary, community.id, '排水管疏通', 1);
    expect((await rep.gql(CLAIM_NEED, { id: needId })).errors).toBeUndefined();
    const again = await rep.gql(CLAIM_NEED, { id: needId }, en);
    expect([codeOf(again), again.errors?.[0].message]).toEqual(['CONFLICT', 'Your unit has already claimed this need.']);
    const full = await second.gql(CLAIM_NEED, { id: needId }, en);
    expect([codeOf(full), full.errors?.[0].message]).toEqual(['CONFLICT', 'This need is already fully claimed, first by: 水务局一.']);

    const cancelled = await publishedNeed(secretary, community.id, '将取消', 2);
    await secretary.gql('mutation($id: ID!) { cancelNeed(id: $id, reason: "街道已解决") { status } }', { id: cancelled });
    const notOpen = await rep.gql(CLAIM_NEED, { id: cancelled }, en);
    expect(codeOf(notOpen)).toBe('CONFLICT');
    expect(notOpen.errors?.[0].message).toMatch(/cannot be claimed/);

    const open = await publishedNeed(secretary, community.id, '会上认领', 2);
    const elsewhere = must(
      await other.secretary.gql('mutation($i: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $i) { id } }', {
        i: { communityId: other.community.id, title: '别的社区的会', heldAt: new Date().toISOString() },
      }),
      'meeting',
    ).scheduleJointMeeting.id;
    expect(codeOf(await rep.gql(CLAIM_NEED, { id: open, m: elsewhere }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await rep.gql(CLAIM_NEED, { id: open, m: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(codeOf(await rep.gql(CLAIM_NEED, { id: open, m: 'not-an-id' }))).toBe('NOT_FOUND');
    // None of the refused claims took a place or left a row.
    const need = must(await secretary.gql(NEED, { id: open }), 'need').need;
    expect(need).toMatchObject({ status: 'PUBLISHED', claimCount: 0, claims: [] });

    must(await secretary.gql('mutation($c: ID!) { setClaimCap(communityId: $c, cap: 1) { id } }', { c: community.id }), 'cap');
    const { rep: capped } = await unitWithRep(app, '水务局三');
    expect((await capped.gql(CLAIM_NEED, { id: open })).errors).toBeUndefined();
    const third = await publishedNeed(secretary, community.id, '第三项', 2);
    const cap = await capped.gql(CLAIM_NEED, { id: third }, en);
    expect([codeOf(cap), cap.errors?.[0].message]).toEqual(['CONFLICT', 'Your unit already holds 1 open claims in this community, the limit.']);
  });

  it('a claim is one statement on the need tables, and so is a refusal of a need already full', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const needId = await publishedNeed(secretary, community.id, '一条语句', 1);
    const { rep } = await unitWithRep(app);
    const { rep: late } = await unitWithRep(app);
    const won = await statementsOn(/\bneed/i, async () => expect((await rep.gql('mutation($id: ID!) { claimNeed(needId: $id) { id } }', { id: needId })).errors).toBeUndefined());
    expect(won).toHaveLength(1);
    const lost = await statementsOn(/\bneed/i, async () => expect(codeOf(await late.gql('mutation($id: ID!) { claimNeed(needId: $id) { id } }', { id: needId }))).toBe('CONFLICT'));
    expect(lost).toHaveLength(1);
  });
});

describe('giving a claim back in one statement', () => {
  const RELEASE = 'mutation($id: ID!, $r: String!) { releaseClaim(needId: $id, reason: $r) { status claimCount } }';

  it('five releases of one claim at once: one is granted, the count goes down once, one RELEASED event with the reason and meeting', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const meeting = must(
      await secretary.gql('mutation($i: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $i) { id } }', {
        i: { communityId: community.id, title: '放弃认领的会', heldAt: new Date().toISOString() },
      }),
      'meeting',
    ).scheduleJointMeeting.id as string;
    const needId = await publishedNeed(secretary, community.id, '健身器材维修', 2);
    const first = await unitWithRep(app, '体育局一');
    const second = await unitWithRep(app, '体育局二');
    must(await first.rep.gql(CLAIM_NEED, { id: needId, m: meeting }), 'claim');
    must(await second.rep.gql(CLAIM_NEED, { id: needId }), 'claim');
    const results = await Promise.all(Array.from({ length: 5 }, () => first.rep.gql(RELEASE, { id: needId, r: '  器材未到  ' })));
    expect(results.filter((r) => !r.errors).map((r) => r.data?.releaseClaim)).toEqual([{ status: 'PUBLISHED', claimCount: 1 }]);
    expect(results.filter((r) => r.errors).map(codeOf)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
    const [claim] = await sql<{ active_unit_id: null; release_reason: string; released: boolean }>(
      'SELECT active_unit_id, release_reason, released_at IS NOT NULL AS released FROM need_claim WHERE need_id = ? AND unit_id = ?',
      [needId, first.unit.id],
    );
    expect(claim).toEqual({ active_unit_id: null, release_reason: '器材未到', released: true });
    const events = await sql('SELECT unit_id, meeting_id, note FROM need_event WHERE need_id = ? AND action = ?', [needId, 'RELEASED']);
    expect(events).toEqual([{ unit_id: first.unit.id, meeting_id: meeting, note: '器材未到' }]);
    // In progress with its last claim given back, the need is open again.
    must(await second.rep.gql('mutation($id: ID!) { reportNeedProgress(needId: $id, note: "已开工") { status } }', { id: needId }), 'progress');
    const statements = await statementsOn(/\bneed/i, async () =>
      expect(must(await second.rep.gql(RELEASE, { id: needId, r: '转交' }), 'release').releaseClaim).toEqual({ status: 'PUBLISHED', claimCount: 0 }),
    );
    expect(statements).toHaveLength(1);
  });
});

describe('the needs board read as plain rows', () => {
  const FIELDS = `id title description category status location budgetEstimate maxClaimants claimCount publishedAt completionReportedAt closedAt cancelReason createdAt
    community { id name subdistrict address maxOpenClaimsPerUnit createdAt } grid { id }
    claims { id claimedAt releasedAt releaseReason meeting { id } unit { id name kind contactName contactPhone address active createdAt } }`;

  it('a page of needs answers exactly what each need answers alone (entities), in two statements whatever its size', async () => {
    const { community, secretary } = await communityWithSecretary(app, '凤凰山社区');
    const reps = await Promise.all([unitWithRep(app, '供电公司一'), unitWithRep(app, '供电公司二')]);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const id = await publishedNeed(secretary, community.id, `凤凰山需求${i}`, 2);
      for (const { rep } of reps.slice(0, i % 3)) must(await rep.gql(CLAIM_NEED, { id }), 'claim');
      ids.push(id);
    }
    await secretary.gql('mutation($id: ID!) { cancelNeed(id: $id, reason: "重复") { id } }', { id: ids[5] });
    const PAGE = `query($f: NeedFilter, $first: Int, $after: String) { needs(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${FIELDS} } } } }`;
    const nodes: Record<string, unknown>[] = [];
    let after: string | null = null;
    let statements: string[] = [];
    do {
      const run: () => Promise<void> = async () => {
        const page: any = must(await secretary.gql(PAGE, { f: { communityId: community.id }, first: 4, after }), 'needs').needs;
        expect(page.totalCount).toBe(6);
        nodes.push(...page.edges.map((e: { node: Record<string, unknown> }) => e.node));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      };
      statements = await statementsOn(/^(?![\s\S]*\b(session|app_user)\b)/, run);
      expect(statements.filter((q) => /\b(select|insert|update|delete)\b/i.test(q))).toHaveLength(2);
    } while (after);
    expect(nodes.map((n) => n.id)).toEqual([...ids].reverse());
    for (const node of nodes) {
      const alone = must(await secretary.gql(`query($id: ID!) { need(id: $id) { ${FIELDS} } }`, { id: node.id }), 'need').need;
      expect(node).toEqual(alone);
    }
  });
});

describe('reporting a case in one statement', () => {
  const REPORT = 'mutation($i: ReportCaseInput!) { reportCase(input: $i) { id number status reportedAt acceptDueAt category community { id } events { action } } }';
  const READ = 'query($id: ID!) { case(id: $id) { id number status reportedAt acceptDueAt category community { id } events { action } } }';

  it('a report reads back as it answered, with the deadline of its category, like a report with a photo (the entity path)', async () => {
    const { gridWorker: worker, officer, community } = await caseCast(app);
    must(await officer.gql('mutation { setRoutingRule(input: { category: LIGHTING, acceptHours: 5 }) { category } }'), 'rule');
    must(await officer.gql('mutation { setRoutingRule(input: { category: OTHER, acceptHours: 7 }) { category } }'), 'rule');
    const hours = (c: { reportedAt: string; acceptDueAt: string }) => (Date.parse(c.acceptDueAt) - Date.parse(c.reportedAt)) / 3_600_000;

    const lit = must(await worker.gql(REPORT, { i: { title: '路灯不亮', category: 'LIGHTING', idempotencyKey: 'fast-1' } }), 'report').reportCase;
    expect(hours(lit)).toBe(5);
    expect(must(await officer.gql(READ, { id: lit.id }), 'case').case).toEqual(lit);
    // No category: OTHER, with the default deadline (the routing table is read only for a chosen category), as openCase does.
    const plain = must(await worker.gql(REPORT, { i: { title: '说不清的问题' } }), 'report').reportCase;
    expect(plain).toMatchObject({ category: 'OTHER', status: 'REPORTED', community: { id: community.id }, events: [{ action: 'REPORTED' }] });
    expect(hours(plain)).toBe(2);

    const up = await fetch(`${app.url}/api/uploads`, {
      method: 'POST',
      headers: { 'content-type': 'image/jpeg', authorization: `Bearer ${worker.token}` },
      body: jpegWithGps(29.7, 113.9),
    });
    const photoId = ((await up.json()) as { id: string }).id;
    const slow = must(await worker.gql(REPORT, { i: { title: '路灯不亮', category: 'LIGHTING', photoIds: [photoId] } }), 'report').reportCase;
    expect(hours(slow)).toBe(5);
    const columns = `title, description, category, status, address, latitude, longitude, community_id, reporter_id, assigned_unit_id, due_at, verify_due_at,
      filed_at, handled_at, closed_at, rework_count, accept_due_at - reported_at AS accept_in, (SELECT count(*)::int FROM case_event e WHERE e.case_id = f.id AND e.action = 'REPORTED' AND e.actor_id = f.reporter_id) AS events`;
    const [fastRow] = await sql(`SELECT ${columns} FROM case_file f WHERE id = ?`, [lit.id]);
    const [slowRow] = await sql(`SELECT ${columns} FROM case_file f WHERE id = ?`, [slow.id]);
    expect(fastRow).toEqual(slowRow);
    expect(fastRow).toMatchObject({ community_id: community.id, events: 1 });
  });

  it('twelve retries with one key at once: one case, one event, the same answer to all', async () => {
    const { gridWorker: worker } = await caseCast(app);
    const input = { title: '窨井盖松动', idempotencyKey: 'fast-retry-1' };
    const results = await Promise.all(Array.from({ length: 12 }, () => worker.gql(REPORT_CASE, { i: input })));
    expect(results.every((r) => !r.errors)).toBe(true);
    const ids = new Set(results.map((r) => r.data?.reportCase.id));
    expect(ids.size).toBe(1);
    const [row] = await sql<{ cases: number; events: number }>(
      `SELECT count(*)::int AS cases, (SELECT count(*)::int FROM case_event e WHERE e.case_id = ANY(array_agg(f.id))) AS events FROM case_file f WHERE f.idempotency_key = 'fast-retry-1'`,
    );
    expect(row).toEqual({ cases: 1, events: 1 });
    expect(codeOf(await worker.gql(REPORT_CASE, { i: { title: '别处', communityId: '00000000-0000-4000-8000-000000000000' } }))).toBe('NOT_FOUND');
  });

  it('a report is one statement on the case tables', async () => {
    const { gridWorker: worker } = await caseCast(app);
    const statements = await statementsOn(/\bcase_(file|event)\b/i, async () =>
      must(await worker.gql('mutation($i: ReportCaseInput!) { reportCase(input: $i) { id } }', { i: { title: '一条语句', idempotencyKey: 'one-1' } }), 'report'),
    );
    expect(statements).toHaveLength(1);
  });
});
