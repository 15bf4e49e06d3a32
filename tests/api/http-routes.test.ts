import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import WebSocket from 'ws';
import { loadConfig } from '../../api/src/config';
import { guardRoutes } from '../../api/src/http/routes';
import type { AppDeps } from '../../api/src/request-context';
import { buildServer } from '../../api/src/server';
import type { Role } from '../../api/src/shared/auth/role';
import { type Caller, startTestApp, type TestApp } from '../support/app';
import { actAs, communityWithSecretary, REPORT_CASE, unitWithRep } from '../support/factories';
import { jpegWithGps } from '../support/images';

// Deny by default over HTTP, as for root GraphQL fields: every route the server registers carries
// an access rule, and each route answers each kind of caller as the table below says.

let app: TestApp;
let server: FastifyInstance;
let url: string;
const routes: RouteOptions[] = [];

beforeAll(async () => {
  app = await startTestApp();
  // A built web client of two files, so the static routes are registered and ruled too.
  const webDir = mkdtempSync(join(tmpdir(), 'gongjian-web-'));
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>共建</title>');
  writeFileSync(join(webDir, 'assets', 'app.js'), 'console.log("共建")');
  const config = { ...loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'gongjian-routes-')), WEB_DIR: webDir }), port: 0, host: '127.0.0.1' };
  server = await buildServer({ orm: app.orm, config, logError: () => undefined, onRoute: (options) => void routes.push(options) });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await server?.close();
  await app.close();
});

const named = (r: RouteOptions) => `${[r.method].flat().join(',')} ${r.url}`;

describe('every HTTP route declares who may call it', () => {
  it('no registered route is without a rule', () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((r) => !r.config?.access).map(named)).toEqual([]);
  });

  it('the whole surface, with its rules (a new route is added here on purpose)', () => {
    const rules = Object.fromEntries(routes.map((r) => [named(r), r.config?.access]));
    const watchers = ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP'];
    expect(rules).toEqual({
      'POST,OPTIONS /graphql': 'public',
      'GET /graphql': 'public',
      'HEAD /graphql': 'public',
      'GET /api/templates/needs.xlsx': 'signedIn',
      'HEAD /api/templates/needs.xlsx': 'signedIn',
      'GET /api/exports/joint-totals.xlsx': 'signedIn',
      'HEAD /api/exports/joint-totals.xlsx': 'signedIn',
      'POST /api/uploads': 'anyAccount',
      'GET /api/photos/:id': 'anyAccount',
      'HEAD /api/photos/:id': 'anyAccount',
      'GET /api/exports/cases.xlsx': watchers,
      'HEAD /api/exports/cases.xlsx': watchers,
      'GET /api/public/communities/:id/open-data.xlsx': 'public',
      'HEAD /api/public/communities/:id/open-data.xlsx': 'public',
      'GET /api/public/communities/:id/:table.csv': 'public',
      'HEAD /api/public/communities/:id/:table.csv': 'public',
      'GET /api/exports/party-orders.xlsx': ['ADMIN', 'COMMUNITY_SECRETARY'],
      'HEAD /api/exports/party-orders.xlsx': ['ADMIN', 'COMMUNITY_SECRETARY'],
      'GET /healthz': 'public',
      'HEAD /healthz': 'public',
      'HEAD,GET /index.html': 'public',
      'HEAD,GET /assets/app.js': 'public',
    });
  });

  it('a route someone forgot to rule is refused, not served', async () => {
    const bare = Fastify();
    guardRoutes(bare, { orm: app.orm } as AppDeps, () => undefined);
    bare.get('/forgotten', async () => 'leaked');
    const at = await bare.listen({ port: 0, host: '127.0.0.1' });
    const response = await fetch(`${at}/forgotten`, { headers: { 'accept-language': 'en' } });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: 'FORBIDDEN', message: 'This operation declares no access rule and is denied.' } });
    await bare.close();
  });
});

const WHO = ['anonymous', 'volunteer', 'unitRep', 'officer', 'leader', 'secretary', 'resident'] as const;
type Who = (typeof WHO)[number];
type Answer = number | string;

