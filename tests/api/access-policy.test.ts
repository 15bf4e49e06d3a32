import { type Client } from 'graphql-ws';
import type { Role } from '../../api/src/shared/auth/role';
import { PASSWORD, startTestApp, type TestApp } from '../support/app';
import { CREATE_NEED, communityWithSecretary, makeCommunity, must, PUBLISH_NEED, unitWithRep } from '../support/factories';
import { jpegWithGps } from '../support/images';
import { liveClient } from '../support/live';

// Each way an object used to leak through another one, told as the person who would have seen it.

let app: TestApp;
const clients: Client[] = [];
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await app.close();
});

let phones = 13907150000;
/** A signed-in user with a phone number of their own. */
async function person(roles: string[], attach: { communityId?: string; unitId?: string } = {}) {
  const phone = String(++phones);
  const username = `p${process.pid}x${phones}`;
  const r = await app.admin.gql('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
    i: { username, displayName: `居民${phones}`, password: PASSWORD, roles: roles as Role[], phone, ...attach },
  });
  const id = must(r, 'createUser').createUser.id as string;
  return { id, phone, masked: `${phone.slice(0, 3)}****${phone.slice(-4)}`, caller: await app.signIn(username) };
}

async function volunteer(communityId?: string) {
  const p = await person(['VOLUNTEER'], communityId ? { communityId } : {});
  const r = await p.caller.gql('mutation($i: RegisterVolunteerInput!) { registerVolunteer(input: $i) { id } }', {
    i: { skills: ['敲门'], ...(communityId ? { communityId } : {}) },
  });
  return { ...p, volunteerId: must(r, 'registerVolunteer').registerVolunteer.id as string };
}

async function auditRows(actorId: string) {
  return app.orm.em
    .fork()
    .getConnection()
    .execute<{ subject_type: string; subject_id: string; data: { fields: string[]; path: string } }[]>(
      "SELECT subject_type, subject_id, data FROM audit_event WHERE action = 'PERSONAL_DATA_READ' AND actor_id = ? ORDER BY id",
      [actorId],
    );
}

async function upload(token: string | null): Promise<string> {
  const response = await fetch(`${app.url}/api/uploads`, {
    method: 'POST',
    headers: { 'content-type': 'image/jpeg', authorization: `Bearer ${token}` },
    body: jpegWithGps(29.7168, 113.8845),
  });
  return ((await response.json()) as { id: string }).id;
}

