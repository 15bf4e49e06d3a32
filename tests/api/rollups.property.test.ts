import fc from 'fast-check';
import { startTestApp, type TestApp } from '../support/app';
import { actAs, CLAIM_NEED, CREATE_NEED, communityWithSecretary, PUBLISH_NEED, REPORT_CASE, unitWithRep } from '../support/factories';
import { oldByCommunity, oldByMonth, oldByUnit, oldCaseReport, oldTotals, rollupDifferences } from './rollups.reference';

// Any sequence of changes through the API — needs published, claimed, released, cancelled; agreements
// signed, terminated and run out; resources offered and withdrawn; cases reported, accepted, rejected,
// dispatched, signed for (in time or late), handled, sent back, verified, closed and followed up (sent back
// to rework); cases deleted with their follow-ups; and times moved back across days and months —
// leaves every rollup table equal to a recount from the base tables, and the dashboard and case
// statistics read from the rollups answer exactly what the old scans answer, for any window.

type Caller = TestApp['admin'];
const DAY = 86_400_000;

const action = fc.oneof(
  fc.record({ kind: fc.constant('need' as const), community: fc.nat(1), places: fc.integer({ min: 1, max: 2 }) }),
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('claim' as const), unit: fc.nat(2), need: fc.nat(9) }) },
  fc.record({ kind: fc.constant('release' as const), unit: fc.nat(2), need: fc.nat(9) }),
  fc.record({ kind: fc.constant('cancel' as const), need: fc.nat(9) }),
  fc.record({ kind: fc.constant('sign' as const), community: fc.nat(1), unit: fc.nat(2) }),
  fc.record({ kind: fc.constant('terminate' as const), agreement: fc.nat(9) }),
  fc.record({ kind: fc.constant('runOut' as const), agreement: fc.nat(9) }),
  fc.record({ kind: fc.constant('resource' as const), unit: fc.nat(2) }),
  fc.record({ kind: fc.constant('withdraw' as const), resource: fc.nat(9) }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('report' as const), community: fc.nat(1) }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('step' as const),
      case: fc.nat(19),
      steps: fc.integer({ min: 1, max: 5 }),
      unit: fc.nat(2),
      pass: fc.boolean(),
      reject: fc.boolean(),
    }),
  },
  fc.record({ kind: fc.constant('overdue' as const), case: fc.nat(19) }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('signFor' as const), case: fc.nat(19), late: fc.boolean() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('followUp' as const),
      case: fc.nat(19),
      solved: fc.constantFrom('SOLVED', 'PARTLY_SOLVED', 'NOT_SOLVED'),
      satisfaction: fc.constantFrom('SATISFIED', 'BASICALLY_SATISFIED', 'NOT_SATISFIED'),
    }),
  },
  fc.record({ kind: fc.constant('deleteCase' as const), case: fc.nat(19) }),
  fc.record({ kind: fc.constant('moveCase' as const), case: fc.nat(19), days: fc.integer({ min: 1, max: 40 }), hours: fc.nat(23) }),
  fc.record({ kind: fc.constant('moveNeed' as const), need: fc.nat(9), days: fc.integer({ min: 1, max: 70 }) }),
);
type Action = typeof action extends fc.Arbitrary<infer T> ? T : never;

let app: TestApp;
let officer: Caller;
const communities: { id: string; secretary: Caller; worker: Caller }[] = [];
const units: { id: string; rep: Caller }[] = [];
const needs: { id: string; community: (typeof communities)[number] }[] = [];
const agreements: { id: string; community: (typeof communities)[number] }[] = [];
const resources: { id: string; unit: (typeof units)[number] }[] = [];
const cases: { id: string; worker: Caller }[] = [];
const seenChanges = { followUps: 0, reworks: 0, lateSignFors: 0, deletedCases: 0, pendingAgain: 0 };

