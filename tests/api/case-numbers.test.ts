import { Migration20261128003831_case_number } from '../../api/migrations/Migration20261128003831_case_number';
import { type Caller, startTestApp, type TestApp } from '../support/app';
import { actAs, caseCast, must } from '../support/factories';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const REPORT = 'mutation($i: ReportCaseInput!) { reportCase(input: $i) { id number reportedAt } }';
const NUMBER = /^赤壁-(\d{8})-(\d{4,})$/;

/** Today in China (UTC+8) as YYYYMMDD, the middle of a case number. */
const chinaDay = (at = new Date()) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');
const sequenceOf = (number: string | undefined) => Number(NUMBER.exec(number ?? '')?.[2]);

type Reported = { reportCase: { id: string; number: string; reportedAt: string } };
const report = async (caller: Caller, i: Record<string, unknown>) => must(await caller.gql<Reported>(REPORT, { i }), 'reportCase').reportCase;

describe('a case number people can quote on the phone (赤壁-20261127-0069)', () => {
  it('a grid worker reports three problems in a row: each gets the next number of the China day', async () => {
    const cast = await caseCast(app);
    const numbers: string[] = [];
    for (const title of ['北渠附近出现少量垃圾', '翠泉花苑路灯不亮', '雨水井堵塞']) {
      const reported = await report(cast.gridWorker, { title });
      expect(reported.number).toMatch(NUMBER);
      expect(NUMBER.exec(reported.number)?.[1]).toBe(chinaDay(new Date(reported.reportedAt)));
      numbers.push(reported.number);
    }
    const [a, b, c] = numbers.map(sequenceOf);
    expect([b - a, c - b]).toEqual([1, 1]);
    const fourth = await report(cast.gridWorker, { title: '井盖缺失' });
    const read = must(await cast.officer.gql<{ case: { number: string } }>('query($id: ID!) { case(id: $id) { number } }', { id: fourth.id }), 'case');
    expect(sequenceOf(read.case.number)).toBe(c + 1);
  });

  it('twenty grid workers report at the same second over HTTP: twenty distinct consecutive numbers, no gap', async () => {
    const cast = await caseCast(app);
    const before = sequenceOf((await report(cast.gridWorker, { title: '开始' })).number);
    const workers = await Promise.all(Array.from({ length: 20 }, () => actAs(app, ['GRID_WORKER' as never], { communityId: cast.community.id })));
    const results = await Promise.all(workers.map((w, i) => w.caller.gql(REPORT, { i: { title: `占道经营 ${i}` } })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const sequences = results.map((r) => sequenceOf(r.data?.reportCase.number)).sort((x, y) => x - y);
    expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => before + 1 + i));
  });

  it('retries racing with one key leave no hole: the losers give their number back', async () => {
    const cast = await caseCast(app);
    const input = { title: '路灯不亮', idempotencyKey: 'retry-number-1' };
    const results = await Promise.all(Array.from({ length: 6 }, () => cast.gridWorker.gql(REPORT, { i: input })));
    expect(new Set(results.map((r) => r.data?.reportCase.number)).size).toBe(1);
    const next = (await report(cast.gridWorker, { title: '下一件' })).number;
    expect(sequenceOf(next)).toBe(sequenceOf(results[0].data?.reportCase.number) + 1);
  });

  it('the command centre finds a case by the number a caller reads out, or part of it', async () => {
    const cast = await caseCast(app);
    const wanted = await report(cast.gridWorker, { title: '消防通道堵塞' });
    await report(cast.gridWorker, { title: '乱停乱放' });
    const SEARCH = 'query($s: String) { cases(search: $s, first: 5) { totalCount edges { node { number title } } } }';
    type Found = { cases: { totalCount: number; edges: { node: { number: string; title: string } }[] } };
    const byNumber = must(await cast.officer.gql<Found>(SEARCH, { s: wanted.number }), 'cases').cases;
    expect(byNumber.edges.map((e) => e.node)).toEqual([{ number: wanted.number, title: '消防通道堵塞' }]);
    const spoken = wanted.number.slice(wanted.number.indexOf('-') + 1);
    expect(must(await cast.officer.gql<Found>(SEARCH, { s: spoken }), 'cases').cases.edges.map((e) => e.node.number)).toEqual([wanted.number]);
    expect(must(await cast.officer.gql<Found>(SEARCH, { s: '消防通道' }), 'cases').cases.edges.map((e) => e.node.number)).toContain(wanted.number);
    expect(must(await cast.officer.gql<Found>(SEARCH, { s: '100%_' }), 'cases').cases.totalCount).toBe(0);
  });

  it('cases inserted without a number (bulk loads) are numbered by the database', async () => {
    const cast = await caseCast(app);
    const id = (await report(cast.gridWorker, { title: '样本' })).id;
    const conn = app.orm.em.getConnection();
    const [{ reporter_id }] = await conn.execute<{ reporter_id: string }[]>('SELECT reporter_id FROM case_file WHERE id = ?', [id]);
    // 2026-03-01 23:30 in China is still 1 March there, though 15:30 UTC.
    const [row] = await conn.execute<{ number: string }[]>(
      `INSERT INTO case_file (id, title, reported_at, reporter_id, category, status) VALUES (gen_random_uuid(), '批量', '2026-03-01T15:30:00Z', ?, 'OTHER', 'REPORTED') RETURNING number`,
      [reporter_id],
    );
    expect(row.number).toBe('赤壁-20260301-0001');
  });

  it('the migration numbers the cases already there by reported time within each China day', async () => {
    const cast = await caseCast(app);
    const id = (await report(cast.gridWorker, { title: '样本' })).id;
    const conn = app.orm.em.getConnection();
    const [{ reporter_id }] = await conn.execute<{ reporter_id: string }[]>('SELECT reporter_id FROM case_file WHERE id = ?', [id]);
    // Inserted latest first, so the trigger's numbers run against reported time until the backfill renumbers.
    for (const at of ['2025-05-02T01:00:00Z', '2025-05-01T20:00:00Z', '2025-05-01T15:59:00Z', '2025-05-01T02:00:00Z']) {
      await conn.execute(`INSERT INTO case_file (id, title, reported_at, reporter_id) VALUES (gen_random_uuid(), ?, ?, ?)`, [`回填 ${at}`, at, reporter_id]);
    }
    const migration = new Migration20261128003831_case_number(app.orm.em.getDriver(), app.orm.config);
    for (const step of ['down', 'up'] as const) {
      migration.reset();
      await migration[step]();
      for (const sql of migration.getQueries()) await conn.execute(sql as string);
    }
    const rows = await conn.execute<{ title: string; number: string }[]>(`SELECT title, number FROM case_file WHERE title LIKE '回填 %' ORDER BY reported_at`);
    expect(rows.map((r) => r.number)).toEqual(['赤壁-20250501-0001', '赤壁-20250501-0002', '赤壁-20250502-0001', '赤壁-20250502-0002']);
    // The counters go on from the backfill: the next case of today follows today's existing ones.
    const [{ n }] = await conn.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM case_file WHERE number LIKE ?`, [`赤壁-${chinaDay()}-%`]);
    const next = (await report(cast.gridWorker, { title: '回填之后' })).number;
    expect(next).toBe(`赤壁-${chinaDay()}-${String(n + 1).padStart(4, '0')}`);
  });
});
