import { Migration } from '@mikro-orm/migrations';

export class Migration20261128031531_rollups extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "rollup_case_category" ("day" date not null, "category" varchar(40) not null, "reported" int not null default 0, "filed" int not null default 0, "closed" int not null default 0, constraint "rollup_case_category_pkey" primary key ("day", "category"));`,
    );

    this.addSql(
      `create table "rollup_case_community" ("day" date not null, "community_key" uuid not null, "reported" int not null default 0, "filed" int not null default 0, "closed" int not null default 0, constraint "rollup_case_community_pkey" primary key ("day", "community_key"));`,
    );

    this.addSql(
      `create table "rollup_case_day" ("day" date not null, "accept_sum" numeric not null default 0, "accept_n" int not null default 0, "dispatch_sum" numeric not null default 0, "dispatch_n" int not null default 0, "handle_sum" numeric not null default 0, "handle_n" int not null default 0, "verify_sum" numeric not null default 0, "verify_n" int not null default 0, "total_sum" numeric not null default 0, "total_n" int not null default 0, constraint "rollup_case_day_pkey" primary key ("day"));`,
    );

    this.addSql(
      `create table "rollup_case_stage" ("case_id" uuid not null, "decided_at" timestamptz null, "accepted_at" timestamptz null, "verified_at" timestamptz null, "last_handled_at" timestamptz null, constraint "rollup_case_stage_pkey" primary key ("case_id"));`,
    );

    this.addSql(
      `create table "rollup_case_unit" ("day" date not null, "unit_id" uuid not null, "dispatched" int not null default 0, "closed" int not null default 0, "on_time" int not null default 0, "late" int not null default 0, constraint "rollup_case_unit_pkey" primary key ("day", "unit_id"));`,
    );

    this.addSql(
      `create table "rollup_community" ("community_id" uuid not null, "agreements" int not null default 0, "needs_published" int not null default 0, "needs_claimed" int not null default 0, constraint "rollup_community_pkey" primary key ("community_id"));`,
    );

    this.addSql(
      `create table "rollup_month" ("month" date not null, "community_id" uuid not null, "agreements_signed" int not null default 0, "needs_published" int not null default 0, "claims_made" int not null default 0, constraint "rollup_month_pkey" primary key ("month", "community_id"));`,
    );

    this.addSql(
      `create table "rollup_unit" ("unit_id" uuid not null, "agreements" int not null default 0, "resources" int not null default 0, "claims" int not null default 0, constraint "rollup_unit_pkey" primary key ("unit_id"));`,
    );

    // China calendar day and month of an instant: the grain of every rollup.
    this.addSql(`create function rollup_day(t timestamptz) returns date language sql immutable as $$ select (t at time zone 'Asia/Shanghai')::date $$;`);
    this.addSql(`create function rollup_month_of(t timestamptz) returns date language sql immutable as $$ select date_trunc('month', t at time zone 'Asia/Shanghai')::date $$;`);

    // Each rollup_<table>_apply adds (rows a statement added) − (rows it removed) to the counters, in the writer's transaction.
    this.addSql(`create function rollup_agreement_apply(olds agreement[], news agreement[]) returns void language plpgsql as $$
begin
  with ch as (select -1 as s, o.* from unnest(olds) o union all select 1, n.* from unnest(news) n)
  insert into rollup_community as r (community_id, agreements)
    select community_id, sum(s) from ch where status = 'ACTIVE' group by 1 having sum(s) <> 0
  on conflict (community_id) do update set agreements = r.agreements + excluded.agreements;
  with ch as (select -1 as s, o.* from unnest(olds) o union all select 1, n.* from unnest(news) n)
  insert into rollup_unit as r (unit_id, agreements)
    select unit_id, sum(s) from ch where status = 'ACTIVE' group by 1 having sum(s) <> 0
  on conflict (unit_id) do update set agreements = r.agreements + excluded.agreements;
  with ch as (select -1 as s, o.* from unnest(olds) o union all select 1, n.* from unnest(news) n)
  insert into rollup_month as r (month, community_id, agreements_signed)
    select rollup_month_of(signed_at), community_id, sum(s) from ch group by 1, 2 having sum(s) <> 0
  on conflict (month, community_id) do update set agreements_signed = r.agreements_signed + excluded.agreements_signed;
end $$;`);

    this.addSql(`create function rollup_resource_apply(olds resource[], news resource[]) returns void language plpgsql as $$
