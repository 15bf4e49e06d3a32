import { createHash } from 'node:crypto';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { Pool } from 'pg';
import { runChild, serveBench } from './child';
import { HAND_WRITTEN } from './match.sql';
import { RAW_SQL } from './raw.sql';

// The baseline: a bare Fastify 5 with hand-written SQL through `pg`, on the same database, answering
// in the API's response shapes. Every route but the trivial one looks the bearer's session up, as the
// API does; queries are counted in this process by wrapping the pool.

const pool = new Pool({ connectionString: process.env.BENCH_DB_URL, max: 10 });
let queries = 0;
const q = <T extends Record<string, unknown> = Record<string, unknown>>(text: string, values?: unknown[], client: { query: Pool['query'] } = pool) => {
  queries++;
  return client.query<T>(text, values).then((r) => r.rows);
};

async function viewer(request: FastifyRequest): Promise<{ id: string; unit_id: string | null } | null> {
  const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
  const hash = createHash('sha256').update(token).digest('hex');
  const [row] = await q<{ id: string; unit_id: string | null }>(RAW_SQL.session, [hash]);
  return row ?? null;
}

const denied = (reply: FastifyReply) => reply.send({ errors: [{ message: 'unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }] });
const conflict = (reply: FastifyReply) => reply.send({ errors: [{ message: 'conflict', extensions: { code: 'CONFLICT' } }] });
type Body = Record<string, string>;

async function main(): Promise<void> {
  const app = Fastify();
  app.get('/raw/trivial', async () => {
    await q('SELECT 1');
    return { data: { me: { id: 'raw' } } };
  });
  app.post('/raw/needs', async (request, reply) => {
    if (!(await viewer(request))) return denied(reply);
    const [[count], page] = await Promise.all([q(RAW_SQL.needCount), q<{ id: string }>(RAW_SQL.needPage, [51])]);
    const claims = await q<{ need_id: string; id: string; unit_id: string; unit_name: string }>(RAW_SQL.needClaims, [page.map((n) => n.id)]);
    const edges = page
      .slice(0, 50)
      .map((n) => ({ node: { ...n, claims: claims.filter((c) => c.need_id === n.id).map((c) => ({ id: c.id, unit: { id: c.unit_id, name: c.unit_name } })) } }));
    return { data: { needs: { totalCount: Number(count.n), pageInfo: { hasNextPage: page.length > 50, endCursor: null }, edges } } };
  });
  app.post('/raw/claim', async (request, reply) => {
    const who = await viewer(request);
    if (!who?.unit_id) return denied(reply);
    const client = await pool.connect();
    try {
      await q('BEGIN', [], client);
      const [need] = await q(RAW_SQL.claimNeed, [(request.body as Body).needId], client);
      const claim = need && (await q(RAW_SQL.claimInsert, [need.id, who.unit_id], client))[0];
      if (!claim) {
        await q('ROLLBACK', [], client);
        return conflict(reply);
      }
      await q(RAW_SQL.needEvent, [need.id, who.id, who.unit_id], client);
      await q('COMMIT', [], client);
      return { data: { claimNeed: { id: claim.id } } };
    } finally {
      client.release();
    }
  });
  app.post('/raw/report', async (request, reply) => {
    const who = await viewer(request);
    if (!who) return denied(reply);
    const body = request.body as Body;
    const [row] = await q(RAW_SQL.report, [who.id, body.title, body.category, body.idempotencyKey]);
    return { data: { reportCase: { id: row.id, status: 'REPORTED' } } };
  });
  app.post('/raw/dashboard', async (request, reply) => {
    if (!(await viewer(request))) return denied(reply);
    const [totals, byCommunity, byUnit, byMonth] = await Promise.all([q(RAW_SQL.totals), q(RAW_SQL.totalsByCommunity), q(RAW_SQL.totalsByUnit), q(RAW_SQL.totalsByMonth)]);
    return { data: { totals: totals[0], totalsByCommunity: byCommunity, totalsByUnit: byUnit, totalsByMonth: byMonth } };
  });
  app.post('/raw/case-stats', async (request, reply) => {
    if (!(await viewer(request))) return denied(reply);
    const { from, to } = request.body as Body;
    const [stats, byCategory, byCommunity, hours, ranking, previous] = await Promise.all(
      [RAW_SQL.caseStats, RAW_SQL.caseByCategory, RAW_SQL.caseByCommunity, RAW_SQL.caseHours, RAW_SQL.unitRanking, RAW_SQL.casePrevious].map((sql) => q(sql, [from, to])),
    );
    const caseReport = { stats: stats[0], byCategory, byCommunity, averageHours: hours[0], previousReportedAt: previous[0].previousReportedAt };
    return { data: { caseReport, unitRanking: ranking } };
  });
  app.post('/raw/matching', async (request, reply) => {
    if (!(await viewer(request))) return denied(reply);
    const { taskId, slots } = request.body as Body;
    const rows = await q(`${HAND_WRITTEN} LIMIT 10`, [taskId, slots]);
    return { data: { volunteerMatches: rows.map((r) => ({ volunteer: { id: r.id } })) } };
  });
  await serveBench(app, () => queries);
}

runChild(main);
