import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { codeOf, startTestApp, type TestApp } from '../support/app';
import { actAs, communityWithSecretary } from '../support/factories';

// One way to change state (issue #12): cases, needs and their claims, sign-ups and yellow ribbons change
// through one transition mechanism (api/src/shared/workflow/transition.ts). What a user sees of it: the
// same order of refusals everywhere (not found, then not allowed, then not now), an event for every change
// and none for a refusal, the notification with the event; every need begins its history the same way,
// whichever door it came in by; and one rule for the event tables' keys.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const RIBBON = 'id status assignee { id } events { action note actor { id } }';

async function householdWithRibbon() {
  const { community, secretary } = await communityWithSecretary(app);
  const household = await secretary.gql('mutation($i: HouseholdInput!) { addHousehold(input: $i) { id } }', {
    i: { communityId: community.id, residents: '程婆婆', address: '砂子岭 2 号', situation: '独居', consent: true },
  });
  const householdId = household.data?.addHousehold.id as string;
  const raised = await secretary.gql(`mutation($h: ID!) { raiseYellowRibbon(householdId: $h, note: "门口挂了黄丝带") { ${RIBBON} } }`, { h: householdId });
  const volunteer = await actAs(app, ['VOLUNTEER' as never], { communityId: community.id });
  const neighbour = await actAs(app, ['VOLUNTEER' as never], { communityId: community.id });
  return { community, secretary, ribbonId: raised.data?.raiseYellowRibbon.id as string, volunteer, neighbour };
}

const eventCount = async (table: string, column: string, id: string) =>
  Number((await app.orm.em.fork().execute(`SELECT count(*) AS n FROM ${table} WHERE ${column} = ?`, [id]))[0].n);

