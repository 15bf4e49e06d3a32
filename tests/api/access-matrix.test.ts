import { randomUUID } from 'node:crypto';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { Role } from '../../api/src/shared/auth/role';
import { messages } from '../../api/src/shared/i18n/messages';
import { ACCESS_TABLE, type RoleName, type Rule, roleMayCall } from '../support/access-table';
import { type Caller, type GqlResult, PASSWORD, startTestApp, type TestApp } from '../support/app';
import { actAs, communityWithSecretary, makeUser, residentOf, unitWithRep, volunteerWithProfile } from '../support/factories';
import { emittedSchema, type HomeScope, type Operation, operationFor, type RootField, rootFields } from '../support/schema-args';

// Every root field of the emitted schema × one caller of each role, a resident included (and anonymous, and a
// secretary and a unit rep of another community and unit): one real operation each, its answer
// held to tests/support/access-table.ts. The role check and a service's scope check both answer
// FORBIDDEN with the same message, so an allowed role meeting that message passes only for the
// callers from another community or unit.

const ROLE_DENIAL = messages['auth.roleDenied'].en;
const BROKEN = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'INTERNAL_SERVER_ERROR']);
/** They change the caller (roles, password, session): run once the rest is done, in this order. */
const LAST = ['Mutation.registerVolunteer', 'Mutation.changePassword', 'Mutation.logout'];
const FIELDS_AT_ONCE = 4;
const SUBSCRIPTION_SETTLES_MS = 300;

interface Who {
  label: string;
  role: RoleName | null;
  /** Of another community or unit than the one the arguments name. */
  elsewhere: boolean;
  caller: Caller;
}

interface Answer {
  code?: string;
  message?: string;
  /** The field answered something (or the subscription stayed open). */
  data: boolean;
  open?: boolean;
  completed?: boolean;
  closedWith?: number;
}

const table: Record<string, Rule> = ACCESS_TABLE;
const schema = emittedSchema();
const roots = rootFields(schema);
const ruled = roots.filter((root) => root.key in table);

let app: TestApp;
let home: HomeScope;
let callers: Who[];
let loginAs: string;
const clients: Client[] = [];

beforeAll(async () => {
  app = await startTestApp();
  const [here, there, unit, otherUnit] = await Promise.all([communityWithSecretary(app), communityWithSecretary(app), unitWithRep(app), unitWithRep(app)]);
  home = { communityId: here.community.id, unitId: unit.unit.id };
  const [admin, leader, officer, volunteer, gridWorker, login, resident] = await Promise.all([
    actAs(app, [Role.ADMIN]),
    actAs(app, [Role.CITY_LEADER]),
    actAs(app, [Role.COMMAND_CENTER]),
    volunteerWithProfile(app, home.communityId),
    actAs(app, [Role.GRID_WORKER], { communityId: home.communityId }),
    makeUser(app, [Role.CITY_LEADER]),
    residentOf(app, home.communityId),
  ]);
  loginAs = login.username;
  const who = (label: string, role: RoleName | null, caller: Caller, elsewhere = false): Who => ({ label, role, caller, elsewhere });
  callers = [
    who('anonymous', null, app.anonymous),
    who('ADMIN', 'ADMIN', admin.caller),
    who('CITY_LEADER', 'CITY_LEADER', leader.caller),
    who('COMMAND_CENTER', 'COMMAND_CENTER', officer.caller),
    who('COMMUNITY_SECRETARY', 'COMMUNITY_SECRETARY', here.secretary),
    who('UNIT_REP', 'UNIT_REP', unit.rep),
    who('VOLUNTEER', 'VOLUNTEER', volunteer.caller),
    who('GRID_WORKER', 'GRID_WORKER', gridWorker.caller),
    who('RESIDENT', 'RESIDENT', resident.caller),
    who('COMMUNITY_SECRETARY of another community', 'COMMUNITY_SECRETARY', there.secretary, true),
    who('UNIT_REP of another unit', 'UNIT_REP', otherUnit.rep, true),
  ];
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await app.close();
});

const mayCall = roleMayCall;

