import { Migration } from '@mikro-orm/migrations';

export class Migration20261128003831_case_number extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "case_number_day" ("day" date not null, "last" int not null, constraint "case_number_day_pkey" primary key ("day"), constraint case_number_day_last_check check (last >= 1));`,
    );

    this.addSql(`alter table "case_file" add column "number" varchar(40) null;`);

    // 赤壁-20261127-0069: the China (UTC+8) day and that day's sequence, four digits or more.
    this.addSql(
      `create function format_case_number(d date, n int) returns text language sql immutable as $$ select '赤壁-' || to_char(d, 'YYYYMMDD') || '-' || lpad(n::text, greatest(4, length(n::text)), '0') $$;`,
    );
    this.addSql(
      `create function case_number_day_of(reported timestamptz) returns date language sql immutable as $$ select ((reported at time zone 'UTC') + interval '8 hours')::date $$;`,
    );
    // The day's counter row is upserted: concurrent reports queue on its lock and get consecutive numbers.
    this.addSql(`create function next_case_number(reported timestamptz) returns text language plpgsql as $$
declare
  d date := case_number_day_of(reported);
  n int;
begin
  insert into case_number_day (day, last) values (d, 1)
    on conflict (day) do update set last = case_number_day.last + 1
    returning last into n;
  return format_case_number(d, n);
end $$;`);

    // Existing cases are numbered by reported time within their day, and the counters continue from there.
    this.addSql(`with numbered as (
  select id, case_number_day_of(reported_at) as d, row_number() over (partition by case_number_day_of(reported_at) order by reported_at, id)::int as n from case_file
) update case_file c set number = format_case_number(numbered.d, numbered.n) from numbered where numbered.id = c.id;`);
    this.addSql(`insert into case_number_day (day, last) select case_number_day_of(reported_at), count(*) from case_file group by 1;`);

    this.addSql(`alter table "case_file" alter column "number" set not null;`);
    this.addSql(`alter table "case_file" add constraint "case_file_number_unique" unique ("number");`);

    // Rows inserted without a number (bulk seeds, tests) get one the same way the API's get theirs.
    this.addSql(`create function case_file_number() returns trigger language plpgsql as $$
begin
  if new.number is null then new.number := next_case_number(new.reported_at); end if;
  return new;
end $$;`);
    this.addSql(`create trigger case_file_number before insert on case_file for each row execute function case_file_number();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists case_file_number on case_file;`);
    this.addSql(`drop function if exists case_file_number();`);
    this.addSql(`drop function if exists next_case_number(timestamptz);`);
    this.addSql(`drop function if exists case_number_day_of(timestamptz);`);
    this.addSql(`drop function if exists format_case_number(date, int);`);
    this.addSql(`drop table if exists "case_number_day" cascade;`);

    this.addSql(`alter table "case_file" drop constraint "case_file_number_unique";`);
    this.addSql(`alter table "case_file" drop column "number";`);
  }
}
