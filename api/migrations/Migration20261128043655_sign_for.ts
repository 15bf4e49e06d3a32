import { Migration } from '@mikro-orm/migrations';

export class Migration20261128043655_sign_for extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "case_routing_rule" drop constraint case_routing_hours_check;`);

    this.addSql(`alter table "case_routing_rule" add column "response_hours" int not null default 2;`);
    this.addSql(
      `alter table "case_routing_rule" add constraint case_routing_hours_check check(accept_hours > 0 AND handle_hours > 0 AND verify_hours > 0 AND response_hours > 0);`,
    );

    this.addSql(`alter table "case_file" add column "acknowledged_at" timestamptz null, add column "acknowledge_due_at" timestamptz null;`);

    // History before 签收: a case the unit went on to handle counts as signed for at its (last) dispatch,
    // by the one who handled it, with the event that says so; one still waiting gets two hours from now.
    this.addSql(`with d as (
        select distinct on (e.case_id) e.case_id, e.at from case_event e where e.action = 'DISPATCHED' order by e.case_id, e.at desc, e.id desc)
      update "case_file" c set
        acknowledge_due_at = case when c.status = 'DISPATCHED' and c.handled_at is null then greatest(d.at, now()) + interval '2 hours' else d.at + interval '2 hours' end,
        acknowledged_at = case when c.status = 'DISPATCHED' and c.handled_at is null then null else d.at end
      from d where d.case_id = c.id and c.status in ('DISPATCHED', 'HANDLED', 'VERIFIED', 'CLOSED');`);
    this.addSql(`insert into "case_event" (case_id, action, actor_id, unit_id, at, note)
      select c.id, 'ACKNOWLEDGED', h.actor_id, h.unit_id, c.acknowledged_at, null
      from "case_file" c
      join lateral (select e.actor_id, e.unit_id from case_event e where e.case_id = c.id and e.action = 'HANDLED' order by e.at, e.id limit 1) h on true
      where c.acknowledged_at is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "case_event" where action = 'ACKNOWLEDGED';`);
    this.addSql(`alter table "case_file" drop column "acknowledged_at", drop column "acknowledge_due_at";`);

    this.addSql(`alter table "case_routing_rule" drop constraint case_routing_hours_check;`);
    this.addSql(`alter table "case_routing_rule" drop column "response_hours";`);

    this.addSql(`alter table "case_routing_rule" add constraint case_routing_hours_check check((accept_hours > 0) AND (handle_hours > 0) AND (verify_hours > 0));`);
  }
}
