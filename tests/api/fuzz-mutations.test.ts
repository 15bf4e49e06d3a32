import fc from 'fast-check';
import { type GraphQLInputType, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';
import { Role } from '../../api/src/shared/auth/role';
import { ACCESS_TABLE, type RoleName, type Rule, roleMayCall } from '../support/access-table';
import { type Caller, startTestApp, type TestApp } from '../support/app';
import { actAs, communityWithSecretary, makeUser, must, publishedNeed, residentOf, unitWithRep, volunteerWithProfile } from '../support/factories';
import { emittedSchema, type RootField, rootFields } from '../support/schema-args';

// Every mutation of the emitted schema, driven as each role that may call it (tests/support/access-table.ts)
// with values made from its argument types: hostile strings (NUL, lone surrogates, RTL marks, 10,000
// characters, SQL and HTML), extreme numbers, impossible dates, wrong enum values, long lists. IDs
// mostly name real things of one small world, so the hostile values get past "not found" to the
// services and the database. Whatever comes back must be a contract code, never a 5xx.

const CONTRACT = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS']);
const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const AT_ONCE = 4;

const FRAGMENTS = [
  '\u0000',
  '\ud800',
  '\udfff',
  '\u202e',
  '\u200f',
  '\u200b',
  '\ufeff',
  'e\u0301',
  '😀',
  '黎逢保',
  "'; DROP TABLE need; --",
  "' OR '1'='1",
  '<img src=x onerror=alert(1)>',
  '{{7*7}}',
  '%00',
  '\\',
  '"',
  '\r\n',
];
const hostile: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.array(fc.constantFrom(...FRAGMENTS, 'a', '社区', ' '), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 12 }),
  fc.constantFrom('', '   ', 'x'.repeat(201), 'x'.repeat(10_001), '社'.repeat(10_001), '\u0000'.repeat(64)),
);
const text = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('社区议事', '敲门', 'ok', 'a') }, { weight: 3, arbitrary: hostile });

const isoDay = (offset: number) => new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
const IMPOSSIBLE_DAYS = ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '0000-01-01', '0001-01-01', '9999-12-31', '2026-2-3', '20260203', '2026-02-03T00:00:00Z'];
const day = fc.oneof(fc.integer({ min: -20, max: 20 }).map(isoDay), fc.constantFrom(...IMPOSSIBLE_DAYS), hostile);
const instant = fc.oneof(
  fc.integer({ min: -30 * 24, max: 30 * 24 }).map((hours) => new Date(Date.now() + hours * 3_600_000).toISOString()),
  fc.constantFrom(
    '2026-02-30T08:00:00Z',
    '2026-13-01T00:00:00Z',
    '0000-01-01T00:00:00Z',
    '0001-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '+275760-09-13T00:00:00.000Z',
    '2026-06-01',
    'tomorrow',
  ),
  hostile,
);
// NaN and Infinity are not JSON: huge, negative and fractional instead.
const int = fc.oneof(fc.integer({ min: -3, max: 40 }), fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648, 2_147_483_648, 1e15, -1e15, 1.5, -0.5, Number.MAX_SAFE_INTEGER));
const float = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 0.5, 24.25, 1e308, -1e308, 5e-324, 1e21, 90.000001, -180.5));

/** Strings whose meaning has a form: days, accounts, files. */
function stringFor(field: string): fc.Arbitrary<string> {
  if (/^(startsOn|dueOn|from|to)$/.test(field)) return day;
  if (field === 'username')
    return fc.oneof(
      fc.nat(9999).map((n) => `fuzz_${n}`),
      hostile,
    );
  if (/password/i.test(field)) return fc.oneof(fc.constant('another-password-9'), hostile);
  if (field === 'contentBase64')
    return fc.oneof(
      fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('base64')),
      hostile,
    );
  if (field === 'fileName') return fc.oneof(fc.constantFrom('needs.xlsx', 'needs.csv'), hostile);
  return text;
}

type Kind =
  | 'community'
  | 'unit'
  | 'grid'
  | 'need'
  | 'meeting'
  | 'agreement'
  | 'resource'
  | 'case'
  | 'household'
  | 'team'
  | 'schedule'
  | 'task'
  | 'signup'
  | 'volunteer'
  | 'user'
  | 'ribbon'
  | 'member';
const world: Partial<Record<Kind, string[]>> = {};

const ARG_KINDS: Record<string, Kind> = {
  communityId: 'community',
  unitId: 'unit',
  attendeeUnitIds: 'unit',
  gridId: 'grid',
  needId: 'need',
  meetingId: 'meeting',
  householdId: 'household',
  teamId: 'team',
  scheduleId: 'schedule',
  taskId: 'task',
  signupId: 'signup',
  volunteerId: 'volunteer',
  captainId: 'volunteer',
  memberIds: 'volunteer',
  userId: 'user',
  caseId: 'case',
};
const ID_OF_MUTATION: [RegExp, Kind][] = [
  [/YellowRibbon/, 'ribbon'],
  [/Case$/, 'case'],
  [/Agreement/, 'agreement'],
  [/JointMeeting/, 'meeting'],
  [/Need|NeedDone/, 'need'],
  [/Resource/, 'resource'],
  [/CommitteeMember/, 'member'],
  [/Community/, 'community'],
  [/Grid/, 'grid'],
  [/PartnerUnit/, 'unit'],
  [/User|resetPassword/, 'user'],
];

