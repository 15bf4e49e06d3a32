import type { Client } from 'pg';
import { type Sizes, STORM_MAX_CLAIMANTS, STORM_NEEDS, tokenOf } from './generate';
import type { Outcome, Req } from './load';

// What each row of the table measures: the web's own GraphQL document against the API, the
// baseline's route for the same page, the target from issue #11, and the checks after a run.

export type Side = 'api' | 'raw';

export interface Ctx {
  db: Client;
  seed: number;
  sizes: Sizes;
  seconds: number;
  runId: string;
  stormNeeds: Record<Side, string[]>;
  task: { id: string; slots: string; secretary: string };
}

export interface Scenario {
  name: string;
  clients: number;
  /** Counted scenarios send each request once (state changes); timed ones loop for the run's seconds. */
  once?: boolean;
  /** Answers that are a correct outcome, not an error (a full need refuses the claim). */
  expected?: string[];
  target: string;
  requests: (ctx: Ctx, side: Side) => Req[];
  prepare?: (ctx: Ctx, side: Side) => Promise<void>;
  /** Correctness after the run: extra fields for the row, and whether they pass. */
  verify?: (ctx: Ctx, side: Side, outcome: Outcome) => Promise<{ fields: Record<string, unknown>; ok: boolean }>;
  meets: (row: { rps: number; p50_ms: number; p99_ms: number; ratio: number }) => boolean;
}

const gql = (query: string, variables: Record<string, unknown>, token: string): Req => ({ method: 'POST', path: '/graphql', token, body: { query, variables } });
const raw = (path: string, body: unknown, token: string): Req => ({ method: 'POST', path: `/raw/${path}`, token, body });
const leader = (ctx: Ctx) => tokenOf(ctx.seed, 'leader');

export const NEEDS_QUERY = `query Needs($filter: NeedFilter, $first: Int, $after: String) {
  needs(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id title category status maxClaimants claimCount createdAt location community { id name } claims { id unit { id name } } } }
  } }`;
const DASHBOARD = `query Dashboard {
  totals { agreements resources publishedNeeds claimedNeeds }
  totalsByCommunity { community { id name } agreements resources publishedNeeds claimedNeeds }
  totalsByUnit(first: 50) { unit { id name } agreements resources claims }
  totalsByMonth(months: 12) { month agreementsSigned needsPublished claimsMade } }`;
// The web's CaseStatsPage document (features/case/CaseStatsPage.tsx), the three rates included.
const CASE_STATS = `query CaseStatsPage($from: DateTime!, $to: DateTime!) {
  caseReport(from: $from, to: $to) {
    stats { reported filed closed disposalRate } byCategory { category reported filed closed }
    byCommunity { community { id name } reported filed closed } averageHours { accept dispatch handle verify total } previousReportedAt }
  unitRanking(from: $from, to: $to) {
    rank dispatched closed disposalRate onTime late onTimeRate unit { id name }
    scoreRank score respondedOnTime responseRate followedUp pendingFollowUp solved partlySolved satisfied basicallySatisfied reworked resolutionRate satisfactionRate } }`;

const needsBoard = (clients: number): Scenario => ({
  name: 'needs-board',
  clients,
  target: '≥ 50 % of raw, p99 < 100 ms',
  requests: (ctx, side) => [side === 'api' ? gql(NEEDS_QUERY, { first: 50, filter: { status: ['PUBLISHED', 'CLAIMED'] } }, leader(ctx)) : raw('needs', { first: 50 }, leader(ctx))],
  meets: (r) => r.ratio >= 0.5 && r.p99_ms < 100,
});

const stormUnits = (ctx: Ctx) => Math.min(200, ctx.sizes.units);
/** 100 needs for 200 units; fewer at toy scales, so that places still run out. */
const stormNeeds = (ctx: Ctx) => Math.min(STORM_NEEDS, Math.floor((stormUnits(ctx) * 10) / 4));

