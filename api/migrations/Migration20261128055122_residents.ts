import { Migration } from '@mikro-orm/migrations';

export class Migration20261128055122_residents extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "case_source" as enum ('GRID_WORKER', 'RESIDENT', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP', 'VOLUNTEER', 'CITY_LEADER', 'ADMIN');`);
    this.addSql(
      `create table "resident_account" ("user_id" uuid not null, "phone_verified_at" timestamptz null, "reporting_resumed_at" timestamptz null, "registered_at" timestamptz not null, constraint "resident_account_pkey" primary key ("user_id"));`,
    );

    this.addSql(
      `alter table "resident_account" add constraint "resident_account_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "app_user" drop constraint app_user_roles_check;`);

    this.addSql(
      `alter table "app_user" add constraint app_user_roles_check check(roles <@ array['ADMIN','CITY_LEADER','COMMAND_CENTER','COMMUNITY_SECRETARY','UNIT_REP','VOLUNTEER','GRID_WORKER','RESIDENT']::text[] and cardinality(roles) >= 1);`,
    );

    this.addSql(
      `alter table "case_file" add column "source" "case_source" not null default 'GRID_WORKER', add column "abusive_at" timestamptz null, add column "abusive_by_id" uuid null;`,
    );
    // Existing cases: the source their reporter's roles give, in case-source.ts's order.
    this.addSql(`update "case_file" c set "source" = (case
      when 'GRID_WORKER' = any(u.roles) then 'GRID_WORKER' when 'COMMAND_CENTER' = any(u.roles) then 'COMMAND_CENTER'
      when 'COMMUNITY_SECRETARY' = any(u.roles) then 'COMMUNITY_SECRETARY' when 'UNIT_REP' = any(u.roles) then 'UNIT_REP'
      when 'VOLUNTEER' = any(u.roles) then 'VOLUNTEER' when 'CITY_LEADER' = any(u.roles) then 'CITY_LEADER'
      when 'ADMIN' = any(u.roles) then 'ADMIN' else 'RESIDENT' end)::case_source
      from "app_user" u where u.id = c.reporter_id;`);
    this.addSql(
      `alter table "case_file" add constraint "case_file_abusive_by_id_foreign" foreign key ("abusive_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "case_file_reporter_id_reported_at_index" on "case_file" ("reporter_id", "reported_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "resident_account" cascade;`);

    this.addSql(`alter table "case_file" drop constraint "case_file_abusive_by_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint app_user_roles_check;`);

    this.addSql(
      `alter table "app_user" add constraint app_user_roles_check check((roles <@ ARRAY['ADMIN'::text, 'CITY_LEADER'::text, 'COMMAND_CENTER'::text, 'COMMUNITY_SECRETARY'::text, 'UNIT_REP'::text, 'VOLUNTEER'::text, 'GRID_WORKER'::text]) AND (cardinality(roles) >= 1));`,
    );

    this.addSql(`drop index "case_file_reporter_id_reported_at_index";`);
    this.addSql(`alter table "case_file" drop column "source", drop column "abusive_at", drop column "abusive_by_id";`);

    this.addSql(`drop type "case_source";`);
  }
}
