import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDatabaseEmpty, loadDemoData } from '../../seeds/demo';
import type { Config } from './config';
import { ensureAdmin } from './modules/org/bootstrap';
import { verifyPassword } from './modules/org/password';
import { User } from './modules/org/user.entity';
import { migrate } from './orm';

/** What the process does to the database before serving: migrations, the configured administrator, demo data, the production check. */
export async function prepareDatabase(orm: MikroORM, config: Config, log: (line: string) => void): Promise<void> {
  const applied = await migrate(orm);
  if (applied.length) log(`applied migrations: ${applied.join(', ')}`);
  if (config.admin && (await ensureAdmin(orm.em.fork(), config.admin))) log(`created administrator "${config.admin.username}"`);
  if (config.demoData && (await isDatabaseEmpty(orm.em.fork()))) {
    await loadDemoData(orm.em.fork());
    log('loaded the Chibi demo data');
  }
  // After loading, on purpose: production never serves an account whose password is in the README.
  if (config.production) await refuseOpenDemoAccounts(orm.em.fork());
}

/** Active demo accounts that still sign in with the published demo password, checked by the real verifier. */
export async function openDemoAccounts(em: EntityManager): Promise<string[]> {
  const usernames = DEMO_ACCOUNTS.map((account) => account.username);
  const users = await em.find(User, { username: { $in: usernames }, active: true }, { populate: ['passwordHash'] });
  const open: string[] = [];
  for (const user of users) if (await verifyPassword(user.passwordHash, DEMO_PASSWORD)) open.push(user.username);
  return open.sort((a, b) => usernames.indexOf(a) - usernames.indexOf(b));
}

/** Throws, naming the accounts and the way out, while any demo account is open. */
export async function refuseOpenDemoAccounts(em: EntityManager): Promise<void> {
  const open = await openDemoAccounts(em);
  if (!open.length) return;
  throw new Error(
    `refusing to start with NODE_ENV=production: these demo accounts still sign in with the published demo password "${DEMO_PASSWORD}": ${open.join(', ')}. ` +
      'Change those passwords or deactivate those accounts (start once without NODE_ENV=production and with HOST=127.0.0.1, sign in as an administrator, ' +
      '系统管理 → accounts), or run on a database without the demo data (leave DEMO_DATA unset) and create the first administrator with ADMIN_USERNAME and ADMIN_PASSWORD.',
  );
}
