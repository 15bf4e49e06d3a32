import { Migration } from '@mikro-orm/migrations';

export class Migration20261128092805_rollups_rates extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "rollup_case_follow" ("case_id" uuid not null, "closed_at" timestamptz not null, "solved" varchar(20) not null, "satisfaction" varchar(20) not null, "reworks" int not null default 0, constraint "rollup_case_follow_pkey" primary key ("case_id"));`,
    );

    this.addSql(
      `alter table "rollup_case_unit" add column "responded" int not null default 0, add column "followed_up" int not null default 0, add column "pending" int not null default 0, add column "solved" int not null default 0, add column "partly_solved" int not null default 0, add column "satisfied" int not null default 0, add column "basically_satisfied" int not null default 0, add column "reworked" int not null default 0;`,
    );

    this.addSql(
      `create table "rollup_case_source" ("day" date not null, "source" varchar(40) not null, "reported" int not null default 0, "filed" int not null default 0, "closed" int not null default 0, constraint "rollup_case_source_pkey" primary key ("day", "source"));`,
    );

    // Mends rollup_case_event_apply of the migration "rollups": a case whose events were all deleted lost its
    // spans (the new share joined only cases with a fresh stage row), and one without a stage row kept its old
    // share (only cases with one were taken out). Both shares now join the stage row, present or not. A deleted
    // case's events (gone by cascade) no longer take its stage row away before the case's own trigger has taken
    // its spans out with it; rollup_case_rates_apply removes the row after.
    this.addSql(`create or replace function rollup_case_event_apply(olds case_event[], news case_event[]) returns void language plpgsql as $$
declare
  -- A case already deleted (its events going by cascade) is left to the case's own triggers, whichever runs first.
  ids uuid[] := array(select c.id from case_file c where c.id = any(array(select case_id from unnest(olds) union select case_id from unnest(news))));
  fresh rollup_case_stage[];
begin
  fresh := array(
    select row(e.case_id, min(e.at) filter (where e.action in ('ACCEPTED', 'REJECTED')), min(e.at) filter (where e.action = 'ACCEPTED'),
      max(e.at) filter (where e.action = 'VERIFIED'), max(e.at) filter (where e.action = 'HANDLED'))::rollup_case_stage
    from case_event e where e.case_id = any(ids) group by e.case_id);
  perform rollup_case_spans(array(
    select row(-1, c.reported_at, c.filed_at, c.handled_at, c.closed_at, st.decided_at, st.accepted_at, st.verified_at, st.last_handled_at)::rollup_span
    from case_file c left join rollup_case_stage st on st.case_id = c.id where c.id = any(ids)
    union all
    select row(1, c.reported_at, c.filed_at, c.handled_at, c.closed_at, st.decided_at, st.accepted_at, st.verified_at, st.last_handled_at)::rollup_span
    from case_file c left join unnest(fresh) st on st.case_id = c.id where c.id = any(ids)));
  delete from rollup_case_stage st where st.case_id = any(ids) and st.case_id <> all(array(select f.case_id from unnest(fresh) f));
  insert into rollup_case_stage as r select * from unnest(fresh)
  on conflict (case_id) do update set decided_at = excluded.decided_at, accepted_at = excluded.accepted_at, verified_at = excluded.verified_at, last_handled_at = excluded.last_handled_at;
end $$;`);

    // The latest answer per case (by record time) and how many follow-ups sent it back: what rollup_case_follow holds.
    this.addSql(`create view rollup_case_follow_recount as
  select case_id, (array_agg(closed_at order by recorded_at desc, id desc))[1] as closed_at, (array_agg(solved::text order by recorded_at desc, id desc))[1] as solved,
    (array_agg(satisfaction::text order by recorded_at desc, id desc))[1] as satisfaction, count(*) filter (where reworked)::int as reworks
  from case_follow_up group by case_id;`);

    // A case's share of the three rates (case-rates.sql.ts's PER_CASE, one case at a time), with its latest
    // follow-up as rollup_case_follow holds it now; added with k = 1 or taken out with k = -1. They sit beside
    // the unit's dispatched and closed counts in rollup_case_unit (one row per day and unit, one scan for the ranking);
    // rollup_case_file_apply keeps those columns, this function these.
    this.addSql(`create function rollup_case_rates_put(cs case_file[], k int) returns void language plpgsql as $$
