import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../../api/src/config';
import { hashPassword } from '../../api/src/modules/org/password';
import { User } from '../../api/src/modules/org/user.entity';
import { openOrm } from '../../api/src/orm';
import { openDemoAccounts, prepareDatabase } from '../../api/src/startup';
import { DEMO_ACCOUNTS } from '../../seeds/demo';
import { createTestDatabase } from '../support/database';

// What the process does before it serves, run against a real database: production never goes live
// while an account from the README still opens with the README's password.

const opened: { orm: MikroORM; drop: () => Promise<void> }[] = [];
async function database(): Promise<MikroORM> {
  const db = await createTestDatabase();
  const orm = await openOrm(db.url);
  opened.push({ orm, drop: db.drop });
  return orm;
}
afterAll(async () => {
  for (const { orm, drop } of opened) {
    await orm.close();
    await drop();
  }
});

const config = (env: Record<string, string>) => loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'gongjian-start-')), ...env });
const ALL = DEMO_ACCOUNTS.map((a) => a.username);

describe('starting in production', () => {
  it('with DEMO_DATA=1 loads the demo data, then refuses, naming every demo account and the way out', async () => {
    const orm = await database();
    const lines: string[] = [];
    const refusal = prepareDatabase(orm, config({ NODE_ENV: 'production', DEMO_DATA: '1' }), (line) => lines.push(line));
    await expect(refusal).rejects.toThrow(`these demo accounts still sign in with the published demo password "gongjian2026": ${ALL.join(', ')}.`);
    await expect(refusal).rejects.toThrow(/ADMIN_USERNAME and ADMIN_PASSWORD/);
    expect(lines).toContain('loaded the Chibi demo data');
    expect(await openDemoAccounts(orm.em.fork())).toEqual(ALL);
  });

  it('starts once every demo account has a new password or is deactivated; one left open is named alone', async () => {
    const orm = await database();
    const production = config({ NODE_ENV: 'production', DEMO_DATA: '1' });
    await expect(prepareDatabase(orm, production, () => undefined)).rejects.toThrow();

    const em = orm.em.fork();
    const newHash = await hashPassword('a-real-password-2026');
    for (const user of await em.find(User, { username: { $in: ALL } })) {
      if (user.username === 'volunteer') user.active = false;
      else if (user.username !== 'leader') user.passwordHash = newHash;
    }
    await em.flush();
    await expect(prepareDatabase(orm, production, () => undefined)).rejects.toThrow(/password "gongjian2026": leader\. Change/);

    await orm.em.fork().nativeUpdate(User, { username: 'leader' }, { passwordHash: newHash });
    await expect(prepareDatabase(orm, production, () => undefined)).resolves.toBeUndefined();
  });

  it('without DEMO_DATA loads nothing, makes the ADMIN_USERNAME administrator, and starts', async () => {
    const orm = await database();
    const lines: string[] = [];
    await prepareDatabase(orm, config({ NODE_ENV: 'production', ADMIN_USERNAME: 'ops', ADMIN_PASSWORD: 'ops-password-1' }), (line) => lines.push(line));
    expect(lines).toEqual(['created administrator "ops"']);
    const users = await orm.em.fork().find(User, {});
    expect(users.map((u) => [u.username, u.roles])).toEqual([['ops', ['ADMIN']]]);
  });

  it('also refuses a database that got the demo accounts earlier, with DEMO_DATA unset', async () => {
    const orm = await database();
    await prepareDatabase(orm, config({ NODE_ENV: 'development' }), () => undefined);
    await expect(prepareDatabase(orm, config({ NODE_ENV: 'production' }), () => undefined)).rejects.toThrow(/admin, leader/);
  });

  it('an ADMIN_USERNAME=admin with the demo password is refused too', async () => {
    const orm = await database();
    const refusal = prepareDatabase(orm, config({ NODE_ENV: 'production', ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: 'gongjian2026' }), () => undefined);
    await expect(refusal).rejects.toThrow(/gongjian2026": admin\. Change/);
  });
});