begin
  with ch as (select -1 as s, o.* from unnest(olds) o union all select 1, n.* from unnest(news) n)
  insert into rollup_unit as r (unit_id, resources)
    select unit_id, sum(s) from ch where withdrawn_at is null group by 1 having sum(s) <> 0
  on conflict (unit_id) do update set resources = r.resources + excluded.resources;
end $$;`);

    this.addSql(`create function rollup_need_apply(olds need[], news need[]) returns void language plpgsql as $$
begin
  with ch as (select -1 as s, o.* from unnest(olds) o union all select 1, n.* from unnest(news) n),
  d as (select community_id, coalesce(sum(s) filter (where status not in ('DRAFT', 'CANCELLED')), 0) as p, coalesce(sum(s) filter (where claim_count > 0), 0) as c from ch group by 1)
  insert into rollup_community as r (community_id, needs_published, needs_claimed)
    select community_id, p, c from d where p <> 0 or c <> 0
  on conflict (community_id) do update set needs_published = r.needs_published + excluded.needs_published, needs_claimed = r.needs_claimed + excluded.needs_claimed;
  with ch as (select -1 as s, o.* from unnest(olds) o union all select 1, n.* from unnest(news) n)
  insert into rollup_month as r (month, community_id, needs_published)
    select rollup_month_of(published_at), community_id, sum(s) from ch where published_at is not null group by 1, 2 having sum(s) <> 0
  on conflict (month, community_id) do update set needs_published = r.needs_published + excluded.needs_published;
  -- A need moved to another community takes its claims' months along.
  with moved as (select o.id, o.community_id as was, n.community_id as now from unnest(olds) o join unnest(news) n on n.id = o.id where o.community_id <> n.community_id),
  ch as (select -1 as s, m.was as community_id, c.claimed_at from moved m join need_claim c on c.need_id = m.id
         union all select 1, m.now, c.claimed_at from moved m join need_claim c on c.need_id = m.id)
  insert into rollup_month as r (month, community_id, claims_made)
    select rollup_month_of(claimed_at), community_id, sum(s) from ch group by 1, 2 having sum(s) <> 0
  on conflict (month, community_id) do update set claims_made = r.claims_made + excluded.claims_made;
end $$;`);

    this.addSql(`create function rollup_need_claim_apply(olds need_claim[], news need_claim[]) returns void language plpgsql as $$
begin
  with ch as (select -1 as s, o.* from unnest(olds) o union all select 1, n.* from unnest(news) n)
  insert into rollup_unit as r (unit_id, claims)
    select unit_id, sum(s) from ch where active_unit_id is not null group by 1 having sum(s) <> 0
  on conflict (unit_id) do update set claims = r.claims + excluded.claims;
  with ch as (select -1 as s, o.* from unnest(olds) o union all select 1, n.* from unnest(news) n)
  insert into rollup_month as r (month, community_id, claims_made)
    select rollup_month_of(ch.claimed_at), x.community_id, sum(s) from ch join need x on x.id = ch.need_id group by 1, 2 having sum(s) <> 0
  on conflict (month, community_id) do update set claims_made = r.claims_made + excluded.claims_made;
end $$;`);

    // A case's stage spans (s = ±1), from its own times and its events' (rollup_case_stage), summed per reported day.
    this.addSql(
      `create type rollup_span as (s int, reported_at timestamptz, filed_at timestamptz, handled_at timestamptz, closed_at timestamptz, decided_at timestamptz, accepted_at timestamptz, verified_at timestamptz, last_handled_at timestamptz);`,
    );
    // plpgsql rather than sql: its statement's plan is cached per connection, not planned on every call.
    this.addSql(`create function rollup_case_spans(spans rollup_span[]) returns void language plpgsql as $$