function idFor(mutation: string, field: string): fc.Arbitrary<string> {
  const kind = field === 'id' ? ID_OF_MUTATION.find(([pattern]) => pattern.test(mutation))?.[1] : ARG_KINDS[field];
  const real = (kind && world[kind]) || [];
  const made = [
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: hostile },
  ];
  return real.length ? fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...real) }, ...made) : fc.oneof(...made);
}

/** A value for an argument or input field of that type; optional ones are sometimes null or left out. */
function valueFor(type: GraphQLInputType, field: string, mutation: string): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return present(type.ofType, field, mutation);
  return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 4, arbitrary: present(type, field, mutation) });
}

function present(type: GraphQLInputType, field: string, mutation: string): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return present(type.ofType, field, mutation);
  if (isListType(type)) {
    const item = valueFor(type.ofType, field, mutation);
    return fc.oneof({ weight: 5, arbitrary: fc.array(item, { maxLength: 3 }) }, { weight: 1, arbitrary: fc.array(item, { minLength: 20, maxLength: 40 }) });
  }
  if (isEnumType(type)) return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.value)) }, { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') });
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, f.name, mutation)]))).map(withoutUndefined);
  }
  if (isScalarType(type)) {
    if (type.name === 'ID') return idFor(mutation, field);
    if (type.name === 'String') return stringFor(field);
    if (type.name === 'Int') return int;
    if (type.name === 'Float') return float;
    if (type.name === 'Boolean') return fc.boolean();
    if (type.name === 'DateTime') return instant;
  }
  throw new Error(`no values for ${String(type)} (${mutation}.${field}): teach fuzz-mutations.test.ts`);
}

const withoutUndefined = (value: Record<string, unknown>) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));

