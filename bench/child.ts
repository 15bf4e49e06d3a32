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