begin
  with x as (
    select s, rollup_day(reported_at) as day, decided_at - reported_at as accept, filed_at - accepted_at as dispatch, handled_at - filed_at as handle,
      verified_at - last_handled_at as verify, closed_at - reported_at as total
    from unnest(spans)),
  d as (
    select day,
      coalesce(sum(s * extract(epoch from accept)), 0) as accept_sum, coalesce(sum(s) filter (where accept is not null), 0) as accept_n,
      coalesce(sum(s * extract(epoch from dispatch)), 0) as dispatch_sum, coalesce(sum(s) filter (where dispatch is not null), 0) as dispatch_n,
      coalesce(sum(s * extract(epoch from handle)), 0) as handle_sum, coalesce(sum(s) filter (where handle is not null), 0) as handle_n,
      coalesce(sum(s * extract(epoch from verify)), 0) as verify_sum, coalesce(sum(s) filter (where verify is not null), 0) as verify_n,
      coalesce(sum(s * extract(epoch from total)), 0) as total_sum, coalesce(sum(s) filter (where total is not null), 0) as total_n
    from x group by day)
  insert into rollup_case_day as r (day, accept_sum, accept_n, dispatch_sum, dispatch_n, handle_sum, handle_n, verify_sum, verify_n, total_sum, total_n)
    select * from d
    where accept_sum <> 0 or accept_n <> 0 or dispatch_sum <> 0 or dispatch_n <> 0 or handle_sum <> 0 or handle_n <> 0 or verify_sum <> 0 or verify_n <> 0 or total_sum <> 0 or total_n <> 0
  on conflict (day) do update set
    accept_sum = r.accept_sum + excluded.accept_sum, accept_n = r.accept_n + excluded.accept_n,
    dispatch_sum = r.dispatch_sum + excluded.dispatch_sum, dispatch_n = r.dispatch_n + excluded.dispatch_n,
    handle_sum = r.handle_sum + excluded.handle_sum, handle_n = r.handle_n + excluded.handle_n,
    verify_sum = r.verify_sum + excluded.verify_sum, verify_n = r.verify_n + excluded.verify_n,
    total_sum = r.total_sum + excluded.total_sum, total_n = r.total_n + excluded.total_n;
end $$;`);

    this.addSql(`create function rollup_case_file_apply(olds case_file[], news case_file[]) returns void language plpgsql as $$
begin
  with ch as (select -1 as s, o.* from unnest(olds) o union all select 1, n.* from unnest(news) n),
  d as (
    select rollup_day(reported_at) as day, category::text as category, sum(s) as reported,
      coalesce(sum(s) filter (where filed_at is not null), 0) as filed, coalesce(sum(s) filter (where status = 'CLOSED'), 0) as closed
    from ch group by 1, 2)
  insert into rollup_case_category as r (day, category, reported, filed, closed)
    select * from d where reported <> 0 or filed <> 0 or closed <> 0
  on conflict (day, category) do update set reported = r.reported + excluded.reported, filed = r.filed + excluded.filed, closed = r.closed + excluded.closed;
  with ch as (select -1 as s, o.* from unnest(olds) o union all select 1, n.* from unnest(news) n),
  d as (
    select rollup_day(reported_at) as day, coalesce(community_id, '00000000-0000-0000-0000-000000000000') as community_key, sum(s) as reported,
      coalesce(sum(s) filter (where filed_at is not null), 0) as filed, coalesce(sum(s) filter (where status = 'CLOSED'), 0) as closed
    from ch group by 1, 2)
  insert into rollup_case_community as r (day, community_key, reported, filed, closed)
    select * from d where reported <> 0 or filed <> 0 or closed <> 0
  on conflict (day, community_key) do update set reported = r.reported + excluded.reported, filed = r.filed + excluded.filed, closed = r.closed + excluded.closed;
  with ch as (select -1 as s, o.* from unnest(olds) o union all select 1, n.* from unnest(news) n),
  d as (
    select rollup_day(reported_at) as day, assigned_unit_id as unit_id, sum(s) as dispatched,
      coalesce(sum(s) filter (where status = 'CLOSED'), 0) as closed,
      coalesce(sum(s) filter (where handled_at is not null and (due_at is null or handled_at <= due_at)), 0) as on_time,
      coalesce(sum(s) filter (where handled_at is not null and handled_at > due_at), 0) as late
    from ch where filed_at is not null and assigned_unit_id is not null group by 1, 2)
  insert into rollup_case_unit as r (day, unit_id, dispatched, closed, on_time, late)
    select * from d where dispatched <> 0 or closed <> 0 or on_time <> 0 or late <> 0
  on conflict (day, unit_id) do update set dispatched = r.dispatched + excluded.dispatched, closed = r.closed + excluded.closed, on_time = r.on_time + excluded.on_time, late = r.late + excluded.late;
  perform rollup_case_spans(array(
    select row(ch.s, ch.reported_at, ch.filed_at, ch.handled_at, ch.closed_at, st.decided_at, st.accepted_at, st.verified_at, st.last_handled_at)::rollup_span
    from (select -1 as s, o.* from unnest(olds) o union all select 1, n.* from unnest(news) n) ch left join rollup_case_stage st on st.case_id = ch.id));
end $$;`);

    // Events change a case's stage times: take its spans out with the old times, put them back with the new.
    this.addSql(`create function rollup_case_event_apply(olds case_event[], news case_event[]) returns void language plpgsql as $$
