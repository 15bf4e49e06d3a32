import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isObjectType } from 'graphql';
import { POLICIES } from '../../api/src/policies';
import type { Role } from '../../api/src/shared/auth/role';
import { type Caller, codeOf, type GqlResult, PASSWORD, startTestApp, type TestApp } from '../support/app';
import { makeCommunity, makeUnit, must } from '../support/factories';
import { jpegWithGps } from '../support/images';
import { NOT_PERSONAL, PERSONAL_DATA, PERSONAL_NAME, type Reading, VIEWERS, type ViewerName } from '../support/personal-data-table';

// Every field that returns personal data × every kind of viewer, asked over HTTP through a path
// the viewer could use, compared with the table in tests/support/personal-data-table.ts.

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8'));
const guarded = Object.entries(POLICIES).flatMap(([type, policy]) => Object.keys(policy.fields ?? {}).map((field) => `${type}.${field}`));

describe('the personal-data table covers the schema', () => {
  it('every field a policy guards has a row, and every row names a guarded field', () => {
    const rows = new Set(PERSONAL_DATA.map((r) => r.field));
    expect(guarded.filter((f) => !rows.has(f))).toEqual([]);
    expect([...rows].filter((f) => !guarded.includes(f))).toEqual([]);
  });

  it('every field whose name looks personal is in the table or says why it is not personal', () => {
    const rows = new Set(PERSONAL_DATA.map((r) => r.field));
    const unclassified: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || ['Query', 'Mutation', 'Subscription'].includes(type.name)) continue;
      for (const name of Object.keys(type.getFields())) {
        const field = `${type.name}.${name}`;
        if (PERSONAL_NAME.test(name) && !rows.has(field) && !NOT_PERSONAL[field]) unclassified.push(field);
      }
    }
    expect(unclassified).toEqual([]);
  });
});

let app: TestApp;
let seq = 0;
const viewers = {} as Record<ViewerName, Caller>;
interface Probe {
  query: string;
  variables: Record<string, unknown>;
  /** The value in an answer, or undefined when the object was not reached. */
  pick: (data: any) => unknown;
}
const probes = new Map<string, Probe>();
const truth = new Map<string, unknown>();

async function person(roles: string[], attach: Record<string, string> = {}) {
  const username = `m${process.pid}x${++seq}`;
  const phone = `1390715${String(seq).padStart(4, '0')}`;
  const r = await app.admin.gql('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
    i: { username, displayName: `成员${seq}`, password: PASSWORD, roles: roles as Role[], phone, ...attach },
  });
  return { id: must(r, 'createUser').createUser.id as string, caller: await app.signIn(username) };
}

async function asVolunteer(communityId: string) {
  const p = await person(['VOLUNTEER'], { communityId });
  const r = await p.caller.gql('mutation($i: RegisterVolunteerInput!) { registerVolunteer(input: $i) { id } }', { i: { skills: ['敲门'], communityId } });
  return { ...p, volunteerId: must(r, 'registerVolunteer').registerVolunteer.id as string };
}