beforeAll(async () => {
  app = await startTestApp();
  for (let i = 0; i < 2; i++) {
    const { community, secretary } = await communityWithSecretary(app);
    const { caller: worker } = await actAs(app, ['GRID_WORKER' as never], { communityId: community.id });
    communities.push({ id: community.id, secretary, worker });
  }
  for (let i = 0; i < 3; i++) {
    const { unit, rep } = await unitWithRep(app);
    units.push({ id: unit.id, rep });
  }
  officer = (await actAs(app, ['COMMAND_CENTER' as never])).caller;
});
afterAll(() => app?.close());

const pick = <T>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);

/** The case's next step in the workflow, whatever its status (CLOSED and REJECTED have none); returns the status it was in. */
async function step(c: (typeof cases)[number], unit: number, reject: boolean, pass: boolean): Promise<string | undefined> {
  const [row] = await app.orm.em.fork().execute('SELECT status, assigned_unit_id AS unit FROM case_file WHERE id = ?', [c.id]);
  const rep = units.find((u) => u.id === row?.unit)?.rep ?? units[unit].rep;
  const id = c.id;
  if (row?.status === 'REPORTED')
    await officer.gql(reject ? 'mutation($id: ID!) { rejectCase(id: $id, reason: "不属实") { id } }' : 'mutation($id: ID!) { acceptCase(id: $id) { id } }', { id });
  else if (row?.status === 'ACCEPTED') await officer.gql('mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { id } }', { id, u: units[unit].id });
  else if (row?.status === 'DISPATCHED') await rep.gql('mutation($id: ID!) { handleCase(id: $id, note: "已处理") { id } }', { id });
  else if (row?.status === 'HANDLED') await c.worker.gql('mutation($id: ID!, $p: Boolean!) { verifyCase(id: $id, passed: $p) { id } }', { id, p: pass });
  else if (row?.status === 'VERIFIED') await officer.gql('mutation($id: ID!) { closeCase(id: $id) { id } }', { id });
  return row?.status;
}

