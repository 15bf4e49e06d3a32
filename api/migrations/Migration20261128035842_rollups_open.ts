import { Migration } from '@mikro-orm/migrations';

export class Migration20261128035842_rollups_open extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "rollup_case_open" ("case_id" uuid not null, "reported_at" timestamptz not null, "unit_id" uuid not null, "due_at" timestamptz null, constraint "rollup_case_open_pkey" primary key ("case_id"));`,
    );
    this.addSql(`create index "rollup_case_open_reported_at_index" on "rollup_case_open" ("reported_at");`);

    // Cases DISPATCHED and not handled turn late as time passes: statistics count them live, from this small table.
    this.addSql(`create function rollup_case_open_apply(olds case_file[], news case_file[]) returns void language plpgsql as $$
begin
  if cardinality(olds) > 0 then
    delete from rollup_case_open where case_id = any(array(select o.id from unnest(olds) o));
  end if;
  insert into rollup_case_open (case_id, reported_at, unit_id, due_at)
    select n.id, n.reported_at, n.assigned_unit_id, n.due_at from unnest(news) n
    where n.status = 'DISPATCHED' and n.handled_at is null and n.filed_at is not null and n.assigned_unit_id is not null;
end $$;`);
    this.addSql(`create function rollup_case_open_trigger() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    perform rollup_case_open_apply('{}', array(select row(n.*)::case_file from new_rows n));
  elsif tg_op = 'UPDATE' then
    perform rollup_case_open_apply(array(select row(o.*)::case_file from old_rows o), array(select row(n.*)::case_file from new_rows n));
  else
    perform rollup_case_open_apply(array(select row(o.*)::case_file from old_rows o), '{}');
  end if;
  return null;
end $$;`);
    this.addSql(
      `create trigger rollup_case_open_insert after insert on "case_file" referencing new table as new_rows for each statement execute function rollup_case_open_trigger();`,
    );
    this.addSql(
      `create trigger rollup_case_open_update after update on "case_file" referencing old table as old_rows new table as new_rows for each statement execute function rollup_case_open_trigger();`,
    );
    this.addSql(
      `create trigger rollup_case_open_delete after delete on "case_file" referencing old table as old_rows for each statement execute function rollup_case_open_trigger();`,
    );

    // The recount of the migration "rollups" stays as it is and is called first.
    this.addSql('alter function rollups_rebuild() rename to rollups_rebuild_counts;');
    this.addSql(`create function rollups_rebuild() returns void language plpgsql as $$
begin
  perform rollups_rebuild_counts();
  lock table rollup_case_open in access exclusive mode;
  truncate rollup_case_open;
  insert into rollup_case_open (case_id, reported_at, unit_id, due_at)
    select id, reported_at, assigned_unit_id, due_at from case_file
    where status = 'DISPATCHED' and handled_at is null and filed_at is not null and assigned_unit_id is not null;
end $$;`);
    this.addSql(`insert into rollup_case_open (case_id, reported_at, unit_id, due_at)
  select id, reported_at, assigned_unit_id, due_at from case_file
  where status = 'DISPATCHED' and handled_at is null and filed_at is not null and assigned_unit_id is not null;`);
  }

  override async down(): Promise<void> {
    for (const op of ['insert', 'update', 'delete']) this.addSql(`drop trigger if exists rollup_case_open_${op} on "case_file";`);
    this.addSql('drop function if exists rollup_case_open_trigger();');
    this.addSql('drop function if exists rollup_case_open_apply(case_file[], case_file[]);');
    this.addSql('drop function if exists rollups_rebuild();');
    this.addSql('alter function rollups_rebuild_counts() rename to rollups_rebuild;');
    this.addSql(`drop table if exists "rollup_case_open" cascade;`);
  }
}
