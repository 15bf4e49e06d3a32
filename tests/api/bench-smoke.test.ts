import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase } from '../support/database';

// `npm run bench` at a toy scale, a fraction of a second per scenario, so the harness cannot rot:
// the compiled harness (as `npm run bench` runs it) fills a fresh database, drives every scenario
// against the API and the raw-SQL baseline, and writes the results file the issue asks for.

const run = join(__dirname, '..', '..', 'dist', 'api', 'bench', 'run.js');
const NAMES = ['trivial', 'needs-board', 'claim-storm', 'dashboard', 'case-stats', 'matching', 'case-intake'];

describe('the benchmark harness, smoke-sized', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'gongjian-bench-smoke-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await database.drop();
  });

  it('measures every scenario against its raw-SQL baseline, with no over-claim and no lost or doubled report', async () => {
    const out = join(dir, 'result.json');
    await promisify(execFile)(process.execPath, [run, '--seed', '7', '--scale', '0.0005', '--seconds', '0.25', '--max-clients', '8', '--out', out], {
      env: { ...process.env, DATABASE_URL: database.url },
      timeout: 90_000,
    });
    const result = JSON.parse(readFileSync(out, 'utf8'));

    expect(result).toMatchObject({ machine: { cpus: expect.any(Number), node: process.version }, scale: 0.0005 });
    expect(result.cold_start_ms).toBeGreaterThan(0);
    expect(new Set(result.scenarios.map((s: { name: string }) => s.name))).toEqual(new Set(NAMES));
    for (const s of result.scenarios) {
      expect(s).toEqual(
        expect.objectContaining({
          rps: expect.any(Number),
          p50_ms: expect.any(Number),
          p99_ms: expect.any(Number),
          sql_per_request: expect.any(Number),
          limit_rps: expect.any(Number),
          ratio: expect.any(Number),
          errors: 0,
          limit_errors: 0,
        }),
      );
      expect(s.rps).toBeGreaterThan(0);
      expect(s.limit_rps).toBeGreaterThan(0);
      // Every request but the anonymous trivial one reads the session at least.
      expect(s.sql_per_request).toBeGreaterThanOrEqual(1);
    }
    const named = (name: string) => result.scenarios.find((s: { name: string }) => s.name === name);
    const storm = named('claim-storm');
    expect(storm.overclaims).toBe(0);
    expect(storm.limit_checks.overclaims).toBe(0);
    expect(storm.claims_held).toBe(storm.claims_granted);
    expect(storm.claims_granted).toBeGreaterThan(0);
    const intake = named('case-intake');
    expect({ lost: intake.lost, doubled: intake.doubled }).toEqual({ lost: 0, doubled: 0 });
    expect({ lost: intake.limit_checks.lost, doubled: intake.limit_checks.doubled }).toEqual({ lost: 0, doubled: 0 });
    expect(named('matching').agree).toBe(true);
  }, 120_000);
});
