import 'reflect-metadata';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seeds/demo';
import { loadConfig } from './config';
import { openOrm } from './orm';
import { buildServer } from './server';
import { startDatabase } from './shared/db/database';
import { prepareDatabase } from './startup';

const log = (line: string) => console.log(`[gongjian] ${line}`);

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await startDatabase(config, log);
  const orm = await openOrm(db.url).catch(async (error) => {
    await db.stop();
    throw error;
  });
  // A refused start still shuts the embedded PostgreSQL down cleanly.
  await prepareDatabase(orm, config, log).catch(async (error) => {
    await orm.close();
    await db.stop();
    throw error;
  });

  const app = await buildServer({ orm, config });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log(`ready at http://localhost:${port}  (API /graphql, health /healthz)`);
  if (config.demoData && !config.production) {
    log(`demo accounts (development only), password "${DEMO_PASSWORD}":`);
    for (const account of DEMO_ACCOUNTS) log(`  ${account.username.padEnd(12)} ${account.roleLabel}`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing requests in flight, then stopping`);
    const force = setTimeout(() => {
      log('did not stop within 25 s; exiting');
      process.exit(1);
    }, 25_000);
    force.unref();
    try {
      await app.close();
      await orm.close();
      await db.stop();
      log('stopped cleanly');
      process.exit(0);
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  console.error('[gongjian] failed to start:', error instanceof Error ? error.message : error);
  if (process.env.DEBUG) console.error(error);
  process.exit(1);
});