/** One change through the API (refusals are fine: they change nothing), or a direct move of times into the past. */
async function apply(a: Action): Promise<void> {
  const em = app.orm.em.fork();
  switch (a.kind) {
    case 'need': {
      const c = communities[a.community];
      const created = await c.secretary.gql(CREATE_NEED, { i: { communityId: c.id, title: '修缮楼道', category: 'INFRASTRUCTURE', maxClaimants: a.places } });
      const id = created.data?.createNeed.id;
      if (id) {
        await c.secretary.gql(PUBLISH_NEED, { id });
        needs.push({ id, community: c });
      }
      return;
    }
    case 'claim': {
      const need = pick(needs, a.need);
      if (need) await units[a.unit].rep.gql(CLAIM_NEED, { id: need.id });
      return;
    }
    case 'release': {
      const need = pick(needs, a.need);
      if (need) await units[a.unit].rep.gql('mutation($id: ID!) { releaseClaim(needId: $id, reason: "人手不足") { id } }', { id: need.id });
      return;
    }
    case 'cancel': {
      const need = pick(needs, a.need);
      if (need) await need.community.secretary.gql('mutation($id: ID!) { cancelNeed(id: $id, reason: "不再需要") { id } }', { id: need.id });
      return;
    }
    case 'sign': {
      const c = communities[a.community];
      const signed = await c.secretary.gql('mutation($i: SignAgreementInput!) { signAgreement(input: $i) { id } }', { i: { communityId: c.id, unitId: units[a.unit].id } });
      if (signed.data?.signAgreement) agreements.push({ id: signed.data.signAgreement.id, community: c });
      return;
    }
    case 'terminate': {
      const ag = pick(agreements, a.agreement);
      if (ag) await ag.community.secretary.gql('mutation($id: ID!) { terminateAgreement(id: $id, reason: "到期不续") { id } }', { id: ag.id });
      return;
    }
    case 'runOut': {
      // Its period ends in the past: the next read of agreements or the dashboard expires it.
      const ag = pick(agreements, a.agreement);
      if (ag)
        await em.execute(
          `UPDATE agreement SET valid_from = least(valid_from, now() - interval '2 days'), valid_until = now() - interval '1 day' WHERE id = ? AND status = 'ACTIVE'`,
          [ag.id],
        );
      return;
    }
    case 'resource': {
      const u = units[a.unit];
      const added = await u.rep.gql('mutation($i: AddResourceInput!) { addResource(input: $i) { id } }', { i: { title: '会议室', category: 'VENUE' } });
      if (added.data?.addResource) resources.push({ id: added.data.addResource.id, unit: u });
      return;
    }
    case 'withdraw': {
      const r = pick(resources, a.resource);
      if (r) await r.unit.rep.gql('mutation($id: ID!) { withdrawResource(id: $id) { id } }', { id: r.id });
      return;
    }
    case 'report': {
      const worker = communities[a.community].worker;
      const reported = await worker.gql(REPORT_CASE, { i: { title: '井盖破损' } });
      if (reported.data?.reportCase) cases.push({ id: reported.data.reportCase.id, worker });
      return;
    }
    case 'step': {
      // The case's next steps, whatever its status: the workflow refuses what does not apply.
      const c = pick(cases, a.case);
      for (let i = 0; c && i < a.steps; i++) await step(c, a.unit, a.reject && i === 0, a.pass || i > 0);
      return;
    }
    case 'overdue': {
      const c = pick(cases, a.case);
      if (c) await em.execute(`UPDATE case_file SET due_at = now() - interval '1 hour' WHERE id = ?`, [c.id]);
      return;
    }
    case 'signFor': {
      // 签收 by the unit, in time or after its response deadline has passed; a case not yet with a unit is dispatched first,
      // and one past signing for (handled, closed, rejected) gives way to a new report, so every such action signs for one.
      let c = pick(cases, a.case);
      const [state] = c ? await em.execute('SELECT status, acknowledged_at FROM case_file WHERE id = ?', [c.id]) : [];
      if (!c || !['REPORTED', 'ACCEPTED', 'DISPATCHED'].includes(state?.status) || state?.acknowledged_at) {
        const worker = communities[a.case % communities.length].worker;
        const reported = await worker.gql(REPORT_CASE, { i: { title: '路灯不亮' } });
        if (!reported.data?.reportCase) return;
        c = { id: reported.data.reportCase.id, worker };
        cases.push(c);
      }
      const [before] = await em.execute('SELECT status FROM case_file WHERE id = ?', [c.id]);
      if (before?.status === 'REPORTED') await officer.gql('mutation($id: ID!) { acceptCase(id: $id) { id } }', { id: c.id });
      if (before?.status === 'REPORTED' || before?.status === 'ACCEPTED')
        await officer.gql('mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { id } }', { id: c.id, u: units[a.case % units.length].id });
      const [row] = await em.execute('SELECT assigned_unit_id AS unit FROM case_file WHERE id = ?', [c.id]);
      const rep = units.find((u) => u.id === row?.unit)?.rep;
      if (!rep) return;
      if (a.late) await em.execute(`UPDATE case_file SET acknowledge_due_at = now() - interval '1 minute' WHERE id = ? AND acknowledged_at IS NULL`, [c.id]);
      const signed = await rep.gql('mutation($id: ID!) { acknowledgeCase(id: $id) { acknowledgedAt acknowledgeDueAt } }', { id: c.id });
      const at = signed.data?.acknowledgeCase;
      if (at?.acknowledgeDueAt && at.acknowledgedAt > at.acknowledgeDueAt) seenChanges.lateSignFors++;
      return;
    }
    case 'followUp': {
      // 回访 by the command centre, the case first taken to its closing; an unhappy answer sends it back to its unit.
      const c = pick(cases, a.case);
      if (!c) return;
      for (let i = 0; i < 6; i++) if ((await step(c, a.case % units.length, false, true)) === 'CLOSED') break;
      const recorded = await officer.gql(
        'mutation($id: ID!, $s: FollowUpSolved!, $f: FollowUpSatisfaction!) { recordFollowUp(caseId: $id, solved: $s, satisfaction: $f) { reworked } }',
        { id: c.id, s: a.solved, f: a.satisfaction },
      );
      if (recorded.data?.recordFollowUp) seenChanges.followUps++;
      if (recorded.data?.recordFollowUp.reworked) seenChanges.reworks++;
      return;
    }
    case 'deleteCase': {
      // Not a thing the API does; a database clean-up might: its events, photos and follow-ups go with it by cascade.
      const i = cases.length ? a.case % cases.length : -1;
      if (i < 0) return;
      const [c] = cases.splice(i, 1);
      await em.execute('DELETE FROM case_file WHERE id = ?', [c.id]);
      seenChanges.deletedCases++;
      return;
    }
    case 'moveCase': {
      // Reported (and everything after) days earlier, at another hour: other China days, sometimes across midnight.
      const c = pick(cases, a.case);
      const by = `${a.days} days ${a.hours} hours`;
      if (c)
        await em.execute(
          `UPDATE case_file SET reported_at = reported_at - ?::interval, filed_at = filed_at - ?::interval, handled_at = handled_at - ?::interval,
             closed_at = closed_at - ?::interval, due_at = due_at - ?::interval WHERE id = ?`,
          [by, by, by, by, by, c.id],
        );
      return;
    }
    case 'moveNeed': {
      const need = pick(needs, a.need);
      if (!need) return;
      await em.execute(`UPDATE need SET published_at = published_at - ?::interval WHERE id = ?`, [`${a.days} days`, need.id]);
      await em.execute(`UPDATE need_claim SET claimed_at = claimed_at - ?::interval WHERE need_id = ?`, [`${a.days} days`, need.id]);
      return;
    }
  }
}

