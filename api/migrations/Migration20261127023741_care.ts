import { Migration } from '@mikro-orm/migrations';

export class Migration20261127023741_care extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "team_kind" as enum ('SERVICE', 'DOOR_KNOCKING', 'STREET_PATROL', 'PROFESSIONAL', 'YELLOW_RIBBON');`);
    this.addSql(`create type "visit_frequency" as enum ('DAILY', 'WEEKLY', 'MONTHLY');`);
    this.addSql(`create type "ribbon_status" as enum ('OPEN', 'ASSIGNED', 'VISITED', 'RESOLVED');`);
    this.addSql(
      `create table "volunteer_team" ("id" uuid not null, "community_id" uuid not null, "name" varchar(200) not null, "kind" "team_kind" not null, "captain_id" uuid null, "created_at" timestamptz not null, constraint "volunteer_team_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "volunteer_team" add constraint "volunteer_team_community_id_name_unique" unique ("community_id", "name");`);

    this.addSql(
      `create table "care_household" ("id" uuid not null, "community_id" uuid not null, "grid_id" uuid null, "residents" varchar(200) not null, "address" varchar(300) not null, "situation" text null, "emergency_contact" varchar(200) null, "consent" boolean not null default false, "team_id" uuid null, "active" boolean not null default true, "created_at" timestamptz not null, constraint "care_household_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "care_household_community_id_index" on "care_household" ("community_id");`);
    this.addSql(`create index "care_household_team_id_index" on "care_household" ("team_id");`);

    this.addSql(
      `create table "visit_schedule" ("id" uuid not null, "household_id" uuid not null, "team_id" uuid not null, "frequency" "visit_frequency" not null, "interval" int not null default 1, "weekdays" text[] not null, "day_of_month" int null, "starts_on" date not null, "services" text[] not null, "active" boolean not null default true, "created_at" timestamptz not null, constraint "visit_schedule_pkey" primary key ("id"), constraint visit_schedule_interval_check check (interval >= 1 AND interval <= 365));`,
    );
    this.addSql(`create index "visit_schedule_household_id_index" on "visit_schedule" ("household_id");`);
    this.addSql(`create index "visit_schedule_team_id_index" on "visit_schedule" ("team_id");`);

    this.addSql(
      `create table "care_visit" ("id" uuid not null, "household_id" uuid not null, "schedule_id" uuid null, "due_on" date null, "visitor_id" uuid not null, "visited_at" timestamptz not null, "services_done" text[] not null, "concerns" text null, "raised_need_id" uuid null, "raised_case_id" uuid null, constraint "care_visit_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "care_visit_household_id_visited_at_index" on "care_visit" ("household_id", "visited_at");`);
    this.addSql(`alter table "care_visit" add constraint "care_visit_one_per_occurrence" unique ("schedule_id", "due_on");`);

    this.addSql(
      `create table "ribbon_request" ("id" uuid not null, "household_id" uuid not null, "raised_by_id" uuid not null, "raised_at" timestamptz not null, "note" text null, "status" "ribbon_status" not null default 'OPEN', "assignee_id" uuid null, "resolved_at" timestamptz null, constraint "ribbon_request_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "ribbon_request_household_id_index" on "ribbon_request" ("household_id");`);
    this.addSql(`create index "ribbon_request_status_raised_at_index" on "ribbon_request" ("status", "raised_at");`);

    this.addSql(
      `create table "ribbon_event" ("id" bigserial primary key, "request_id" uuid not null, "action" varchar(30) not null, "actor_id" uuid not null, "at" timestamptz not null, "note" text null);`,
    );
    this.addSql(`create index "ribbon_event_request_id_at_index" on "ribbon_event" ("request_id", "at");`);

    this.addSql(
      `create table "volunteer_team_member" ("team_id" uuid not null, "volunteer_id" uuid not null, constraint "volunteer_team_member_pkey" primary key ("team_id", "volunteer_id"));`,
    );

    this.addSql(
      `alter table "volunteer_team" add constraint "volunteer_team_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "volunteer_team" add constraint "volunteer_team_captain_id_foreign" foreign key ("captain_id") references "volunteer" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "care_household" add constraint "care_household_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "care_household" add constraint "care_household_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "care_household" add constraint "care_household_team_id_foreign" foreign key ("team_id") references "volunteer_team" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "visit_schedule" add constraint "visit_schedule_household_id_foreign" foreign key ("household_id") references "care_household" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "visit_schedule" add constraint "visit_schedule_team_id_foreign" foreign key ("team_id") references "volunteer_team" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "care_visit" add constraint "care_visit_household_id_foreign" foreign key ("household_id") references "care_household" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "care_visit" add constraint "care_visit_schedule_id_foreign" foreign key ("schedule_id") references "visit_schedule" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "care_visit" add constraint "care_visit_visitor_id_foreign" foreign key ("visitor_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "ribbon_request" add constraint "ribbon_request_household_id_foreign" foreign key ("household_id") references "care_household" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "ribbon_request" add constraint "ribbon_request_raised_by_id_foreign" foreign key ("raised_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "ribbon_request" add constraint "ribbon_request_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "ribbon_event" add constraint "ribbon_event_request_id_foreign" foreign key ("request_id") references "ribbon_request" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "ribbon_event" add constraint "ribbon_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "volunteer_team_member" add constraint "volunteer_team_member_team_id_foreign" foreign key ("team_id") references "volunteer_team" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "volunteer_team_member" add constraint "volunteer_team_member_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "care_household" drop constraint "care_household_team_id_foreign";`);

    this.addSql(`alter table "visit_schedule" drop constraint "visit_schedule_team_id_foreign";`);

    this.addSql(`alter table "volunteer_team_member" drop constraint "volunteer_team_member_team_id_foreign";`);

    this.addSql(`alter table "visit_schedule" drop constraint "visit_schedule_household_id_foreign";`);

    this.addSql(`alter table "care_visit" drop constraint "care_visit_household_id_foreign";`);

    this.addSql(`alter table "ribbon_request" drop constraint "ribbon_request_household_id_foreign";`);

    this.addSql(`alter table "care_visit" drop constraint "care_visit_schedule_id_foreign";`);

    this.addSql(`alter table "ribbon_event" drop constraint "ribbon_event_request_id_foreign";`);

    this.addSql(`drop table if exists "volunteer_team" cascade;`);

    this.addSql(`drop table if exists "care_household" cascade;`);

    this.addSql(`drop table if exists "visit_schedule" cascade;`);

    this.addSql(`drop table if exists "care_visit" cascade;`);

    this.addSql(`drop table if exists "ribbon_request" cascade;`);

    this.addSql(`drop table if exists "ribbon_event" cascade;`);

    this.addSql(`drop table if exists "volunteer_team_member" cascade;`);

    this.addSql(`drop type "team_kind";`);
    this.addSql(`drop type "visit_frequency";`);
    this.addSql(`drop type "ribbon_status";`);
  }
}