const callers = {} as Record<Who, Caller>;
let photoUrl: string;
let residentPhotoUrl: string;
let communityId: string;

beforeAll(async () => {
  const { community, secretary } = await communityWithSecretary(app);
  communityId = community.id;
  callers.anonymous = app.anonymous;
  callers.secretary = secretary;
  callers.volunteer = (await actAs(app, ['VOLUNTEER' as Role], { communityId: community.id })).caller;
  callers.unitRep = (await unitWithRep(app)).rep;
  callers.leader = (await actAs(app, ['CITY_LEADER' as Role])).caller;
  callers.officer = (await actAs(app, ['COMMAND_CENTER' as Role])).caller;
  // A case of the secretary's community with a photo: the route lets any signed-in caller ask; the case decides who sees it.
  const { caller: gridWorker } = await actAs(app, ['GRID_WORKER' as Role], { communityId: community.id });
  const upload = await fetch(`${url}/api/uploads`, {
    method: 'POST',
    headers: { 'content-type': 'image/jpeg', authorization: `Bearer ${gridWorker.token}` },
    body: jpegWithGps(29.7, 113.9),
  });
  const photoId = ((await upload.json()) as { id: string }).id;
  const reported = await gridWorker.gql(REPORT_CASE.replace('acceptDueAt', 'acceptDueAt photos { url }'), { i: { title: '路灯不亮', photoIds: [photoId] } });
  photoUrl = reported.data?.reportCase.photos[0].url;
  // A resident of the same community and a report of their own with a photo.
  callers.resident = (await actAs(app, ['RESIDENT' as Role], { communityId: community.id })).caller;
  const own = await fetch(`${url}/api/uploads`, {
    method: 'POST',
    headers: { 'content-type': 'image/jpeg', authorization: `Bearer ${callers.resident.token}` },
    body: jpegWithGps(29.7, 113.9),
  });
  const ownId = ((await own.json()) as { id: string }).id;
  const mine = await callers.resident.gql(REPORT_CASE.replace('acceptDueAt', 'acceptDueAt photos { url }'), { i: { title: '井盖缺失', photoIds: [ownId] } });
  residentPhotoUrl = mine.data?.reportCase.photos[0].url;
});

const auth = (caller: Caller): Record<string, string> => (caller.token ? { authorization: `Bearer ${caller.token}` } : {});
const status = async (caller: Caller, path: string, init: RequestInit = {}) =>
  (await fetch(`${url}${path}`, { ...init, headers: { ...auth(caller), ...(init.headers as Record<string, string>) } })).status;
const upload = (caller: Caller, bytes = jpegWithGps(29.7, 113.9)) => status(caller, '/api/uploads', { method: 'POST', headers: { 'content-type': 'image/jpeg' }, body: bytes });
const WEEK = '?from=2026-06-30T16:00:00Z&to=2026-07-07T16:00:00Z';

/** graphql-ws handshake: "ack", or the close code the server refused the connection with. */
function subscribe(caller: Caller): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: caller.token ? { authorization: `Bearer ${caller.token}` } : {} })));
    socket.on('message', (data) => {
      if (JSON.parse(String(data)).type !== 'connection_ack') return;
      resolve('ack');
      socket.close();
    });
    socket.on('close', (code) => resolve(code));
    socket.on('error', reject);
  });
}

const all = (answer: Answer): Answer[] => WHO.map(() => answer);
const signedIn = (answer: Answer): Answer[] => [401, ...WHO.slice(1).map(() => answer)];