describe('one way to change state', () => {
  it('a yellow ribbon: refusals in one order and without an event, each step its event, the assignment told once to the one assigned', async () => {
    const r = await householdWithRibbon();
    const resolve = (who: typeof r.secretary, id: string) => who.gql(`mutation($id: ID!) { resolveYellowRibbon(id: $id, note: "已上门") { ${RIBBON} } }`, { id });
    // Not found: an id that names nothing, one that is not an id, one in another community.
    const elsewhere = await communityWithSecretary(app);
    expect(codeOf(await resolve(r.secretary, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
    expect(codeOf(await resolve(r.secretary, 'not-an-id'))).toBe('NOT_FOUND');
    expect(codeOf(await resolve(elsewhere.secretary, r.ribbonId))).toBe('NOT_FOUND');
    // Not allowed before not now: a volunteer who is not assigned may not resolve it, whatever its status.
    expect(codeOf(await resolve(r.volunteer.caller, r.ribbonId))).toBe('FORBIDDEN');
    // Not now: the secretary may resolve, but not an OPEN request nobody has gone to.
    const early = await resolve(r.secretary, r.ribbonId);
    expect([codeOf(early), early.errors?.[0].message]).toEqual(['CONFLICT', '该求助当前状态为“OPEN”，不能进行此操作。']);
    expect(await eventCount('ribbon_event', 'request_id', r.ribbonId)).toBe(1);

    const assigned = await r.secretary.gql(`mutation($id: ID!, $u: ID!) { assignYellowRibbon(id: $id, userId: $u) { ${RIBBON} } }`, { id: r.ribbonId, u: r.volunteer.user.id });
    expect(assigned.data?.assignYellowRibbon.assignee.id).toBe(r.volunteer.user.id);
    // A neighbour may take an open request on themself, not one assigned to someone else.
    expect(codeOf(await r.neighbour.caller.gql('mutation($id: ID!) { assignYellowRibbon(id: $id) { id } }', { id: r.ribbonId }))).toBe('FORBIDDEN');
    expect(codeOf(await r.neighbour.caller.gql('mutation($id: ID!) { markYellowRibbonVisited(id: $id) { id } }', { id: r.ribbonId }))).toBe('FORBIDDEN');
    await r.volunteer.caller.gql('mutation($id: ID!) { markYellowRibbonVisited(id: $id, note: "买了药") { id } }', { id: r.ribbonId });
    const done = await resolve(r.volunteer.caller, r.ribbonId);
    expect(done.data?.resolveYellowRibbon.status).toBe('RESOLVED');
    expect(codeOf(await resolve(r.volunteer.caller, r.ribbonId))).toBe('CONFLICT');

    // Read back by a later request: one event per change, in order, by whom, with the notes.
    const read = await r.secretary.gql(`{ yellowRibbons(includeResolved: true) { ${RIBBON} } }`);
    const ribbon = read.data?.yellowRibbons.find((x: { id: string }) => x.id === r.ribbonId);
    expect(ribbon.events.map((e: any) => [e.action, e.actor.id === r.volunteer.user.id ? 'volunteer' : 'secretary', e.note])).toEqual([
      ['RAISED', 'secretary', '门口挂了黄丝带'],
      ['ASSIGNED', 'secretary', null],
      ['VISITED', 'volunteer', '买了药'],
      ['RESOLVED', 'volunteer', '已上门'],
    ]);
    const told = await app.orm.em
      .fork()
      .execute<{ recipient_id: string }[]>(`SELECT n.recipient_id FROM notification n WHERE n.object_id = ? AND n.kind = 'RIBBON_ASSIGNED'`, [r.ribbonId]);
    expect(told.map((n) => n.recipient_id)).toEqual([r.volunteer.user.id]);
  });

  it('every need begins the same way: the form, the spreadsheet and a care visit each give a draft with one CREATED event', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const fromForm = await secretary.gql('mutation($i: CreateNeedInput!) { createNeed(input: $i) { id } }', {
      i: { communityId: community.id, title: '修补砂子岭路面', category: 'INFRASTRUCTURE' },
    });
    const csv = '\uFEFF标题,类别,描述,可认领单位数,网格,地点,预算（元）\n疏通下水道,INFRASTRUCTURE,,2,,,\n';
    const imported = await secretary.gql('mutation($c: ID!, $f: String!, $b: String!) { importNeeds(communityId: $c, fileName: $f, contentBase64: $b) { needs { id } } }', {
      c: community.id,
      f: 'needs.csv',
      b: Buffer.from(csv).toString('base64'),
    });
    const household = await secretary.gql('mutation($i: HouseholdInput!) { addHousehold(input: $i) { id } }', {
      i: { communityId: community.id, residents: '黎爹爹', address: '翠泉花苑 1 栋', situation: '腿脚不便', consent: true },
    });
    const visit = await secretary.gql('mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id raisedNeedId } }', {
      i: { householdId: household.data?.addHousehold.id, concerns: '楼道灯坏了', raiseNeed: { title: '楼道灯维修' } },
    });
    const ids = [fromForm.data?.createNeed.id, imported.data?.importNeeds.needs[0].id, visit.data?.recordVisit.raisedNeedId];
    expect(ids.every(Boolean)).toBe(true);
    const histories = [];
    for (const id of ids) histories.push((await secretary.gql('query($id: ID!) { need(id: $id) { status events { action note actor { id } } } }', { id })).data?.need);
    expect(histories.map((h: any) => [h.status, h.events.map((e: any) => [e.action, e.note])])).toEqual([
      ['DRAFT', [['CREATED', null]]],
      ['DRAFT', [['CREATED', '批量导入']]],
      ['DRAFT', [['CREATED', '走访中发现']]],
    ]);
  });

  it('one rule for the event tables: the subject cascades, the person who acted restricts, a unit is set null', async () => {
    const rows = await app.orm.em.fork().execute<{ table: string; target: string; rule: string }[]>(
      `SELECT c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS target, c.confdeltype AS rule
       FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid::regclass::text IN ('case_event', 'need_event', 'ribbon_event') ORDER BY 1, 2`,
    );
    const rule = { a: 'no action', c: 'cascade', n: 'set null', r: 'restrict', d: 'set default' } as Record<string, string>;
    expect(rows.map((r) => `${r.table} → ${r.target}: ${rule[r.rule]}`)).toEqual([
      'case_event → app_user: restrict',
      'case_event → case_file: cascade',
      'case_event → partner_unit: set null',
      'need_event → app_user: restrict',
      'need_event → need: cascade',
      'need_event → partner_unit: set null',
      'ribbon_event → app_user: restrict',
      'ribbon_event → ribbon_request: cascade',
    ]);
    // So a secretary who published a need cannot be deleted out from under its history (deactivate them instead).
    const { community, secretary } = await communityWithSecretary(app);
    const user = (await secretary.gql('{ me { id } }')).data?.me;
    const need = await secretary.gql('mutation($i: CreateNeedInput!) { createNeed(input: $i) { id } }', {
      i: { communityId: community.id, title: '修路灯', category: 'INFRASTRUCTURE' },
    });
    await expect(app.orm.em.fork().execute('DELETE FROM app_user WHERE id = ?', [user.id])).rejects.toThrow(/need_event_actor_id_foreign|foreign key/);
    expect(await eventCount('need_event', 'need_id', need.data?.createNeed.id)).toBe(1);
  });

  it('in the source: every event of these objects is written by its flow, but for the one-statement SQL paths named here', () => {
    const root = join(__dirname, '..', '..');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts')) files.push(path);
      }
    };
    walk(join(root, 'api', 'src'));
    // Writing an event row, or the audit row of a sign-up: the helpers that do it are the flows' only tools.
    const WRITES =
      /recordCaseEvent\(|recordNeedEvent\(|create\(RibbonEvent|insert into (case|need|ribbon)_event|'TASK_(SIGNED_UP|WAITLISTED|WITHDRAWN)'|action: 'TASK_PROMOTED'|`TASK_\$\{/i;
    const DEFINITIONS = ['api/src/modules/case/case-events.ts', 'api/src/modules/joint/need-events.ts'];
    const writers = files
      .map((f) => relative(root, f))
      .filter((f) => !DEFINITIONS.includes(f) && WRITES.test(readFileSync(join(root, f), 'utf8')))
      .sort();
    expect(writers).toEqual([
      'api/src/modules/care/ribbon-flow.ts',
      'api/src/modules/case/case-flow.ts',
      // The one-statement report of a case without photos (REPORTED), as the intake benchmark needs it.
      'api/src/modules/case/case.service.ts',
      // The one-statement claim and release of the meeting storm (CLAIMED, RELEASED); they fall back to transitions.
      'api/src/modules/joint/claim.service.ts',
      'api/src/modules/joint/need-flow.ts',
      // The overdue sweep escalates cases in bulk as the system (ESCALATED).
      'api/src/modules/notify/sweeps.ts',
      'api/src/modules/volunteer/task-flow.ts',
    ]);
  });
});
