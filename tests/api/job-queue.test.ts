import type PgBoss from 'pg-boss';
import { JOBS, startJobQueue, sweepCases } from '../../api/src/modules/notify/jobs';
import { startTestApp, type TestApp } from '../support/app';
import { actAs, caseCast, REPORT_CASE } from '../support/factories';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const COUNT = '{ unreadNotificationCount notifications(first: 5) { edges { node { kind objectId } } } }';

describe('scheduled case work runs once, whoever runs it', () => {
  it('two workers sweep at once: one deadline reminder to the unit, one escalation to the command centre', async () => {
    const cast = await caseCast(app);
    const { caller: officer2 } = await actAs(app, ['COMMAND_CENTER' as never]);
    const ids: string[] = [];
    for (const title of ['积水未排', '护栏损坏']) {
      const id = (await cast.gridWorker.gql(REPORT_CASE, { i: { title } })).data?.reportCase.id;
      await cast.officer.gql('mutation($id: ID!) { acceptCase(id: $id) { status } }', { id });
      await cast.officer.gql('mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { status } }', { id, u: cast.unit.id });
      ids.push(id);
    }
    const em = app.orm.em.fork();
    await em.execute(`update case_file set due_at = now() + interval '90 minutes' where id = ?`, [ids[0]]);
    await em.execute(`update case_file set due_at = now() - interval '10 minutes' where id = ?`, [ids[1]]);
    const before = (await officer2.gql(COUNT)).data?.unreadNotificationCount;
    await Promise.all([sweepCases(app.orm), sweepCases(app.orm), sweepCases(app.orm)]);
    await sweepCases(app.orm);
    const rep = (await cast.rep.gql(COUNT)).data?.notifications.edges.map((e: { node: { kind: string } }) => e.node.kind);
    expect(rep.filter((k: string) => k === 'CASE_DEADLINE_SOON')).toHaveLength(1);
    const officer = (await officer2.gql(COUNT)).data as Record<string, any>;
    expect(officer.unreadNotificationCount - before).toBe(1);
    expect(officer.notifications.edges[0].node).toEqual({ kind: 'CASE_ESCALATED', objectId: ids[1] });
    const events = await em.execute(`select count(*)::int as n from case_event where case_id = ? and action = 'ESCALATED'`, [ids[1]]);
    expect(events[0].n).toBe(1);
  });
});

describe('the job queue: pg-boss in two API processes', () => {
  it('two processes start the queue on one database: the every-minute case sweep runs once, and escalates an overdue case once', async () => {
    const cast = await caseCast(app);
    const { caller: officer } = await actAs(app, ['COMMAND_CENTER' as never]);
    const id = (await cast.gridWorker.gql(REPORT_CASE, { i: { title: '下水道堵塞' } })).data?.reportCase.id;
    await cast.officer.gql('mutation($id: ID!) { acceptCase(id: $id) { status } }', { id });
    await cast.officer.gql('mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { status } }', { id, u: cast.unit.id });
    const em = app.orm.em.fork();
    await em.execute(`update case_file set due_at = now() - interval '5 minutes' where id = ?`, [id]);
    const errors: unknown[] = [];
    const bosses: PgBoss[] = [];
    const started: number[] = [];
    try {
      // Two "processes": two pg-boss instances with their own pools, started at the same moment.
      await Promise.all(
        [0, 1].map(async () => {
          const t0 = performance.now();
          bosses.push(await startJobQueue(app.orm, app.databaseUrl, (e) => errors.push(e)));
          started.push(Math.round(performance.now() - t0));
        }),
      );
      const t0 = performance.now();
      const third = await startJobQueue(app.orm, app.databaseUrl, (e) => errors.push(e));
      bosses.push(third);
      started.push(Math.round(performance.now() - t0));
      console.log(`pg-boss startJobQueue: ${started.join(' ms, ')} ms (two at once, then a third)`);
      const escalations = async () => (await em.execute(`select count(*)::int as n from case_event where case_id = ? and action = 'ESCALATED'`, [id]))[0].n as number;
      const deadline = Date.now() + 45_000;
      while ((await escalations()) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
      console.log(`the scheduled sweep ran ${Math.round(performance.now() - t0)} ms after the queues started`);
      // Long enough for every instance's cron and job polling to have come round again.
      await new Promise((r) => setTimeout(r, 8_000));
      expect(await escalations()).toBe(1);
      const [jobs] = await em.execute(
        `select (select count(*)::int from pgboss.job where name = ?) + (select count(*)::int from pgboss.archive where name = ?) as n,
                (select count(*)::int from pgboss.job where name = ? and state = 'completed') as done`,
        [JOBS.caseSweep, JOBS.caseSweep, JOBS.caseSweep],
      );
      expect(jobs).toEqual({ n: 1, done: 1 });
      const told = (await officer.gql(COUNT)).data?.notifications.edges
        .map((e: { node: { kind: string; objectId: string } }) => e.node)
        .filter((n: { objectId: string }) => n.objectId === id);
      expect(told).toEqual([{ kind: 'CASE_ESCALATED', objectId: id }]);
      expect(errors).toEqual([]);
    } finally {
      await Promise.all(bosses.map((b) => b.stop({ graceful: true, wait: true, timeout: 10_000 })));
    }
  }, 90_000);
});