function operation(root: RootField) {
  const args = root.field.args;
  const definitions = args.length ? `(${args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
  const passed = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const named = getNamedType(root.field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  const variables = fc.record(Object.fromEntries(args.map((a) => [a.name, valueFor(a.type, a.name, root.name)]))).map(withoutUndefined);
  return { query: `mutation Fuzz${definitions} { ${root.name}${passed}${selection} }`, variables };
}

let app: TestApp;
const callers = new Map<RoleName | 'anonymous', Caller>();
let sent = 0;

/** One request; what is wrong with the answer, or null. */
async function send(caller: Caller, query: string, variables: Record<string, unknown>): Promise<string | null> {
  sent++;
  const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-language': 'en' };
  if (caller.token) headers.authorization = `Bearer ${caller.token}`;
  const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.text();
  let errors: { message?: string; extensions?: { code?: string } }[] = [];
  try {
    errors = (JSON.parse(body) as { errors?: typeof errors }).errors ?? [];
  } catch {
    return `HTTP ${response.status}, not JSON: ${body.slice(0, 200)}`;
  }
  const outside = errors.filter((e) => !CONTRACT.has(e.extensions?.code ?? ''));
  if (response.status >= 500 || outside.length) return `HTTP ${response.status}: ${JSON.stringify(outside.length ? outside : errors).slice(0, 300)}`;
  return null;
}

const shortly = (value: unknown) => JSON.stringify(value, (_k, v) => (typeof v === 'string' && v.length > 40 ? `${v.slice(0, 20)}…(${v.length} chars)` : v)).slice(0, 600);

beforeAll(async () => {
  app = await startTestApp();
  const { community, secretary } = await communityWithSecretary(app);
  const { unit, rep } = await unitWithRep(app);
  const communityId = community.id;
  const [officer, leader, gridWorker, volunteer, victim, resident] = await Promise.all([
    actAs(app, [Role.COMMAND_CENTER]),
    actAs(app, [Role.CITY_LEADER]),
    actAs(app, [Role.GRID_WORKER], { communityId }),
    volunteerWithProfile(app, communityId),
    makeUser(app, [Role.VOLUNTEER], { communityId }),
    residentOf(app, communityId),
  ]);
  for (const [role, caller] of [
    ['anonymous', app.anonymous],
    ['ADMIN', app.admin],
    ['CITY_LEADER', leader.caller],
    ['COMMAND_CENTER', officer.caller],
    ['COMMUNITY_SECRETARY', secretary],
    ['UNIT_REP', rep],
    ['VOLUNTEER', volunteer.caller],
    ['GRID_WORKER', gridWorker.caller],
    ['RESIDENT', resident.caller],
  ] as const)
    callers.set(role, caller);

  // Accounts an administrator may change are never a caller's, whose sign-in the rest needs.
  Object.assign(world, { community: [communityId], unit: [unit.id], need: [await publishedNeed(secretary, communityId, '楼道照明', 3)], user: [victim.id] });
  world.volunteer = [volunteer.volunteer.id];
  const made = async (kind: Kind, caller: Caller, query: string, variables: Record<string, unknown>) => {
    const id = Object.values(must(await caller.gql<Record<string, { id: string }>>(query, variables), query))[0].id;
    world[kind] = [id];
    return id;
  };
  const gridId = await made('grid', secretary, 'mutation($i: CreateGridInput!) { createGrid(input: $i) { id } }', { i: { communityId, name: '一网格' } });
  await made('meeting', secretary, 'mutation($i: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $i) { id } }', {
    i: { communityId, title: '联席会', heldAt: new Date().toISOString(), attendeeUnitIds: [unit.id] },
  });
  await made('agreement', secretary, 'mutation($i: SignAgreementInput!) { signAgreement(input: $i) { id } }', { i: { communityId, unitId: unit.id } });
  await made('resource', rep, 'mutation($i: AddResourceInput!) { addResource(input: $i) { id } }', { i: { title: '会议室', category: 'VENUE' } });
  await made('case', gridWorker.caller, 'mutation($i: ReportCaseInput!) { reportCase(input: $i) { id } }', { i: { title: '井盖缺失' } });
  await made('member', secretary, 'mutation($c: ID!, $i: CommitteeMemberInput!) { addCommitteeMember(communityId: $c, input: $i) { id } }', {
    c: communityId,
    i: { personName: '游和清', position: 'SECRETARY' },
  });
  const teamId = await made('team', secretary, 'mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', {
    i: { communityId, name: '敲门组', kind: 'DOOR_KNOCKING', captainId: volunteer.volunteer.id, memberIds: [volunteer.volunteer.id] },
  });
  const householdId = await made('household', secretary, 'mutation($i: HouseholdInput!) { addHousehold(input: $i) { id } }', {
    i: { communityId, residents: '黎逢保夫妇', address: '翠泉花苑 3 栋', consent: true, teamId, gridId },
  });
  await made('schedule', secretary, 'mutation($i: VisitScheduleInput!) { scheduleVisits(input: $i) { id } }', {
    i: { householdId, teamId, frequency: 'DAILY', startsOn: isoDay(-3) },
  });
  await made('ribbon', volunteer.caller, 'mutation($h: ID!) { raiseYellowRibbon(householdId: $h) { id } }', { h: householdId });
  const taskId = await made('task', secretary, 'mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }', {
    i: { communityId, title: '敲门', startsAt: new Date(Date.now() + 1_800_000).toISOString(), endsAt: new Date(Date.now() + 7_200_000).toISOString(), capacity: 5 },
  });
  await made('signup', volunteer.caller, 'mutation($t: ID!) { signUpForTask(taskId: $t) { id } }', { t: taskId });
}, 60_000);

afterAll(() => app.close());

const table: Record<string, Rule> = ACCESS_TABLE;
const rolesOf = (rule: Rule): (RoleName | 'anonymous')[] => (rule === 'public' ? ['anonymous'] : (Object.values(Role) as RoleName[]).filter((role) => roleMayCall(rule, role)));

it('every mutation, fed hostile strings, extreme numbers and impossible dates by each role that may call it, answers only contract codes, and the server stays healthy', async () => {
  // logout takes nothing to feed, and would end the caller's sign-in.
  const mutations = rootFields(emittedSchema()).filter((root) => root.kind === 'Mutation' && root.field.args.length > 0);
  expect(mutations.filter((root) => !(root.key in table))).toEqual([]);
  const pairs = mutations.flatMap((root) => rolesOf(table[root.key]).map((role) => ({ root, role })));
  const failures: string[] = [];
  const started = Date.now();
  const queue = pairs.map((pair, index) => ({ ...pair, seed: SEED + index }));
  const worker = async () => {
    for (let pair = queue.shift(); pair; pair = queue.shift()) {
      const { root, role, seed } = pair;
      const { query, variables } = operation(root);
      const caller = callers.get(role) as Caller;
      // The first wrong answer of each pair is kept; fast-check's own report (its seed and path replay it) is not needed.
      const property = fc.asyncProperty(variables, async (values) => {
        const wrong = await send(caller, query, values);
        if (!wrong) return;
        failures.push(`${root.key} as ${role} (seed ${seed}): ${wrong}\n  variables: ${shortly(values)}`);
        throw new Error(wrong);
      });
      await fc.assert(property, { numRuns: RUNS, seed, endOnFailure: true }).catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  console.log(`fuzz: ${sent} operations, ${pairs.length} mutation × role pairs of ${mutations.length} mutations, ${RUNS} runs each, seed ${SEED}, ${Date.now() - started} ms`);
  expect(failures).toEqual([]);

  const health = await fetch(`${app.url}/healthz`);
  expect(health.status).toBe(200);
  const me = await app.admin.gql('{ me { username } }');
  expect(me.data?.me.username).toBe('admin');
  const board = await (callers.get('COMMUNITY_SECRETARY') as Caller).gql('query($c: ID!) { needs(filter: { communityId: $c }) { totalCount } }', { c: world.community?.[0] });
  expect(board.errors).toBeUndefined();
  expect(board.data?.needs.totalCount).toBeGreaterThan(0);
  // About 45 s on a quiet 2-core machine; a loaded one (a build beside it) has taken 125 s.
}, 300_000);
