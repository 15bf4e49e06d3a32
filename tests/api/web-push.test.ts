import { createDecipheriv, createECDH, createPublicKey, type ECDH, hkdfSync, randomBytes, verify } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { type Caller, codeOf, startTestApp, type TestApp } from '../support/app';
import { caseCast, REPORT_CASE } from '../support/factories';

// The server's own outbox worker delivers here (polling every 50 ms; a failed delivery waits 400 ms, then 800 …).
const RETRY_MS = 400;
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ OUTBOX_WORKER: '1', OUTBOX_POLL_MS: '50', OUTBOX_RETRY_MS: String(RETRY_MS) });
});
afterAll(() => app.close());

interface Push {
  at: number;
  method: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A push service on 127.0.0.1: records each request and answers with the status `answer` gives for the n-th. */
async function pushService(answer: (n: number) => number = () => 201) {
  const got: Push[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      got.push({ at: Date.now(), method: req.method ?? '', headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(answer(got.length)).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return { got, origin, close: () => new Promise((r) => server.close(r)) };
}

/** A browser's push subscription: its own P-256 key pair and auth secret, as PushManager.subscribe makes them. */
function browserKeys() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16);
  return { ecdh, auth, p256dh: ecdh.getPublicKey().toString('base64url'), authText: auth.toString('base64url') };
}

/** RFC 8188/8291 aes128gcm, as the browser decrypts a push: one record, its padding delimiter 0x02 stripped. */
function decrypt(body: Buffer, ecdh: ECDH, auth: Buffer): string {
  const salt = body.subarray(0, 16);
  const idLength = body.readUInt8(20);
  const serverPublic = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), ecdh.getPublicKey(), serverPublic]);
  const ikm = Buffer.from(hkdfSync('sha256', ecdh.computeSecret(serverPublic), auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  expect(padded[end]).toBe(0x02);
  return padded.subarray(0, end).toString('utf8');
}

/** The VAPID JWT's claims, after checking its ES256 signature with the public key `k`. */
function vapidClaims(authorization: string | undefined, k: string) {
  const match = /^vapid t=([^,]+), k=(.+)$/.exec(authorization ?? '');
  expect(match?.[2]).toBe(k);
  const [header, claims, signature] = (match?.[1] ?? '').split('.');
  const point = Buffer.from(k, 'base64url');
  const key = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') }, format: 'jwk' });
  expect(verify('sha256', Buffer.from(`${header}.${claims}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'))).toBe(true);
  expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ typ: 'JWT', alg: 'ES256' });
  return JSON.parse(Buffer.from(claims, 'base64url').toString()) as { aud: string; exp: number; sub: string };
}

const sql = <T>(query: string, params: unknown[] = []) => app.orm.em.fork().execute<T[]>(query, params);

async function until(what: () => boolean | Promise<boolean>, ms = 5_000) {
  const deadline = Date.now() + ms;
  while (!(await what())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A unit whose representative's phone has subscribed to push at `endpoint`; the browser's keys kept for decrypting. */
async function repWithPhones(...endpoints: string[]) {
  const cast = await caseCast(app);
  const [{ id: repId }] = await sql<{ id: string }>(`select id from app_user where unit_id = ? and 'UNIT_REP' = any(roles)`, [cast.unit.id]);
  const phones = [];
  for (const endpoint of endpoints) {
    const keys = browserKeys();
    // Browsers' push services are https only, and so is subscribeWebPush: a plain-http receiver is stored as the mutation would store it.
    const refused = await cast.rep.gql('mutation($s: PushSubscriptionInput!) { subscribeWebPush(subscription: $s) }', {
      s: { endpoint, p256dh: keys.p256dh, auth: keys.authText },
    });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    const [row] = await sql<{ id: string }>(
      'insert into push_subscription (id, user_id, endpoint, p256dh, auth, created_at) values (gen_random_uuid(), ?, ?, ?, ?, now()) returning id',
      [repId, endpoint, keys.p256dh, keys.authText],
    );
    phones.push({ ...keys, subscriptionId: row.id, endpoint });
  }
  return { ...cast, repId, phones };
}

/** The command centre dispatches a case to the unit: its representative is told, on every phone. */
async function dispatch(cast: { gridWorker: Caller; officer: Caller; unit: { id: string } }) {
  const id = (await cast.gridWorker.gql(REPORT_CASE, { i: { title: '下水道堵塞' } })).data?.reportCase.id;
  await cast.officer.gql('mutation($id: ID!) { acceptCase(id: $id) { status } }', { id });
  await cast.officer.gql('mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { status } }', { id, u: cast.unit.id });
  return id as string;
}

const messagesTo = (subscriptionId: string) =>
  sql<{ id: string; attempts: number; delivered_at: Date | null; next_attempt_at: Date | null; last_error: string | null }>(
    `select id, attempts, delivered_at, next_attempt_at, last_error from outbox_message where channel = 'WEB_PUSH' and target = ?`,
    [subscriptionId],
  );

describe('Web Push: a phone buzzes with the app closed', () => {
  it('delivers one encrypted, VAPID-signed push that the browser decrypts to the bell’s text and link', async () => {
    const service = await pushService();
    const cast = await repWithPhones(`${service.origin}/push/v1/phone-1`);
    const [phone] = cast.phones;
    const caseId = await dispatch(cast);
    await until(() => service.got.length >= 1);
    const [message] = await messagesTo(phone.subscriptionId);
    await until(async () => !!(await messagesTo(phone.subscriptionId))[0].delivered_at);
    // Delivered once: later polls send nothing more.
    await new Promise((r) => setTimeout(r, 300));
    expect(service.got).toHaveLength(1);

    const [push] = service.got;
    expect(push.method).toBe('POST');
    expect(push.headers.ttl).toBe('86400');
    expect(push.headers['content-encoding']).toBe('aes128gcm');
    const serverKey = (await cast.rep.gql('{ webPushPublicKey }')).data?.webPushPublicKey;
    const claims = vapidClaims(push.headers.authorization, serverKey);
    expect(claims.aud).toBe(service.origin);
    expect(claims.sub).toMatch(/^mailto:/);
    expect(claims.exp * 1000).toBeGreaterThan(Date.now());
    // The body is ciphertext: nothing of the case shows through.
    expect(push.body.toString('latin1')).not.toContain('下水道');
    expect(push.body.toString('utf8')).not.toContain('下水道');

    const bell = (await cast.rep.gql('{ notifications { edges { node { id kind text link } } } }')).data?.notifications.edges.map((e: any) => e.node);
    expect(bell).toHaveLength(1);
    const payload = JSON.parse(decrypt(push.body, phone.ecdh, phone.auth));
    // What the service worker (web/public/push-sw.js) shows: title, text as the body, the link to open, the notification as the tag.
    expect(payload).toEqual({ id: message.id, notificationId: bell[0].id, kind: 'CASE_DISPATCHED', title: '共建', text: bell[0].text, url: `/cases/${caseId}` });
    expect(bell[0].link).toBe(`/cases/${caseId}`);
    expect(payload.text).toContain('下水道堵塞');
    await service.close();
  });

  it('a push service answering 410 Gone loses the subscription for good; the phone still subscribed gets its push', async () => {
    const gone = await pushService(() => 410);
    const kept = await pushService(() => 201);
    const cast = await repWithPhones(`${gone.origin}/push/old-phone`, `${kept.origin}/push/new-phone`);
    const [oldPhone, newPhone] = cast.phones;
    await dispatch(cast);
    await until(() => gone.got.length >= 1 && kept.got.length >= 1);
    await until(async () => (await sql('select 1 from push_subscription where id = ?', [oldPhone.subscriptionId])).length === 0);
    await until(async () => !!(await messagesTo(newPhone.subscriptionId))[0].delivered_at);
    await new Promise((r) => setTimeout(r, RETRY_MS + 300));
    // Not retried: one POST to the gone phone, and its message given up.
    expect(gone.got).toHaveLength(1);
    expect(kept.got).toHaveLength(1);
    expect((await sql<{ id: string }>('select id from push_subscription where user_id = ?', [cast.repId])).map((r) => r.id)).toEqual([newPhone.subscriptionId]);
    const [lost] = await sql<{ attempts: number; delivered_at: Date | null; next_attempt_at: Date | null; last_error: string | null }>(
      `select attempts, delivered_at, next_attempt_at, last_error from outbox_message where channel = 'WEB_PUSH' and target = ?`,
      [oldPhone.subscriptionId],
    );
    expect(lost).toEqual({ attempts: 1, delivered_at: null, next_attempt_at: null, last_error: 'HTTP 410' });
    expect(JSON.parse(decrypt(kept.got[0].body, newPhone.ecdh, newPhone.auth)).text).toContain('下水道堵塞');
    await gone.close();
    await kept.close();
  });

  it('a push service answering 500 is tried again after the back-off, with the same message', async () => {
    const service = await pushService((n) => (n === 1 ? 500 : 201));
    const cast = await repWithPhones(`${service.origin}/push/v1/phone-2`);
    const [phone] = cast.phones;
    await dispatch(cast);
    await until(() => service.got.length >= 1);
    await until(async () => (await messagesTo(phone.subscriptionId))[0].last_error === 'HTTP 500');
    expect((await messagesTo(phone.subscriptionId))[0]).toMatchObject({ attempts: 1, delivered_at: null });
    await until(() => service.got.length >= 2);
    await until(async () => !!(await messagesTo(phone.subscriptionId))[0].delivered_at);
    await new Promise((r) => setTimeout(r, 300));
    expect(service.got).toHaveLength(2);
    // The back-off: the first retry waits at least OUTBOX_RETRY_MS.
    expect(service.got[1].at - service.got[0].at).toBeGreaterThanOrEqual(RETRY_MS - 20);
    const [first, second] = service.got.map((p) => JSON.parse(decrypt(p.body, phone.ecdh, phone.auth)));
    const [row] = await messagesTo(phone.subscriptionId);
    expect(first.id).toBe(row.id);
    expect(second).toEqual(first);
    expect(row).toMatchObject({ attempts: 2, last_error: null });
    // The subscription stays: a server error says nothing about the phone.
    expect(await sql('select 1 from push_subscription where id = ?', [phone.subscriptionId])).toHaveLength(1);
    await service.close();
  });
});
