import 'reflect-metadata';
import { loadConfig } from '../api/src/config';
import { openOrm } from '../api/src/orm';
import { buildServer } from '../api/src/server';
import { runChild, serveBench } from './child';

// The API as `npm start` serves it, on the harness's database, in a process of its own. Every SQL
// statement is counted at the pg client of each pooled connection (BEGIN and COMMIT included),
// cheaper than the ORM's query logger and blind to nothing the ORM or knex send.

async function main(): Promise<void> {
  let queries = 0;
  const orm = await openOrm(process.env.BENCH_DB_URL as string, {
    onConnection: (connection) => {
      const query = connection.query.bind(connection) as (...args: unknown[]) => unknown;
      (connection as unknown as { query: typeof query }).query = (...args) => {
        queries++;
        return query(...args);
      };
    },
  });
  // Requests only: the job queue's sweeps over a city of cases and the outbox would run beside them and change the data.
  const app = await buildServer({
    orm,
    config: { ...loadConfig({ DATA_DIR: process.env.BENCH_DATA_DIR, DEMO_DATA: '0', JOB_QUEUE: '0', OUTBOX_WORKER: '0' }), port: 0, host: '127.0.0.1' },
    logError: () => undefined,
  });
  await serveBench(app, () => queries);
}

runChild(main);