const TOTALS = 'query($c: ID) { totals(communityId: $c) { agreements resources publishedNeeds claimedNeeds } }';
const DASHBOARD = `query($c: ID) {
  totalsByCommunity { community { id } agreements resources publishedNeeds claimedNeeds }
  totalsByUnit { unit { id } agreements resources claims }
  all: totalsByMonth(months: 36) { month agreementsSigned needsPublished claimsMade }
  one: totalsByMonth(months: 4, communityId: $c) { month agreementsSigned needsPublished claimsMade }
}`;
const REPORT = `query($f: DateTime!, $t: DateTime!) {
  caseReport(from: $f, to: $t) {
    stats { reported filed closed disposalRate }
    byCategory { category reported filed closed }
    byCommunity { community { id } reported filed closed }
    averageHours { accept dispatch handle verify total }
    bySource { source reported filed closed }
  }
  unitRanking(from: $f, to: $t) {
    unit { id } dispatched closed disposalRate onTime late onTimeRate
    respondedOnTime followedUp pendingFollowUp solved partlySolved satisfied basicallySatisfied reworked
  }
}`;
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

async function checkDashboard(): Promise<void> {
  const em = app.orm.em.fork();
  const board = (await app.admin.gql(DASHBOARD, { c: communities[0].id })).data;
  expect(board).toBeTruthy();
  expect(byId(board?.totalsByCommunity.map(({ community, ...r }: any) => ({ id: community.id, ...r })))).toEqual(byId(await oldByCommunity(em)));
  expect(byId(board?.totalsByUnit.map(({ unit, ...r }: any) => ({ id: unit.id, ...r })))).toEqual(byId(await oldByUnit(em)));
  expect(board?.all).toEqual(await oldByMonth(em, 36, null));
  expect(board?.one).toEqual(await oldByMonth(em, 4, communities[0].id));
  for (const c of [null, communities[0].id, communities[1].id]) expect((await app.admin.gql(TOTALS, { c })).data?.totals).toEqual(await oldTotals(em, c));
}