begin
  with x as (
    select rollup_day(c.reported_at) as day, c.assigned_unit_id as unit_id,
      (c.acknowledged_at is not null and (c.acknowledge_due_at is null or c.acknowledged_at <= c.acknowledge_due_at)) as responded,
      (c.status = 'CLOSED' and (f.closed_at is null or f.closed_at <> date_trunc('milliseconds', c.closed_at))) as pending,
      (f.closed_at is not null and not (c.status = 'CLOSED' and f.closed_at <> date_trunc('milliseconds', c.closed_at))) as followed,
      f.solved, f.satisfaction, coalesce(f.reworks, 0) as reworks
    from unnest(cs) c left join rollup_case_follow f on f.case_id = c.id
    where c.filed_at is not null and c.assigned_unit_id is not null),
  d as (
    select day, unit_id, k * count(*) filter (where responded) as responded, k * count(*) filter (where followed) as followed_up,
      k * count(*) filter (where pending) as pending, k * count(*) filter (where followed and solved = 'SOLVED') as solved,
      k * count(*) filter (where followed and solved = 'PARTLY_SOLVED') as partly_solved, k * count(*) filter (where followed and satisfaction = 'SATISFIED') as satisfied,
      k * count(*) filter (where followed and satisfaction = 'BASICALLY_SATISFIED') as basically_satisfied, k * sum(reworks) as reworked
    from x group by day, unit_id)
  insert into rollup_case_unit as r (day, unit_id, responded, followed_up, pending, solved, partly_solved, satisfied, basically_satisfied, reworked)
    select * from d
    where responded <> 0 or followed_up <> 0 or pending <> 0 or solved <> 0 or partly_solved <> 0 or satisfied <> 0 or basically_satisfied <> 0 or reworked <> 0
  on conflict (day, unit_id) do update set responded = r.responded + excluded.responded, followed_up = r.followed_up + excluded.followed_up,
    pending = r.pending + excluded.pending, solved = r.solved + excluded.solved, partly_solved = r.partly_solved + excluded.partly_solved,
    satisfied = r.satisfied + excluded.satisfied, basically_satisfied = r.basically_satisfied + excluded.basically_satisfied, reworked = r.reworked + excluded.reworked;
end $$;`);

    // Cases per day and source, as rollup_case_category counts them per category.
    this.addSql(`create function rollup_case_source_put(cs case_file[], k int) returns void language plpgsql as $$
begin
  insert into rollup_case_source as r (day, source, reported, filed, closed)
    select * from (
      select rollup_day(reported_at) as day, source::text as source, k * count(*) as reported, k * count(filed_at) as filed, k * count(*) filter (where status = 'CLOSED') as closed
      from unnest(cs) group by 1, 2) d
    where reported <> 0 or filed <> 0 or closed <> 0
  on conflict (day, source) do update set reported = r.reported + excluded.reported, filed = r.filed + excluded.filed, closed = r.closed + excluded.closed;
end $$;`);

    // A case row changes: its old share out, its new share in. A deleted case's follow-up and stage rows go
    // with it (its follow-ups and events go by cascade; see rollup_case_follow_up_apply, rollup_case_event_apply).
    this.addSql(`create function rollup_case_rates_apply(olds case_file[], news case_file[]) returns void language plpgsql as $$
begin
  perform rollup_case_rates_put(olds, -1);
  perform rollup_case_rates_put(news, 1);
  perform rollup_case_source_put(olds, -1);
  perform rollup_case_source_put(news, 1);
  if cardinality(olds) > cardinality(news) then
    delete from rollup_case_follow f where f.case_id = any(array(select o.id from unnest(olds) o)) and not exists (select 1 from case_file c where c.id = f.case_id);
    -- After rollup_case_file_delete (triggers fire by name) has taken the spans out with the stage row.
    delete from rollup_case_stage st where st.case_id = any(array(select o.id from unnest(olds) o)) and not exists (select 1 from case_file c where c.id = st.case_id);
  end if;
end $$;`);

    // Follow-ups change a case's latest answer: its share out with the old one, back in with the new. A case
    // already deleted (its follow-ups going by cascade) is left to rollup_case_rates_apply, whichever trigger runs first.
    this.addSql(`create function rollup_case_follow_up_apply(olds case_follow_up[], news case_follow_up[]) returns void language plpgsql as $$
declare
  cs case_file[] := array(select c from case_file c where c.id = any(array(select case_id from unnest(olds) union select case_id from unnest(news))));
  ids uuid[] := array(select c.id from unnest(cs) c);
