import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { noSmsProvider } from '../../api/src/modules/notify/channels';
import { OUTBOX_DEFAULTS, OutboxWorker } from '../../api/src/modules/notify/outbox.worker';
import { startTestApp, type TestApp } from '../support/app';
import { caseCast, REPORT_CASE } from '../support/factories';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

interface Received {
  id: string;
  url: string;
  body: { msgtype: string; text: { content: string } };
  res: ServerResponse;
}

/** A group robot on 127.0.0.1: records each request and answers as `answer` says (a number, or 'hold' to keep it waiting). */
async function receiver(answer: (n: number) => number | 'hold') {
  const got: Received[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      got.push({ id: String(req.headers['x-gongjian-message-id']), url: req.url ?? '', body: JSON.parse(raw), res });
      const a = answer(got.length);
      if (a !== 'hold') res.writeHead(a).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { got, url: `http://127.0.0.1:${port}/robot/send?access_token=t0ken`, close: () => new Promise((r) => server.close(r)) };
}

const worker = (settings: Partial<typeof OUTBOX_DEFAULTS> = {}) =>
  new OutboxWorker(
    app.orm,
    { ...OUTBOX_DEFAULTS, retryMs: 1, leaseMs: 60_000, ...settings },
    () => ({ publicKey: '', privateKey: '', subject: '' }),
    noSmsProvider,
    () => undefined,
  );

/** A case dispatched to a unit whose work group has a robot at `url`; answers the outbox message's id. */
async function dispatchToRobot(url: string, secret: string | null) {
  const cast = await caseCast(app);
  const set = await cast.officer.gql('mutation($i: SetGroupWebhookInput!) { setGroupWebhook(input: $i) { id host signed } }', { i: { unitId: cast.unit.id, url, secret } });
  expect(set.data?.setGroupWebhook).toMatchObject({ host: expect.stringContaining('127.0.0.1'), signed: !!secret });
  const id = (await cast.gridWorker.gql(REPORT_CASE, { i: { title: '下水道堵塞' } })).data?.reportCase.id;
  await cast.officer.gql('mutation($id: ID!) { acceptCase(id: $id) { status } }', { id });
  await cast.officer.gql('mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { status } }', { id, u: cast.unit.id });
  const rows = await app.orm.em.fork().execute<{ id: string }[]>(`select id from outbox_message where channel = 'WEBHOOK' and payload->>'url' = ?`, [`/cases/${id}`]);
  expect(rows).toHaveLength(1);
  return rows[0].id;
}

const row = async (id: string) =>
  (
    await app.orm.em
      .fork()
      .execute<{ delivered_at: Date | null; attempts: number; last_error: string | null }[]>('select delivered_at, attempts, last_error from outbox_message where id = ?', [id])
  )[0];

describe("the outbox: a dispatched case lands in the unit's work group", () => {
  it('delivers with its id and a DingTalk signature the receiver can check', async () => {
    const robot = await receiver(() => 200);
    const messageId = await dispatchToRobot(robot.url, 'SEC-robot-secret');
    await worker().runOnce();
    expect(robot.got).toHaveLength(1);
    const [request] = robot.got;
    expect(request.id).toBe(messageId);
    expect(request.body.msgtype).toBe('text');
    expect(request.body.text.content).toContain('下水道堵塞');
    const query = new URL(request.url, 'http://x').searchParams;
    const expected = createHmac('sha256', 'SEC-robot-secret')
      .update(`${query.get('timestamp')}\nSEC-robot-secret`)
      .digest('base64');
    expect(query.get('sign')).toBe(expected);
    expect(Math.abs(Number(query.get('timestamp')) - Date.now())).toBeLessThan(60_000);
    expect((await row(messageId)).delivered_at).toBeTruthy();
    // The secret and URL never come back.
    const listed = await app.admin.gql('{ groupWebhooks { host signed } }');
    expect(JSON.stringify(listed.data)).not.toMatch(/SEC-robot|t0ken/);
    await robot.close();
  });

  it('retries after the receiver answers 500, then records the delivery', async () => {
    const robot = await receiver((n) => (n === 1 ? 500 : 200));
    const messageId = await dispatchToRobot(robot.url, null);
    await worker().runOnce();
    expect(await row(messageId)).toMatchObject({ delivered_at: null, attempts: 1, last_error: 'HTTP 500' });
    await new Promise((r) => setTimeout(r, 20));
    await worker().runOnce();
    expect((await row(messageId)).delivered_at).toBeTruthy();
    expect(robot.got.map((g) => g.id)).toEqual([messageId, messageId]);
    await robot.close();
  });

  it('a worker that dies mid-delivery loses nothing: after its claim runs out another delivers the same id', async () => {
    const robot = await receiver((n) => (n === 1 ? 'hold' : 200));
    const messageId = await dispatchToRobot(robot.url, null);
    // The first worker's delivery hangs (the receiver never answers) and it never records anything: as good as killed.
    const dead = worker({ leaseMs: 300, timeoutMs: 60_000 }).runOnce();
    while (robot.got.length < 1) await new Promise((r) => setTimeout(r, 10));
    expect((await row(messageId)).delivered_at).toBeNull();
    // Within the claim, nobody else takes it.
    expect(await worker().runOnce()).toBe(0);
    await new Promise((r) => setTimeout(r, 400));
    await worker().runOnce();
    expect(robot.got.map((g) => g.id)).toEqual([messageId, messageId]);
    expect((await row(messageId)).delivered_at).toBeTruthy();
    // The receiver de-duplicates by the id: one distinct message.
    expect(new Set(robot.got.map((g) => g.id)).size).toBe(1);
    // Let the abandoned delivery end (the receiver hangs up) before the test's database goes away.
    robot.got[0].res.destroy();
    await dead.catch(() => undefined);
    await robot.close();
  });
});