async function checkCases(from: Date, to: Date): Promise<void> {
  const answer = (await officer.gql(REPORT, { f: from.toISOString(), t: to.toISOString() })).data;
  const old = await oldCaseReport(app.orm.em.fork(), from, to, new Date());
  expect(answer?.caseReport.stats).toEqual(old.stats);
  expect(answer?.caseReport.averageHours).toEqual(old.averageHours);
  expect(answer?.caseReport.byCategory).toEqual(old.byCategory.map(({ key, ...r }) => ({ category: key, ...r })));
  expect(answer?.caseReport.byCommunity.map((r: any) => r.community?.id ?? null)).toEqual(
    old.byCommunity.map((r) => (r.key === '00000000-0000-0000-0000-000000000000' ? null : r.key)),
  );
  expect(answer?.caseReport.byCommunity.map(({ community, ...r }: any) => r)).toEqual(old.byCommunity.map(({ key, ...r }) => r));
  expect(answer?.caseReport.bySource).toEqual(old.bySource.map(({ key, ...r }) => ({ source: key, ...r })));
  expect([...(answer?.unitRanking ?? [])].map(({ unit, ...r }: any) => ({ unit: unit.id, ...r })).sort((a, b) => (a.unit < b.unit ? -1 : 1))).toEqual(old.ranking);
}

/** Windows: the page's last 90 days, whole China days, and any instant to any later one. */
const windowShape = fc.record({ startDaysAgo: fc.integer({ min: 0, max: 45 }), startMinute: fc.nat(1439), lengthHours: fc.integer({ min: 1, max: 24 * 20 }) });

it('after any changes, every rollup equals its recount and the answers equal the old scans', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 16 }), fc.array(windowShape, { minLength: 1, maxLength: 3 }), async (actions, windows) => {
      for (const a of actions) await apply(a);
      // A followed-up case closed again since (or its closing time moved) waits for a new follow-up: count when the runs get there.
      const [state] = await app.orm.em
        .fork()
        .execute(
          `SELECT count(*)::int AS n FROM case_file c JOIN rollup_case_follow f ON f.case_id = c.id WHERE c.status = 'CLOSED' AND f.closed_at <> date_trunc('milliseconds', c.closed_at)`,
        );
      seenChanges.pendingAgain += state.n;
      await checkDashboard(); // expires agreements that ran out, through the triggers too
      expect(await rollupDifferences(app.orm.em.fork())).toEqual({});
      const now = Date.now();
      const chinaMidnight = Math.floor((now + 8 * 3_600_000) / DAY) * DAY - 8 * 3_600_000;
      await checkCases(new Date(now - 90 * DAY), new Date(now + 60_000));
      await checkCases(new Date(chinaMidnight - 30 * DAY), new Date(chinaMidnight + DAY));
      for (const w of windows) {
        const from = new Date(chinaMidnight - w.startDaysAgo * DAY + w.startMinute * 60_000);
        await checkCases(from, new Date(from.getTime() + w.lengthHours * 3_600_000));
      }
    }),
    { numRuns: 40 },
  );
  // The runs did reach the interesting states.
  const [seen] = await app.orm.em.fork().execute(`SELECT
    (SELECT count(*) FROM need_claim WHERE released_at IS NOT NULL) AS released, (SELECT count(*) FROM agreement WHERE status = 'EXPIRED') AS expired,
    (SELECT count(*) FROM case_file WHERE status = 'CLOSED') AS closed, (SELECT count(DISTINCT (reported_at AT TIME ZONE 'Asia/Shanghai')::date) FROM case_file) AS days`);
  expect(Number(seen.released) + Number(seen.expired) + Number(seen.closed)).toBeGreaterThan(0);
  expect(Number(seen.days)).toBeGreaterThan(1);
  expect(Object.values(seenChanges).map((count) => count > 0)).toEqual([true, true, true, true, true]);
}, 600_000);