beforeAll(async () => {
  app = await startTestApp();
  const a = await makeCommunity(app, '赤马港社区');
  const other = await makeCommunity(app, '和尚岭社区');
  const unit = await makeUnit(app, '水利和湖泊局');
  await app.admin.gql('mutation($id: ID!, $i: UpdatePartnerUnitInput!) { updatePartnerUnit(id: $id, input: $i) { id } }', {
    id: unit.id,
    i: { contactName: '张科长', contactPhone: '07155551234' },
  });
  const otherUnit = await makeUnit(app, '赤壁市第一中学');

  const secretary = await person(['COMMUNITY_SECRETARY'], { communityId: a.id });
  const captain = await asVolunteer(a.id);
  const member = await asVolunteer(a.id);
  const loner = await asVolunteer(a.id);
  const gridWorker = await person(['GRID_WORKER'], { communityId: a.id });
  const rep = await person(['UNIT_REP'], { unitId: unit.id });
  const resident = await person(['RESIDENT'], { communityId: a.id });
  Object.assign(viewers, {
    anonymous: app.anonymous,
    ADMIN: app.admin,
    CITY_LEADER: (await person(['CITY_LEADER'])).caller,
    COMMAND_CENTER: (await person(['COMMAND_CENTER'])).caller,
    COMMUNITY_SECRETARY: secretary.caller,
    UNIT_REP: rep.caller,
    VOLUNTEER: loner.caller,
    TEAM_CAPTAIN: captain.caller,
    GRID_WORKER: gridWorker.caller,
    OTHER_SECRETARY: (await person(['COMMUNITY_SECRETARY'], { communityId: other.id })).caller,
    OTHER_UNIT_REP: (await person(['UNIT_REP'], { unitId: otherUnit.id })).caller,
    RESIDENT: resident.caller,
  });

  // The household, its team, a visit with a concern and a yellow ribbon at its door.
  const team = await secretary.caller.gql('mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', {
    i: { communityId: a.id, name: '益家亲敲门组', kind: 'DOOR_KNOCKING', captainId: captain.volunteerId, memberIds: [member.volunteerId] },
  });
  const teamId = must(team, 'createTeam').createTeam.id;
  const added = await secretary.caller.gql('mutation($i: HouseholdInput!) { addHousehold(input: $i) { id } }', {
    i: {
      communityId: a.id,
      residents: '黎逢保夫妇',
      address: '翠泉花苑 3 栋 2 单元 101',
      latitude: 29.7168,
      longitude: 113.8845,
      situation: '年近八旬',
      emergencyContact: '黎小明 13800001111',
      consent: true,
      teamId,
    },
  });
  const householdId = must(added, 'addHousehold').addHousehold.id;
  must(
    await secretary.caller.gql('mutation($i: VisitScheduleInput!) { scheduleVisits(input: $i) { id } }', {
      i: { householdId, teamId, frequency: 'DAILY', startsOn: '2026-01-01' },
    }),
    'schedule',
  );
  must(await member.caller.gql('mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }', { i: { householdId, concerns: '老人说腿疼' } }), 'recordVisit');
  must(await gridWorker.caller.gql('mutation($h: ID!) { raiseYellowRibbon(householdId: $h) { id } }', { h: householdId }), 'raise');

  // A case the grid worker reported with a photo, dispatched to the unit.
  const upload = await fetch(`${app.url}/api/uploads`, {
    method: 'POST',
    headers: { 'content-type': 'image/jpeg', authorization: `Bearer ${gridWorker.caller.token}` },
    body: jpegWithGps(29.7168, 113.8845),
  });
  const photoId = ((await upload.json()) as { id: string }).id;
  const report = await gridWorker.caller.gql('mutation($i: ReportCaseInput!) { reportCase(input: $i) { id } }', { i: { title: '路灯不亮', photoIds: [photoId] } });
  const caseId = must(report, 'reportCase').reportCase.id;
  const officer = viewers.COMMAND_CENTER;
  must(await officer.gql('mutation($id: ID!) { acceptCase(id: $id) { id } }', { id: caseId }), 'accept');
  must(await officer.gql('mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { id } }', { id: caseId, u: unit.id }), 'dispatch');
  // Handled, verified, closed and followed up by a call to the reporter (回访).
  must(await rep.caller.gql('mutation($id: ID!) { handleCase(id: $id, note: "已修复") { id } }', { id: caseId }), 'handle');
  must(await gridWorker.caller.gql('mutation($id: ID!) { verifyCase(id: $id, passed: true) { id } }', { id: caseId }), 'verify');
  must(await officer.gql('mutation($id: ID!) { closeCase(id: $id) { id } }', { id: caseId }), 'close');
  const followUp = 'mutation($c: ID!) { recordFollowUp(caseId: $c, solved: SOLVED, satisfaction: SATISFIED, note: "网格员说灯已亮") { id } }';
  must(await officer.gql(followUp, { c: caseId }), 'recordFollowUp');
  // A resident's report, dispatched to the same unit: the reporter's phone (and username) travel with the case.
  const residentReport = await resident.caller.gql('mutation($i: ReportCaseInput!) { reportCase(input: $i) { id } }', { i: { title: '井盖缺失', communityId: a.id } });
  const residentCaseId = must(residentReport, 'reportCase (resident)').reportCase.id;
  must(await officer.gql('mutation($id: ID!) { acceptCase(id: $id) { id } }', { id: residentCaseId }), 'accept');
  must(await officer.gql('mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { id } }', { id: residentCaseId, u: unit.id }), 'dispatch');

  // A published need (its events carry the secretary as actor) and a task with a sign-up.
  const need = await secretary.caller.gql('mutation($i: CreateNeedInput!) { createNeed(input: $i) { id } }', {
    i: { communityId: a.id, title: '修补破损路面', category: 'INFRASTRUCTURE' },
  });
  must(await secretary.caller.gql('mutation($id: ID!) { publishNeed(id: $id) { id } }', { id: must(need, 'createNeed').createNeed.id }), 'publish');
  const task = await secretary.caller.gql('mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }', {
    i: { communityId: a.id, title: '陪老人就医', startsAt: '2030-03-02T01:00:00Z', endsAt: '2030-03-02T03:00:00Z', capacity: 2 },
  });
  must(await member.caller.gql('mutation($t: ID!) { signUpForTask(taskId: $t) { id } }', { t: must(task, 'createTask').createTask.id }), 'signUp');

  const officialEvents = (field: string): Probe => ({
    query: `query($c: ID!) { needs(filter: { communityId: $c }) { edges { node { events { actor { id ${field} } } } } } }`,
    variables: { c: a.id },
    pick: (d) => d?.needs?.edges?.[0]?.node?.events?.find((e: any) => e.actor.id === secretary.id)?.actor?.[field],
  });
  const ribbonHousehold = (field: string, selection = field): Probe => ({
    query: `{ yellowRibbons { household { ${selection} } } }`,
    variables: {},
    pick: (d) => d?.yellowRibbons?.[0]?.household?.[field],
  });
  // 陆水路 with the unit's representative as street chief and the grid worker walking it.
  const section = await secretary.caller.gql('mutation($i: RoadSectionInput!) { saveRoadSection(input: $i) { id } }', {
    i: {
      communityId: a.id,
      name: '陆水路',
      path: [
        { lat: 29.72, lng: 113.9 },
        { lat: 29.72, lng: 113.91 },
      ],
      addresses: [],
      chiefId: rep.id,
      patrollerIds: [gridWorker.id],
    },
  });
  const sectionId = must(section, 'saveRoadSection').saveRoadSection.id as string;
  const started = await gridWorker.caller.gql<{ startPatrol: { id: string } }>('mutation($s: ID!) { startPatrol(sectionId: $s, clientKey: "matrix") { id } }', { s: sectionId });
  const round = must(started, 'startPatrol').startPatrol.id;
  const trail = [{ lat: 29.72, lng: 113.905 }];
  must(await gridWorker.caller.gql('mutation($i: PatrolEndInput!) { endPatrol(input: $i) { id } }', { i: { roundId: round, positions: trail } }), 'endPatrol');
  const photo = (field: string): Probe => ({
    query: `query($id: ID!) { case(id: $id) { photos { ${field} } } }`,
    variables: { id: caseId },
    pick: (d) => d?.case?.photos?.[0]?.[field],
  });
  const set = (field: string, subject: string, probe: Probe) => probes.set(`${field} | ${subject}`, probe);
  set('User.phone', 'a volunteer on the team', {
    query: 'query($c: ID!) { teams(communityId: $c) { members { user { id phone } } } }',
    variables: { c: a.id },
    pick: (d) => d?.teams?.[0]?.members?.find((m: any) => m.user.id === member.id)?.user.phone,
  });
  set('User.phone', "A's secretary (an official)", officialEvents('phone'));
  set('User.username', "A's secretary (an official)", officialEvents('username'));
  set('User.lastLoginAt', "A's secretary (an official)", officialEvents('lastLoginAt'));
  set('PartnerUnit.contactPhone', 'unit U', {
    query: 'query($id: ID!) { partnerUnit(id: $id) { contactPhone } }',
    variables: { id: unit.id },
    pick: (d) => d?.partnerUnit?.contactPhone,
  });
  for (const field of ['residents', 'address', 'latitude', 'longitude', 'situation', 'emergencyContact'])
    set(`Household.${field}`, "A's elderly household", ribbonHousehold(field));
  set('Household.schedules', "A's elderly household", ribbonHousehold('schedules', 'schedules { id frequency }'));
  set('Household.visits', "A's elderly household", ribbonHousehold('visits', 'visits { id dueOn }'));
  set('Visit.concerns', "A's elderly household", {
    query: 'query($id: ID!) { household(id: $id) { visits { concerns } } }',
    variables: { id: householdId },
    pick: (d) => d?.household?.visits?.[0]?.concerns,
  });
  set('CasePhoto.latitude', "the grid worker's photo", photo('latitude'));
  set('CasePhoto.longitude', "the grid worker's photo", photo('longitude'));
  for (const field of ['phone', 'username'])
    set(`User.${field}`, 'a resident who reported a case', {
      query: `query($id: ID!) { case(id: $id) { reporter { id ${field} } } }`,
      variables: { id: residentCaseId },
      pick: (d) => d?.case?.reporter?.[field],
    });
  set('FollowUp.note', "the grid worker's case", {
    query: 'query($id: ID!) { case(id: $id) { followUps { note } } }',
    variables: { id: caseId },
    pick: (d) => d?.case?.followUps?.[0]?.note,
  });
  set('PatrolRound.positions', "the grid worker's patrol round", {
    query: 'query($id: ID!) { roadSection(id: $id) { rounds { positions { lat lng } } } }',
    variables: { id: sectionId },
    pick: (d) => d?.roadSection?.rounds?.[0]?.positions,
  });
  set('Task.signups', "A's task", { query: 'query($c: ID!) { tasks(communityId: $c) { signups { id status } } }', variables: { c: a.id }, pick: (d) => d?.tasks?.[0]?.signups });
  // 党员领单: a small case of A routed to its party members and taken by one (not among the viewers).
  const taker = await person(['VOLUNTEER'], { communityId: a.id });
  must(
    await taker.caller.gql('mutation($i: RegisterVolunteerInput!) { registerVolunteer(input: $i) { id } }', { i: { skills: [], communityId: a.id, partyMember: true } }),
    'registerVolunteer',
  );
  const small = must<Record<string, any>>(
    await gridWorker.caller.gql('mutation($i: ReportCaseInput!) { reportCase(input: $i) { id } }', { i: { title: '长椅松动' } }),
    'reportCase',
  ).reportCase.id;
  must(await officer.gql('mutation($id: ID!) { acceptCase(id: $id) { id } }', { id: small }), 'accept');
  const routed = must<Record<string, any>>(await officer.gql('mutation($id: ID!) { routeCaseToParty(id: $id) { id } }', { id: small }), 'routeCaseToParty').routeCaseToParty.id;
  must(await taker.caller.gql('mutation($id: ID!) { takePartyOrder(id: $id) { id } }', { id: routed }), 'takePartyOrder');
  for (const field of ['takerName', 'takerPhone'])
    set(`PartyOrder.${field}`, "a party member's order", {
      query: `query($id: ID!) { case(id: $id) { partyOrder { ${field} } } }`,
      variables: { id: small },
      pick: (d) => d?.case?.partyOrder?.[field],
    });

  // What is stored, read straight from the database: the answers are compared with it.
  const sql = app.orm.em.fork().getConnection();
  const [memberRow] = await sql.execute('SELECT phone FROM app_user WHERE id = ?', [member.id]);
  const [secretaryRow] = await sql.execute('SELECT phone, username, last_login_at FROM app_user WHERE id = ?', [secretary.id]);
  const [householdRow] = await sql.execute('SELECT residents, address, latitude, longitude, situation, emergency_contact FROM care_household WHERE id = ?', [householdId]);
  const [photoRow] = await sql.execute('SELECT latitude, longitude FROM case_photo WHERE id = ?', [photoId]);
  const [residentRow] = await sql.execute('SELECT phone, username FROM app_user WHERE id = ?', [resident.id]);
  truth.set('User.phone | a resident who reported a case', residentRow.phone);
  truth.set('User.username | a resident who reported a case', residentRow.username);
  truth.set('User.phone | a volunteer on the team', memberRow.phone);
  truth.set("User.phone | A's secretary (an official)", secretaryRow.phone);
  truth.set("User.username | A's secretary (an official)", secretaryRow.username);
  truth.set("User.lastLoginAt | A's secretary (an official)", new Date(secretaryRow.last_login_at).toISOString());
  truth.set('PartnerUnit.contactPhone | unit U', '07155551234');
  truth.set("Household.residents | A's elderly household", householdRow.residents);
  truth.set("Household.address | A's elderly household", householdRow.address);
  truth.set("Household.latitude | A's elderly household", householdRow.latitude);
  truth.set("Household.longitude | A's elderly household", householdRow.longitude);
  truth.set("Household.situation | A's elderly household", householdRow.situation);
  truth.set("Household.emergencyContact | A's elderly household", householdRow.emergency_contact);
  truth.set("Visit.concerns | A's elderly household", '老人说腿疼');
  truth.set("FollowUp.note | the grid worker's case", '网格员说灯已亮');
  const [takerRow] = await sql.execute('SELECT display_name, phone FROM app_user WHERE id = ?', [taker.id]);
  truth.set("PartyOrder.takerName | a party member's order", takerRow.display_name);
  truth.set("PartyOrder.takerPhone | a party member's order", takerRow.phone);
  truth.set("PatrolRound.positions | the grid worker's patrol round", trail);
  truth.set("CasePhoto.latitude | the grid worker's photo", photoRow.latitude);
  truth.set("CasePhoto.longitude | the grid worker's photo", photoRow.longitude);
  for (const key of ["Household.schedules | A's elderly household", "Household.visits | A's elderly household", "Task.signups | A's task"]) {
    const probe = probes.get(key) as Probe;
    const value = probe.pick((await app.admin.gql(probe.query, probe.variables)).data);
    if (!Array.isArray(value) || value.length !== 1) throw new Error(`${key}: the administrator should read one item, got ${JSON.stringify(value)}`);
    truth.set(key, value);
  }
}, 60_000);
afterAll(() => app?.close());