begin
  perform rollup_case_rates_put(cs, -1);
  delete from rollup_case_follow where case_id = any(ids);
  insert into rollup_case_follow (case_id, closed_at, solved, satisfaction, reworks) select * from rollup_case_follow_recount where case_id = any(ids);
  perform rollup_case_rates_put(cs, 1);
end $$;`);

    const triggers = [
      ['case_file', 'rollup_case_rates', 'rollup_case_rates_apply'],
      ['case_follow_up', 'rollup_case_follow_up', 'rollup_case_follow_up_apply'],
    ];
    for (const [table, name, apply] of triggers) {
      this.addSql(`create function ${name}_trigger() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    perform ${apply}('{}', array(select row(n.*)::${table} from new_rows n));
  elsif tg_op = 'UPDATE' then
    perform ${apply}(array(select row(o.*)::${table} from old_rows o), array(select row(n.*)::${table} from new_rows n));
  else
    perform ${apply}(array(select row(o.*)::${table} from old_rows o), '{}');
  end if;
  return null;
end $$;`);
      this.addSql(`create trigger ${name}_insert after insert on "${table}" referencing new table as new_rows for each statement execute function ${name}_trigger();`);
      this.addSql(
        `create trigger ${name}_update after update on "${table}" referencing old table as old_rows new table as new_rows for each statement execute function ${name}_trigger();`,
      );
      this.addSql(`create trigger ${name}_delete after delete on "${table}" referencing old table as old_rows for each statement execute function ${name}_trigger();`);
    }

    // The recount of these, a month of cases at a time (one array of every case would not fit a city's memory).
    this.addSql(`create function rollup_case_rates_rebuild() returns void language plpgsql as $$
declare
  lo timestamptz;
  cs case_file[];
begin
  lock table rollup_case_follow, rollup_case_unit, rollup_case_source in access exclusive mode;
  lock table case_file, case_follow_up in share mode;
  truncate rollup_case_follow, rollup_case_source;
  update rollup_case_unit set responded = 0, followed_up = 0, pending = 0, solved = 0, partly_solved = 0, satisfied = 0, basically_satisfied = 0, reworked = 0;
  insert into rollup_case_follow (case_id, closed_at, solved, satisfaction, reworks) select * from rollup_case_follow_recount;
  for lo in select generate_series(date_trunc('month', min(reported_at)), max(reported_at), interval '1 month') from case_file loop
    cs := array(select c from case_file c where c.reported_at >= lo and c.reported_at < lo + interval '1 month');
    perform rollup_case_rates_put(cs, 1);
    perform rollup_case_source_put(cs, 1);
  end loop;
end $$;`);
    this.addSql('alter function rollups_rebuild() rename to rollups_rebuild_open;');
    this.addSql(`create function rollups_rebuild() returns void language plpgsql as $$
begin
  perform rollups_rebuild_open();
  perform rollup_case_rates_rebuild();
end $$;`);
    this.addSql('select rollup_case_rates_rebuild();');
  }

  override async down(): Promise<void> {
    for (const [table, name] of [
      ['case_file', 'rollup_case_rates'],
      ['case_follow_up', 'rollup_case_follow_up'],
    ]) {
      for (const op of ['insert', 'update', 'delete']) this.addSql(`drop trigger if exists ${name}_${op} on "${table}";`);
      this.addSql(`drop function if exists ${name}_trigger();`);
    }
    this.addSql('drop function if exists rollups_rebuild();');
    this.addSql('alter function rollups_rebuild_open() rename to rollups_rebuild;');
    this.addSql('drop function if exists rollup_case_follow_up_apply(case_follow_up[], case_follow_up[]);');
    this.addSql('drop function if exists rollup_case_rates_apply(case_file[], case_file[]);');
    this.addSql('drop function if exists rollup_case_rates_rebuild();');
    this.addSql('drop function if exists rollup_case_source_put(case_file[], int);');
    this.addSql('drop function if exists rollup_case_rates_put(case_file[], int);');
    this.addSql('drop view if exists rollup_case_follow_recount;');
    this.addSql(`drop table if exists "rollup_case_follow" cascade;`);

    this.addSql(
      'alter table "rollup_case_unit" drop column "responded", drop column "followed_up", drop column "pending", drop column "solved", drop column "partly_solved", drop column "satisfied", drop column "basically_satisfied", drop column "reworked";',
    );

    this.addSql(`drop table if exists "rollup_case_source" cascade;`);
  }
}
