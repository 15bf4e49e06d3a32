import { Agent, request } from 'node:http';

// The load generator, forked by the harness so its clients have an event loop of their own: N
// concurrent loops on keep-alive connections, each timing request → full response.

export interface Req {
  method: 'GET' | 'POST';
  path: string;
  token?: string;
  body?: unknown;
}

export interface Job {
  url: string;
  concurrency: number;
  /** Timed: loop over `requests` until this many ms have passed. */
  durationMs?: number;
  /** Counted: client i sends requests i, i + concurrency, … once each. */
  once?: boolean;
  requests: Req[];
}

export interface Outcome {
  latencies: number[];
  elapsedMs: number;
  /** 'ok', a GraphQL error code, or 'http-<status>' / 'network', with counts. */
  outcomes: Record<string, number>;
  /** The data of each successful answer, by request index (counted jobs only). */
  answers?: Record<number, unknown>;
}

function send(agent: Agent, base: URL, req: Req, payload: string | undefined): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { 'content-type': 'application/json' };
    if (req.token) headers.authorization = `Bearer ${req.token}`;
    if (payload) headers['content-length'] = Buffer.byteLength(payload);
    const r = request({ agent, host: base.hostname, port: base.port, path: req.path, method: req.method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        } catch {
          resolve({ status: res.statusCode ?? 0, json: null });
        }
      });
      res.on('error', reject);
    });
    r.on('error', reject);
    if (payload) r.write(payload);
    r.end();
  });
}

export async function runJob(job: Job): Promise<Outcome> {
  const base = new URL(job.url);
  const agent = new Agent({ keepAlive: true, maxSockets: job.concurrency });
  const payloads = job.requests.map((r) => (r.body === undefined ? undefined : JSON.stringify(r.body)));
  const latencies: number[] = [];
  const outcomes: Record<string, number> = {};
  const answers: Record<number, unknown> = {};
  const started = performance.now();
  const until = started + (job.durationMs ?? 0);
  const client = async (c: number) => {
    for (let i = c, n = 0; job.once ? i < job.requests.length : performance.now() < until; i += job.concurrency, n++) {
      const index = job.once ? i : (c + n * job.concurrency) % job.requests.length;
      const t0 = performance.now();
      let kind: string;
      try {
        const { status, json } = await send(agent, base, job.requests[index], payloads[index]);
        kind = json?.errors?.length ? String(json.errors[0].extensions?.code ?? 'ERROR') : status === 200 ? 'ok' : `http-${status}`;
        if (kind === 'ok' && job.once) answers[index] = json?.data;
      } catch {
        kind = 'network';
      }
      latencies.push(performance.now() - t0);
      outcomes[kind] = (outcomes[kind] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, (_, c) => client(c)));
  agent.destroy();
  return { latencies, elapsedMs: performance.now() - started, outcomes, answers: job.once ? answers : undefined };
}

if (require.main === module) {
  process.on('message', (job: Job) => {
    runJob(job).then(
      (outcome) => process.send?.(outcome, () => process.exit(0)),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