declare
  ids uuid[] := array(select distinct case_id from (select case_id from unnest(olds) union all select case_id from unnest(news)) x);
  fresh rollup_case_stage[];
begin
  fresh := array(
    select row(e.case_id, min(e.at) filter (where e.action in ('ACCEPTED', 'REJECTED')), min(e.at) filter (where e.action = 'ACCEPTED'),
      max(e.at) filter (where e.action = 'VERIFIED'), max(e.at) filter (where e.action = 'HANDLED'))::rollup_case_stage
    from case_event e where e.case_id = any(ids) group by e.case_id);
  perform rollup_case_spans(array(
    select row(-1, c.reported_at, c.filed_at, c.handled_at, c.closed_at, st.decided_at, st.accepted_at, st.verified_at, st.last_handled_at)::rollup_span
    from case_file c join rollup_case_stage st on st.case_id = c.id where c.id = any(ids)
    union all
    select row(1, c.reported_at, c.filed_at, c.handled_at, c.closed_at, st.decided_at, st.accepted_at, st.verified_at, st.last_handled_at)::rollup_span
    from case_file c join unnest(fresh) st on st.case_id = c.id where c.id = any(ids)));
  if cardinality(olds) > 0 then
    delete from rollup_case_stage st where st.case_id = any(ids) and st.case_id <> all(array(select f.case_id from unnest(fresh) f));
  end if;
  insert into rollup_case_stage as r select * from unnest(fresh)
  on conflict (case_id) do update set decided_at = excluded.decided_at, accepted_at = excluded.accepted_at, verified_at = excluded.verified_at, last_handled_at = excluded.last_handled_at;
end $$;`);

    // One statement-level trigger per table and event (transition tables allow one event per trigger); bulk inserts pay once per statement.
    for (const table of ['agreement', 'resource', 'need', 'need_claim', 'case_file', 'case_event']) {
      this.addSql(`create function rollup_${table}_trigger() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    perform rollup_${table}_apply('{}', array(select row(n.*)::${table} from new_rows n));
  elsif tg_op = 'UPDATE' then
    perform rollup_${table}_apply(array(select row(o.*)::${table} from old_rows o), array(select row(n.*)::${table} from new_rows n));
  else
    perform rollup_${table}_apply(array(select row(o.*)::${table} from old_rows o), '{}');
  end if;
  return null;
end $$;`);
      this.addSql(
        `create trigger rollup_${table}_insert after insert on "${table}" referencing new table as new_rows for each statement execute function rollup_${table}_trigger();`,
      );
      this.addSql(
        `create trigger rollup_${table}_update after update on "${table}" referencing old table as old_rows new table as new_rows for each statement execute function rollup_${table}_trigger();`,
      );
      this.addSql(
        `create trigger rollup_${table}_delete after delete on "${table}" referencing old table as old_rows for each statement execute function rollup_${table}_trigger();`,
      );
    }

    // Recounts every rollup from the base tables (the backfill below, and npm run rollups:rebuild); writers wait meanwhile.
    this.addSql(`create function rollups_rebuild() returns void language plpgsql as $$