describe('one access policy, asked on every way into an object', () => {
  it('a volunteer reporting rubbish next to another community’s case learns nothing about it; the command centre sees it as a likely duplicate', async () => {
    const community = await makeCommunity(app);
    const gridWorker = await person(['GRID_WORKER'], { communityId: community.id });
    const photo = await upload(gridWorker.caller.token);
    const spot = { latitude: 29.7168, longitude: 113.8845, category: 'ENVIRONMENT' };
    const first = await gridWorker.caller.gql('mutation($i: ReportCaseInput!) { reportCase(input: $i) { id } }', { i: { title: '桥头垃圾堆积', ...spot, photoIds: [photo] } });
    const firstId = must(first, 'reportCase').reportCase.id;

    const stranger = await volunteer();
    const LEAK = `mutation($i: ReportCaseInput!) { reportCase(input: $i) { id likelyDuplicates {
      id title description reporter { phone } photos { latitude longitude } events { actor { phone } } } } }`;
    const mine = await stranger.caller.gql(LEAK, { i: { title: '河边有垃圾', ...spot } });
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.reportCase.likelyDuplicates).toEqual([]);
    expect((await stranger.caller.gql('query($id: ID!) { case(id: $id) { id } }', { id: firstId })).data?.case).toBeNull();

    const officer = await person(['COMMAND_CENTER']);
    const seen = await officer.caller.gql('query($id: ID!) { case(id: $id) { likelyDuplicates { id reporter { phone } photos { latitude } } } }', { id: mine.data?.reportCase.id });
    expect(seen.data?.case.likelyDuplicates).toEqual([{ id: firstId, reporter: { phone: gridWorker.phone }, photos: [{ latitude: expect.closeTo(29.7168, 3) }] }]);
  });

  it('a unit’s representative sees the case dispatched to them, but not where its reporter stood nor the reporter’s phone', async () => {
    const community = await makeCommunity(app);
    const gridWorker = await person(['GRID_WORKER'], { communityId: community.id });
    const officer = await person(['COMMAND_CENTER']);
    const { unit, rep } = await unitWithRep(app);
    const photo = await upload(gridWorker.caller.token);
    const report = await gridWorker.caller.gql('mutation($i: ReportCaseInput!) { reportCase(input: $i) { id } }', { i: { title: '路灯不亮', photoIds: [photo] } });
    const id = must(report, 'report').reportCase.id;
    await officer.caller.gql('mutation($id: ID!) { acceptCase(id: $id) { id } }', { id });
    must(await officer.caller.gql('mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { id } }', { id, u: unit.id }), 'dispatch');
    const seen = await rep.gql('query($id: ID!) { case(id: $id) { title reporter { phone } photos { latitude longitude url } } }', { id });
    expect(seen.data?.case).toEqual({ title: '路灯不亮', reporter: { phone: gridWorker.masked }, photos: [{ latitude: null, longitude: null, url: `/api/photos/${photo}` }] });
  });

  it('a grid worker on ribbon patrol reads where the yellow ribbon hangs, not who lives there nor whom to call; the household’s team reads everything', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const captain = await volunteer(community.id);
    const outsider = await volunteer(community.id);
    const gridWorker = await person(['GRID_WORKER'], { communityId: community.id });
    const team = await secretary.gql('mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', {
      i: { communityId: community.id, name: '益家亲敲门组', kind: 'DOOR_KNOCKING', captainId: captain.volunteerId },
    });
    const household = await secretary.gql('mutation($i: HouseholdInput!) { addHousehold(input: $i) { id } }', {
      i: {
        communityId: community.id,
        residents: '黎逢保夫妇',
        address: '翠泉花苑 3 栋 2 单元 101',
        situation: '年近八旬，行动不便',
        emergencyContact: '黎小明 13800001111',
        consent: true,
        teamId: must(team, 'createTeam').createTeam.id,
      },
    });
    const householdId = must(household, 'addHousehold').addHousehold.id;
    await captain.caller.gql('mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }', { i: { householdId, concerns: '老人说腿疼' } });
    must(await gridWorker.caller.gql('mutation($h: ID!) { raiseYellowRibbon(householdId: $h, note: "门口挂了黄丝带") { id } }', { h: householdId }), 'raise');

    const RIBBONS = '{ yellowRibbons { note household { residents address situation emergencyContact visits { concerns visitor { phone } } schedules { id } } } }';
    const patrol = { residents: '黎***', address: '翠泉花苑 3 栋 2 单元 101', situation: null, emergencyContact: null, visits: [], schedules: [] };
    for (const viewer of [gridWorker, outsider]) {
      const r = await viewer.caller.gql(RIBBONS);
      expect(r.errors).toBeUndefined();
      expect(r.data?.yellowRibbons).toEqual([{ note: '门口挂了黄丝带', household: patrol }]);
    }
    expect((await outsider.caller.gql('query($id: ID!) { household(id: $id) { id } }', { id: householdId })).data?.household).toBeNull();

    const carer = await captain.caller.gql(RIBBONS);
    expect(carer.data?.yellowRibbons[0].household).toMatchObject({
      residents: '黎逢保夫妇',
      emergencyContact: '黎小明 13800001111',
      visits: [{ concerns: '老人说腿疼', visitor: { phone: captain.phone } }],
    });

    const elsewhere = await volunteer((await makeCommunity(app)).id);
    expect((await elsewhere.caller.gql(RIBBONS)).data?.yellowRibbons).toEqual([]);
  });

  it('phone numbers reached through need events and teams are masked for those who do not call these people; a team is its members’ and its secretary’s', async () => {
    const { community } = await communityWithSecretary(app);
    const secretary = await person(['COMMUNITY_SECRETARY'], { communityId: community.id });
    const created = await secretary.caller.gql(CREATE_NEED, { i: { communityId: community.id, title: '修补破损路面', category: 'INFRASTRUCTURE' } });
    const needId = must(created, 'createNeed').createNeed.id;
    must(await secretary.caller.gql(PUBLISH_NEED, { id: needId }), 'publish');
    const captain = await volunteer(community.id);
    const member = await volunteer(community.id);
    await secretary.caller.gql('mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', {
      i: { communityId: community.id, name: '巡逻队', kind: 'STREET_PATROL', captainId: captain.volunteerId, memberIds: [member.volunteerId] },
    });
    const { rep } = await unitWithRep(app);
    const stranger = await volunteer();

    const EVENTS = 'query($c: ID!) { needs(filter: { communityId: $c }) { edges { node { events { actor { id phone username } } } } } }';
    for (const viewer of [rep, stranger.caller]) {
      const actor = (await viewer.gql(EVENTS, { c: community.id })).data?.needs.edges[0].node.events[0].actor;
      expect(actor).toEqual({ id: secretary.id, phone: secretary.masked, username: expect.stringMatching(/^p\*\*\*$/) });
    }

    const TEAMS = 'query($c: ID!) { teams(communityId: $c) { members { user { id phone } } captain { user { phone } } } }';
    const byId = (team: { members: { user: { id: string; phone: string } }[] }) => Object.fromEntries(team.members.map((m) => [m.user.id, m.user.phone]));
    expect((await stranger.caller.gql(TEAMS, { c: community.id })).data?.teams).toEqual([]);
    expect((await rep.gql(TEAMS, { c: community.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asCaptain = (await captain.caller.gql(TEAMS, { c: community.id })).data?.teams[0];
    expect(byId(asCaptain)).toEqual({ [member.id]: member.phone, [captain.id]: captain.phone });
    const asMember = (await member.caller.gql(TEAMS, { c: community.id })).data?.teams[0];
    expect(byId(asMember)).toEqual({ [member.id]: member.phone, [captain.id]: captain.masked });
    const asSecretary = (await secretary.caller.gql(TEAMS, { c: community.id })).data?.teams[0];
    expect(byId(asSecretary)).toEqual({ [member.id]: member.phone, [captain.id]: captain.phone });
  });

  it('a draft need’s title reaches nobody but its secretary: not the board of a grid worker, not a volunteer’s task list', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const gridWorker = await person(['GRID_WORKER'], { communityId: community.id });
    const client = liveClient(app.url, gridWorker.caller.token);
    clients.push(client);
    const heard: { action: string; need: { title: string } | null }[] = [];
    const published = new Promise<void>((resolve, reject) => {
      client.subscribe(
        { query: 'subscription($c: ID!) { needBoard(communityId: $c) { action need { title } } }', variables: { c: community.id } },
        {
          next: (message) => {
            if (message.errors) return reject(new Error(JSON.stringify(message.errors)));
            const event = message.data?.needBoard as { action: string; need: { title: string } | null };
            heard.push(event);
            if (event.action === 'PUBLISHED') resolve();
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const draft = await secretary.gql(CREATE_NEED, { i: { communityId: community.id, title: '草稿：背街小巷改造', category: 'INFRASTRUCTURE' } });
    const needId = must(draft, 'createNeed').createNeed.id;
    const task = await secretary.gql('mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }', {
      i: { communityId: community.id, title: '准备改造材料', needId, startsAt: '2030-01-01T01:00:00Z', endsAt: '2030-01-01T03:00:00Z', capacity: 3 },
    });
    must(task, 'createTask');
    const helper = await volunteer(community.id);
    const tasks = await helper.caller.gql('query($c: ID!) { tasks(communityId: $c) { title need { title } } }', { c: community.id });
    expect(tasks.data?.tasks).toEqual([{ title: '准备改造材料', need: null }]);

    await secretary.gql(PUBLISH_NEED, { id: needId });
    await published;
    expect(heard).toEqual([{ action: 'PUBLISHED', need: { title: '草稿：背街小巷改造' } }]);
    const after = await helper.caller.gql('query($c: ID!) { tasks(communityId: $c) { need { title } } }', { c: community.id });
    expect(after.data?.tasks).toEqual([{ need: { title: '草稿：背街小巷改造' } }]);
  });

  it('reading an elderly household’s data or another person’s phone leaves an audit entry; one’s own and masked values do not', async () => {
    const { community } = await communityWithSecretary(app);
    const secretary = await person(['COMMUNITY_SECRETARY'], { communityId: community.id });
    const household = await secretary.caller.gql('mutation($i: HouseholdInput!) { addHousehold(input: $i) { id } }', {
      i: { communityId: community.id, residents: '刘奶奶', address: '六米桥 8 号', emergencyContact: '刘强 13900002222', consent: true },
    });
    const householdId = must(household, 'addHousehold').addHousehold.id;
    const helper = await volunteer(community.id);
    const before = (await auditRows(secretary.id)).length;

    await secretary.caller.gql('query($id: ID!) { household(id: $id) { residents emergencyContact consent } }', { id: householdId });
    await secretary.caller.gql('query($c: ID!) { volunteers(communityId: $c) { user { phone } } }', { c: community.id });
    await secretary.caller.gql('{ me { phone } }');
    const rows = (await auditRows(secretary.id)).slice(before);
    expect(rows).toEqual([
      { subject_type: 'Household', subject_id: householdId, data: { fields: ['emergencyContact', 'residents'], path: 'household' } },
      { subject_type: 'User', subject_id: helper.id, data: { fields: ['phone'], path: 'volunteers' } },
    ]);

    const stranger = await volunteer();
    await stranger.caller.gql('{ me { phone } }');
    const { rep } = await unitWithRep(app);
    await rep.gql('query($c: ID!) { needs(filter: { communityId: $c }) { edges { node { events { actor { phone } } } } } }', { c: community.id });
    expect(await auditRows(stranger.id)).toEqual([]);
  });

  it('a command officer’s live queue shows each reporter’s phone, and each one it shows is in the audit log', async () => {
    const community = await makeCommunity(app);
    const gridWorker = await person(['GRID_WORKER'], { communityId: community.id });
    const officer = await person(['COMMAND_CENTER']);
    const client = liveClient(app.url, officer.caller.token);
    clients.push(client);
    const heard = new Promise<{ case: { title: string; reporter: { phone: string } } }>((resolve, reject) => {
      client.subscribe(
        { query: 'subscription { caseUpdates { case { id title reporter { phone } } } }' },
        {
          next: (message) => (message.errors ? reject(new Error(JSON.stringify(message.errors))) : resolve(message.data?.caseUpdates as never)),
          error: reject,
          complete: () => undefined,
        },
      );
    });
    let report: { data?: any } = {};
    for (let tries = 0; tries < 20; tries++) {
      report = await gridWorker.caller.gql('mutation { reportCase(input: { title: "井盖缺失" }) { id } }');
      if (await Promise.race([heard.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 200))])) break;
    }
    expect((await heard).case.reporter.phone).toBe(gridWorker.phone);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const rows = await auditRows(officer.id);
    expect(rows).toContainEqual({ subject_type: 'User', subject_id: gridWorker.id, data: { fields: ['phone'], path: 'caseUpdates' } });
    expect(report.data?.reportCase.id).toBeTruthy();
  });
});