function describeAnswer(answer: Answer): string {
  if (answer.closedWith !== undefined) return `the connection closed (${answer.closedWith})`;
  if (answer.open) return 'an open subscription';
  if (answer.completed) return 'a completed subscription';
  if (!answer.code) return answer.data ? 'data' : 'null and no error';
  const code = answer.code === 'FORBIDDEN' && answer.message !== ROLE_DENIAL ? `FORBIDDEN ("${answer.message}")` : answer.code;
  const shown = BROKEN.has(answer.code) ? `${code}: ${answer.message}` : code;
  return answer.data ? `${shown} with data` : shown;
}

/** What is wrong with this answer, or null when it is what the table says. */
function judge(root: RootField, who: Who, answer: Answer, operation: Operation): string | null {
  const rule = table[root.key];
  const got = describeAnswer(answer);
  if (answer.code && BROKEN.has(answer.code)) return `expected an answer, got ${got}`;
  if (!who.role) {
    if (rule === 'public') return answer.code === 'UNAUTHENTICATED' ? `expected to pass (public), got ${got}` : null;
    return answer.code === 'UNAUTHENTICATED' && !answer.data && !answer.open ? null : `expected UNAUTHENTICATED, got ${got}`;
  }
  if (!mayCall(rule, who.role)) return answer.code === 'FORBIDDEN' && answer.message === ROLE_DENIAL && !answer.data ? null : `expected FORBIDDEN, got ${got}`;
  if (answer.code === 'UNAUTHENTICATED') return `expected to pass the role check, got ${got}`;
  if (answer.code === 'FORBIDDEN' && answer.message === ROLE_DENIAL && !who.elsewhere) return `expected to pass the role check, got ${got}`;
  if (who.elsewhere && operation.scoped && root.kind === 'Mutation' && answer.data) return `expected a scope denial (the arguments name another community or unit), got ${got}`;
  if (root.kind === 'Subscription' && !answer.open && answer.code !== 'FORBIDDEN') return `expected an open subscription, got ${got}`;
  return null;
}

function answerOf(root: RootField, result: GqlResult): Answer {
  const error = result.errors?.[0];
  return { code: error?.extensions?.code, message: error?.message, data: result.data?.[root.name] != null };
}

/**
 * The community and unit the arguments name: the home ones for a caller the table lets through
 * (its own people pass the service's scope check, those of elsewhere meet it), fresh ones for
 * anyone else, so that a service's scope check cannot stand in for a missing role check.
 */
function scopeFor(root: RootField, who: Who): HomeScope {
  return who.role && mayCall(table[root.key], who.role) ? home : { communityId: randomUUID(), unitId: randomUUID() };
}

function overrides(root: RootField): Record<string, unknown> {
  // A failed sign-in would count towards the address's throttle: sign in for real, as a user of its own.
  return root.key === 'Mutation.login' ? { username: loginAs, password: PASSWORD } : {};
}

async function callEach(fields: RootField[]): Promise<string[]> {
  const wrong: string[] = [];
  for (let i = 0; i < fields.length; i += FIELDS_AT_ONCE) {
    const cells = fields.slice(i, i + FIELDS_AT_ONCE).flatMap((root) => callers.map((who) => ({ root, who, operation: operationFor(root, scopeFor(root, who), overrides(root)) })));
    const answers = await Promise.all(cells.map(({ root, who, operation }) => who.caller.gql(operation.query, operation.variables, { lang: 'en' }).then((r) => answerOf(root, r))));
    cells.forEach(({ root, who, operation }, n) => {
      const problem = judge(root, who, answers[n], operation);
      if (problem) wrong.push(`${root.key} × ${who.label}: ${problem}`);
    });
  }
  return wrong;
}

function failWith(lines: string[]): void {
  if (!lines.length) return;
  const error = new Error(`${lines.length} wrong:\n${lines.join('\n')}`);
  error.stack = error.message;
  throw error;
}

