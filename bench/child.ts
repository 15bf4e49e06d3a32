import type { FastifyInstance } from 'fastify';

// The server side of a benchmark, in its own process: it answers the harness's "mark" with its CPU
// time, resident memory and SQL statements so far, so each scenario reads the deltas per request.

export interface Mark {
  cpuMs: number;
  rssMb: number;
  queries: number;
}

export interface Ready {
  port: number;
}

export function serveMarks(queries: () => number): void {
  process.on('message', (message: { type?: string }) => {
    if (message?.type === 'mark') {
      const cpu = process.cpuUsage();
      process.send?.({ type: 'mark', cpuMs: (cpu.user + cpu.system) / 1000, rssMb: process.memoryUsage().rss / 1024 / 1024, queries: queries() });
    }
    if (message?.type === 'stop') process.exit(0);
  });
}

/** Listens on a free loopback port, answers marks, and tells the harness the port. */
export async function serveBench(app: FastifyInstance, queries: () => number): Promise<void> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  serveMarks(queries);
  process.send?.({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 });
}

/** Runs a bench server's main, ending the process on a start-up failure. */
export function runChild(main: () => Promise<void>): void {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