// Columns: anonymous, volunteer, unit rep, command centre officer, city leader, secretary, resident.
const staffOnly = (answer: Answer): Answer[] => [...signedIn(answer).slice(0, -1), 403];
const TABLE: { route: string; call: (caller: Caller) => Promise<Answer>; expected: Answer[] }[] = [
  { route: 'POST /api/uploads', call: (c) => upload(c), expected: signedIn(201) },
  { route: 'POST /api/uploads, 11 MB: anonymous is refused before the body is read', call: (c) => upload(c, jpegWithGps(29.7, 113.9, 11 * 1024 * 1024)), expected: signedIn(413) },
  { route: 'GET /api/photos/:id (a case of the secretary’s community)', call: (c) => status(c, photoUrl), expected: [401, 404, 404, 200, 200, 200, 404] },
  { route: 'HEAD /api/photos/:id', call: (c) => status(c, photoUrl, { method: 'HEAD' }), expected: [401, 404, 404, 200, 200, 200, 404] },
  { route: 'GET /api/photos/:id (a resident’s own report)', call: (c) => status(c, residentPhotoUrl), expected: [401, 404, 404, 200, 200, 200, 200] },
  { route: 'GET /api/templates/needs.xlsx', call: (c) => status(c, '/api/templates/needs.xlsx'), expected: staffOnly(200) },
  { route: 'GET /api/exports/joint-totals.xlsx', call: (c) => status(c, '/api/exports/joint-totals.xlsx'), expected: staffOnly(200) },
  { route: 'GET /api/exports/cases.xlsx', call: (c) => status(c, `/api/exports/cases.xlsx${WEEK}`), expected: [401, 403, 200, 200, 200, 200, 403] },
  { route: 'HEAD /api/exports/cases.xlsx', call: (c) => status(c, `/api/exports/cases.xlsx${WEEK}`, { method: 'HEAD' }), expected: [401, 403, 200, 200, 200, 200, 403] },
  { route: 'GET /api/public/communities/:id/open-data.xlsx', call: (c) => status(c, `/api/public/communities/${communityId}/open-data.xlsx`), expected: all(200) },
  { route: 'GET /api/public/communities/:id/:table.csv', call: (c) => status(c, `/api/public/communities/${communityId}/needs.csv`), expected: all(200) },
  {
    route: 'GET /api/exports/party-orders.xlsx (the secretary’s community)',
    call: (c) => status(c, `/api/exports/party-orders.xlsx?communityId=${communityId}&month=2026-11`),
    expected: [401, 403, 403, 403, 403, 200, 403],
  },
  { route: 'GET /healthz', call: (c) => status(c, '/healthz'), expected: all(200) },
  {
    route: 'POST /graphql (each root field rules itself)',
    call: (c) => status(c, '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ me { id } }"}' }),
    expected: all(200),
  },
  { route: 'GET /graphql without an upgrade', call: (c) => status(c, '/graphql'), expected: all(400) },
  { route: 'GET /graphql, WebSocket (graphql-ws)', call: subscribe, expected: [4403, ...WHO.slice(1).map(() => 'ack')] },
  { route: 'GET /assets/app.js', call: (c) => status(c, '/assets/app.js'), expected: all(200) },
  { route: 'GET /index.html', call: (c) => status(c, '/index.html'), expected: all(200) },
  { route: 'GET /cases/123, the SPA fallback', call: (c) => status(c, '/cases/123', { headers: { accept: 'text/html' } }), expected: all(200) },
  { route: 'GET /api/nothing-here', call: (c) => status(c, '/api/nothing-here'), expected: all(404) },
];

describe('what each route answers each caller, over HTTP', () => {
  it.each(TABLE)('$route', async ({ call, expected }) => {
    const answers: Record<string, Answer> = {};
    for (const who of WHO) answers[who] = await call(callers[who]);
    expect(answers).toEqual(Object.fromEntries(WHO.map((who, i) => [who, expected[i]])));
  });

  it('refusals come in the API’s shape and the caller’s language', async () => {
    const anonymous = await fetch(`${url}/api/exports/cases.xlsx${WEEK}`, { headers: { 'accept-language': 'en' } });
    expect(await anonymous.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Please sign in first.' } });
    const volunteer = await fetch(`${url}/api/exports/cases.xlsx${WEEK}`, { headers: { ...auth(callers.volunteer), 'accept-language': 'zh-CN' } });
    expect(await volunteer.json()).toEqual({ error: { code: 'FORBIDDEN', message: '您的角色无权执行此操作。' } });
  });
});