function connect(token: string | null): Client {
  const client = createClient({
    url: `${app.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    // Signed-in clients connect at once, so that a subscription's first 300 ms are its own.
    lazy: !token,
    connectionParams: token ? { authorization: `Bearer ${token}`, 'accept-language': 'en' } : { 'accept-language': 'en' },
    retryAttempts: 0,
  });
  clients.push(client);
  return client;
}

/** The first thing a subscription hears, or that it is still open after `settle` ms. */
function subscribeOnce(client: Client, operation: Operation, name: string, settle: number): Promise<Answer> {
  return new Promise((resolve) => {
    let done = false;
    let stop: () => void = () => undefined;
    const timer = setTimeout(() => finish({ data: false, open: true }), settle);
    const finish = (answer: Answer) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      stop();
      resolve(answer);
    };
    stop = client.subscribe(
      { query: operation.query, variables: operation.variables },
      {
        next: (result) => {
          const error = result.errors?.[0];
          finish(error ? { code: error.extensions?.code as string, message: error.message, data: result.data?.[name] != null } : { data: true, open: true });
        },
        error: (e) => {
          if (Array.isArray(e)) return finish({ code: e[0]?.extensions?.code, message: e[0]?.message, data: false });
          const code = (e as { code?: unknown }).code;
          finish(typeof code === 'number' ? { data: false, closedWith: code } : { code: 'ERROR', message: String(e), data: false });
        },
        complete: () => finish({ data: false, completed: true }),
      },
    );
  });
}

describe('who may call each root field', () => {
  it('the table has one row for every root field of the emitted schema, and none other', () => {
    const inSchema = new Set(roots.map((root) => root.key));
    failWith([
      ...roots.filter((root) => !(root.key in table)).map((root) => `${root.key}: in schema/schema.graphql, not in tests/support/access-table.ts`),
      ...Object.keys(table)
        .filter((key) => !inSchema.has(key))
        .map((key) => `${key}: in tests/support/access-table.ts, not in schema/schema.graphql`),
    ]);
  });

  it('queries and mutations let each caller through, or refuse them, as the table says', async () => {
    failWith(await callEach(ruled.filter((root) => root.kind !== 'Subscription' && !LAST.includes(root.key))));
  });

  it('subscriptions: anonymous connections are refused; each role is refused or subscribed as the table says', async () => {
    const subscriptions = ruled.filter((root) => root.kind === 'Subscription');
    const signedIn = callers.filter((who) => who.role);
    const connected = await Promise.all(
      signedIn.map((who) => {
        const client = connect(who.caller.token);
        return new Promise<Client>((resolve, reject) => {
          client.on('connected', () => resolve(client));
          client.on('closed', (e) => reject(new Error(`${who.label}: WebSocket closed ${(e as { code?: number }).code}`)));
        });
      }),
    );
    const wrong: string[] = [];
    const check = async (root: RootField, who: Who, client: Client, settle: number) => {
      const operation = operationFor(root, scopeFor(root, who));
      let answer = await subscribeOnce(client, operation, root.name, settle);
      // A refusal slower than the window, on a loaded machine, is not an open subscription: look again, longer.
      if (answer.open && who.role && judge(root, who, answer, operation)) answer = await subscribeOnce(client, operation, root.name, 10 * settle);
      const problem = who.role ? judge(root, who, answer, operation) : answer.closedWith === 4403 ? null : `expected the connection refused (4403), got ${describeAnswer(answer)}`;
      if (problem) wrong.push(`${root.key} × ${who.label}: ${problem}`);
    };
    const anonymous = callers.filter((who) => !who.role);
    await Promise.all(subscriptions.flatMap((root) => anonymous.map((who) => check(root, who, connect(null), 3000))));
    // One field at a time: a refusal then arrives well within the window that counts as open.
    for (const root of subscriptions) await Promise.all(signedIn.map((who, n) => check(root, who, connected[n], SUBSCRIPTION_SETTLES_MS)));
    failWith(wrong.sort());
  });

  it('last, the fields that change their caller: registering as a volunteer, changing the password, signing out', async () => {
    const wrong: string[] = [];
    for (const key of LAST) wrong.push(...(await callEach(ruled.filter((root) => root.key === key))));
    failWith(wrong);
  });
});