export const SCENARIOS: Scenario[] = [
  {
    name: 'trivial',
    clients: 50,
    target: '≥ 30 % of raw',
    requests: (ctx, side) => [side === 'api' ? gql('{ me { id } }', {}, leader(ctx)) : { method: 'GET', path: '/raw/trivial' }],
    meets: (r) => r.ratio >= 0.3,
  },
  needsBoard(16),
  needsBoard(50),
  {
    name: 'claim-storm',
    clients: 200,
    once: true,
    expected: ['CONFLICT'],
    target: `p99 < 200 ms, 0 over-claims`,
    // Unit u tries 10 of the side's needs, in an order that spreads units over needs.
    requests: (ctx, side) =>
      Array.from({ length: 10 * stormUnits(ctx) }, (_, i) => {
        const u = i % stormUnits(ctx);
        const needId = ctx.stormNeeds[side][(u * 13 + Math.floor(i / stormUnits(ctx)) * 37) % stormNeeds(ctx)];
        const token = tokenOf(ctx.seed, `rep${u + 1}`);
        return side === 'api' ? gql('mutation ClaimNeed($needId: ID!) { claimNeed(needId: $needId) { id } }', { needId }, token) : raw('claim', { needId }, token);
      }),
    prepare: async (ctx, side) => {
      const ids = ctx.stormNeeds[side];
      await ctx.db.query('DELETE FROM need_event WHERE need_id = ANY($1)', [ids]);
      await ctx.db.query('DELETE FROM need_claim WHERE need_id = ANY($1)', [ids]);
      await ctx.db.query(`UPDATE need SET claim_count = 0, status = 'PUBLISHED' WHERE id = ANY($1)`, [ids]);
    },
    verify: async (ctx, side, outcome) => {
      const [row] = (
        await ctx.db.query(
          `SELECT count(*) FILTER (WHERE k.n > $2 OR k.n <> x.claim_count)::int AS over, coalesce(sum(k.n), 0)::int AS held
           FROM need x LEFT JOIN LATERAL (SELECT count(*) AS n FROM need_claim c WHERE c.need_id = x.id AND c.active_unit_id IS NOT NULL) k ON true
           WHERE x.id = ANY($1)`,
          [ctx.stormNeeds[side], STORM_MAX_CLAIMANTS],
        )
      ).rows;
      const granted = outcome.outcomes.ok ?? 0;
      // Every place is taken (attempts far exceed places) and every granted claim is one held.
      return { fields: { overclaims: row.over, claims_held: row.held, claims_granted: granted }, ok: row.over === 0 && row.held === granted };
    },
    meets: (r) => r.p99_ms < 200,
  },
  {
    name: 'case-intake',
    clients: 16,
    once: true,
    target: '≥ 500 reports/s, none lost or doubled',
    requests: (ctx, side) =>
      Array.from({ length: Math.ceil(600 * ctx.seconds) }, (_, i) => {
        const c = 1 + (i % ctx.sizes.communities);
        const token = tokenOf(ctx.seed, `gw${c}_${1 + ((i % 16) % ctx.sizes.gridsPerCommunity)}`);
        const input = { title: `压测上报${i}`, category: 'ROADS', idempotencyKey: `${ctx.runId}-${side}-${i}` };
        return side === 'api' ? gql('mutation ReportCase($input: ReportCaseInput!) { reportCase(input: $input) { id status } }', { input }, token) : raw('report', input, token);
      }),
    verify: async (ctx, side, outcome) => {
      const answered = Object.values(outcome.answers ?? {}).map((d) => (d as { reportCase: { id: string } }).reportCase.id);
      const [row] = (
        await ctx.db.query(
          `SELECT count(*)::int AS rows, count(DISTINCT idempotency_key)::int AS keys, count(*) FILTER (WHERE id = ANY($2))::int AS found,
             (SELECT count(*)::int FROM case_event e JOIN case_file f ON f.id = e.case_id WHERE f.idempotency_key LIKE $1) AS events
           FROM case_file WHERE idempotency_key LIKE $1`,
          [`${ctx.runId}-${side}-%`, answered],
        )
      ).rows;
      const lost = answered.length - row.found + (outcome.outcomes.network ?? 0);
      const doubled = row.rows - row.keys + (row.rows - answered.length) + (row.events - row.rows);
      return { fields: { lost, doubled }, ok: lost === 0 && doubled === 0 };
    },
    meets: (r) => r.rps >= 500,
  },
  {
    name: 'dashboard',
    clients: 4,
    target: 'p50 < 50 ms',
    requests: (ctx, side) => [side === 'api' ? gql(DASHBOARD, {}, leader(ctx)) : raw('dashboard', {}, leader(ctx))],
    meets: (r) => r.p50_ms < 50,
  },
  {
    name: 'case-stats',
    clients: 4,
    target: 'p50 < 200 ms',
    requests: (ctx, side) => {
      const to = new Date();
      const window = { from: new Date(to.getTime() - 90 * 86_400_000).toISOString(), to: to.toISOString() };
      return [side === 'api' ? gql(CASE_STATS, window, leader(ctx)) : raw('case-stats', window, leader(ctx))];
    },
    meets: (r) => r.p50_ms < 200,
  },
  {
    name: 'matching',
    clients: 4,
    once: false,
    target: 'same top 10 as the hand-written SQL',
    requests: (ctx, side) => {
      const token = tokenOf(ctx.seed, ctx.task.secretary);
      return [
        side === 'api'
          ? gql('query M($taskId: ID!) { volunteerMatches(taskId: $taskId, first: 10) { score reasons volunteer { id } } }', { taskId: ctx.task.id }, token)
          : raw('matching', { taskId: ctx.task.id, slots: ctx.task.slots }, token),
      ];
    },
    meets: () => true,
  },
];