begin
  lock table rollup_community, rollup_unit, rollup_month, rollup_case_category, rollup_case_community, rollup_case_unit, rollup_case_day, rollup_case_stage in access exclusive mode;
  lock table agreement, resource, need, need_claim, case_file, case_event in share mode;
  truncate rollup_community, rollup_unit, rollup_month, rollup_case_category, rollup_case_community, rollup_case_unit, rollup_case_day, rollup_case_stage;
  insert into rollup_community (community_id, agreements, needs_published, needs_claimed)
    select community_id, sum(a), sum(p), sum(c) from (
      select community_id, 1 as a, 0 as p, 0 as c from agreement where status = 'ACTIVE'
      union all select community_id, 0, (status not in ('DRAFT', 'CANCELLED'))::int, (claim_count > 0)::int from need) x
    group by 1;
  insert into rollup_unit (unit_id, agreements, resources, claims)
    select unit_id, sum(a), sum(r), sum(c) from (
      select unit_id, 1 as a, 0 as r, 0 as c from agreement where status = 'ACTIVE'
      union all select unit_id, 0, 1, 0 from resource where withdrawn_at is null
      union all select unit_id, 0, 0, 1 from need_claim where active_unit_id is not null) x
    group by 1;
  insert into rollup_month (month, community_id, agreements_signed, needs_published, claims_made)
    select month, community_id, sum(a), sum(p), sum(c) from (
      select rollup_month_of(signed_at) as month, community_id, 1 as a, 0 as p, 0 as c from agreement
      union all select rollup_month_of(published_at), community_id, 0, 1, 0 from need where published_at is not null
      union all select rollup_month_of(c.claimed_at), x.community_id, 0, 0, 1 from need_claim c join need x on x.id = c.need_id) x
    group by 1, 2;
  insert into rollup_case_category (day, category, reported, filed, closed)
    select rollup_day(reported_at), category::text, count(*), count(filed_at), count(*) filter (where status = 'CLOSED') from case_file group by 1, 2;
  insert into rollup_case_community (day, community_key, reported, filed, closed)
    select rollup_day(reported_at), coalesce(community_id, '00000000-0000-0000-0000-000000000000'), count(*), count(filed_at), count(*) filter (where status = 'CLOSED')
    from case_file group by 1, 2;
  insert into rollup_case_unit (day, unit_id, dispatched, closed, on_time, late)
    select rollup_day(reported_at), assigned_unit_id, count(*), count(*) filter (where status = 'CLOSED'),
      count(*) filter (where handled_at is not null and (due_at is null or handled_at <= due_at)), count(*) filter (where handled_at > due_at)
    from case_file where filed_at is not null and assigned_unit_id is not null group by 1, 2;
  insert into rollup_case_stage (case_id, decided_at, accepted_at, verified_at, last_handled_at)
    select case_id, min(at) filter (where action in ('ACCEPTED', 'REJECTED')), min(at) filter (where action = 'ACCEPTED'),
      max(at) filter (where action = 'VERIFIED'), max(at) filter (where action = 'HANDLED')
    from case_event group by case_id;
  insert into rollup_case_day (day, accept_sum, accept_n, dispatch_sum, dispatch_n, handle_sum, handle_n, verify_sum, verify_n, total_sum, total_n)
    select day, coalesce(sum(extract(epoch from accept)), 0), count(accept), coalesce(sum(extract(epoch from dispatch)), 0), count(dispatch),
      coalesce(sum(extract(epoch from handle)), 0), count(handle), coalesce(sum(extract(epoch from verify)), 0), count(verify),
      coalesce(sum(extract(epoch from total)), 0), count(total)
    from (
      select rollup_day(c.reported_at) as day, st.decided_at - c.reported_at as accept, c.filed_at - st.accepted_at as dispatch, c.handled_at - c.filed_at as handle,
        st.verified_at - st.last_handled_at as verify, c.closed_at - c.reported_at as total
      from case_file c left join rollup_case_stage st on st.case_id = c.id) x
    group by day;
end $$;`);
    this.addSql('select rollups_rebuild();');
  }

  override async down(): Promise<void> {
    for (const table of ['agreement', 'resource', 'need', 'need_claim', 'case_file', 'case_event']) {
      for (const op of ['insert', 'update', 'delete']) this.addSql(`drop trigger if exists rollup_${table}_${op} on "${table}";`);
      this.addSql(`drop function if exists rollup_${table}_trigger();`);
    }
    this.addSql('drop function if exists rollups_rebuild();');
    this.addSql('drop function if exists rollup_case_event_apply(case_event[], case_event[]);');
    this.addSql('drop function if exists rollup_case_file_apply(case_file[], case_file[]);');
    this.addSql('drop function if exists rollup_case_spans(rollup_span[]);');
    this.addSql('drop type if exists rollup_span;');
    this.addSql('drop function if exists rollup_need_claim_apply(need_claim[], need_claim[]);');
    this.addSql('drop function if exists rollup_need_apply(need[], need[]);');
    this.addSql('drop function if exists rollup_resource_apply(resource[], resource[]);');
    this.addSql('drop function if exists rollup_agreement_apply(agreement[], agreement[]);');
    this.addSql('drop function if exists rollup_month_of(timestamptz);');
    this.addSql('drop function if exists rollup_day(timestamptz);');
    this.addSql(`drop table if exists "rollup_case_category" cascade;`);

    this.addSql(`drop table if exists "rollup_case_community" cascade;`);

    this.addSql(`drop table if exists "rollup_case_day" cascade;`);

    this.addSql(`drop table if exists "rollup_case_stage" cascade;`);

    this.addSql(`drop table if exists "rollup_case_unit" cascade;`);

    this.addSql(`drop table if exists "rollup_community" cascade;`);

    this.addSql(`drop table if exists "rollup_month" cascade;`);

    this.addSql(`drop table if exists "rollup_unit" cascade;`);
  }
}
