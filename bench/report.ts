import { cpus, loadavg, totalmem } from 'node:os';

// The table `npm run bench` prints and the shape of bench/results/<date>.json.

export interface Row {
  name: string;
  clients: number;
  rps: number;
  p50_ms: number;
  p99_ms: number;
  sql_per_request: number;
  cpu_ms_per_request: number;
  rss_mb: number;
  limit_rps: number;
  limit_p50_ms: number;
  limit_p99_ms: number;
  limit_sql_per_request: number;
  limit_errors: number;
  ratio: number;
  errors: number;
  target: string;
  meets: boolean;
  overclaims?: number;
  lost?: number;
  doubled?: number;
  agree?: boolean;
  [more: string]: unknown;
}

/** Nearest-rank percentile of ascending samples. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function machine() {
  const cpu = cpus();
  return { cpus: cpu.length, cpu_model: cpu[0]?.model ?? 'unknown', memory_gb: Math.round(totalmem() / 2 ** 30), node: process.version, load_average: loadavg() };
}

const f = (v: number, digits = 1) => v.toFixed(digits);

export function printTable(result: { cold_start_ms: number; cold_start_meets: boolean; scale: number; scenarios: Row[] }): void {
  const head = [
    'scenario',
    'clients',
    'req/s',
    'p50 ms',
    'p99 ms',
    'SQL/req',
    'CPU ms/req',
    'RSS MB',
    'raw req/s',
    'raw p99',
    'raw SQL',
    'ratio',
    'errors',
    'checks',
    'target',
    'meets',
  ];
  const lines = result.scenarios.map((r) => [
    r.name,
    String(r.clients),
    f(r.rps, 0),
    f(r.p50_ms),
    f(r.p99_ms),
    f(r.sql_per_request),
    f(r.cpu_ms_per_request, 2),
    f(r.rss_mb, 0),
    f(r.limit_rps, 0),
    f(r.limit_p99_ms),
    f(r.limit_sql_per_request),
    `${f(r.ratio * 100, 0)} %`,
    String(r.errors),
    [r.overclaims !== undefined && `over-claims ${r.overclaims}`, r.lost !== undefined && `lost ${r.lost} doubled ${r.doubled}`, r.agree !== undefined && `agree ${r.agree}`]
      .filter(Boolean)
      .join(', '),
    r.target,
    r.meets ? 'yes' : 'NO',
  ]);
  lines.push(['cold-start', '', '', f(result.cold_start_ms, 0), '', '', '', '', '', '', '', '', '', '', '< 2000 ms', result.cold_start_meets ? 'yes' : 'NO']);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 1 || i >= 13 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\nscale ${result.scale}`);
  console.log(line(head));
  for (const l of lines) console.log(line(l));
}