function reading(result: GqlResult, value: unknown, stored: unknown): Reading | string {
  if (codeOf(result) === 'UNAUTHENTICATED' || codeOf(result) === 'FORBIDDEN' || value === undefined) return 'none';
  if (result.errors) return `error ${JSON.stringify(result.errors)}`;
  if (JSON.stringify(value) === JSON.stringify(stored)) return 'full';
  if (value === null || (Array.isArray(value) && value.length === 0)) return 'hidden';
  if (typeof value === 'string' && value.includes('***') && value !== stored) return 'masked';
  return `unexpected ${JSON.stringify(value)}`;
}

describe('who reads each piece of personal data', () => {
  it('every viewer reads each field exactly as the table says', async () => {
    const wrong: string[] = [];
    for (const row of PERSONAL_DATA) {
      const key = `${row.field} | ${row.subject}`;
      const probe = probes.get(key);
      if (!probe) throw new Error(`no path to ask for ${key}`);
      const answers = await Promise.all(VIEWERS.map((viewer) => viewers[viewer].gql(probe.query, probe.variables, { lang: 'en' })));
      VIEWERS.forEach((viewer, i) => {
        const got = reading(answers[i], probe.pick(answers[i].data), truth.get(key));
        if (got !== row.expected[viewer]) wrong.push(`${row.field} (${row.subject}) × ${viewer}: expected ${row.expected[viewer]}, got ${got}`);
      });
    }
    expect(wrong).toEqual([]);
  });
});
