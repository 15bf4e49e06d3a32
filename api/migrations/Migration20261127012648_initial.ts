import { Migration } from '@mikro-orm/migrations';

export class Migration20261127012648_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "unit_kind" as enum ('GOVERNMENT', 'ENTERPRISE', 'INSTITUTION', 'SCHOOL', 'SOCIAL_ORGANIZATION', 'OTHER');`);
    this.addSql(`create type "committee_position" as enum ('FIRST_SECRETARY', 'SECRETARY', 'DEPUTY_SECRETARY', 'MEMBER');`);
    this.addSql(
      `create table "audit_event" ("id" bigserial primary key, "actor_id" uuid null, "at" timestamptz not null, "action" varchar(60) not null, "subject_type" varchar(60) not null, "subject_id" uuid not null, "note" text null, "data" jsonb null);`,
    );
    this.addSql(`create index "audit_event_subject_type_subject_id_at_index" on "audit_event" ("subject_type", "subject_id", "at");`);

    this.addSql(
      `create table "community" ("id" uuid not null, "name" varchar(200) not null, "subdistrict" varchar(200) not null, "address" varchar(500) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "community_pkey" primary key ("id"), constraint community_name_check check (char_length(btrim(name)) >= 1 AND char_length(btrim(name)) <= 200));`,
    );
    this.addSql(`alter table "community" add constraint "community_name_unique" unique ("name");`);
    this.addSql(`create index "community_subdistrict_index" on "community" ("subdistrict");`);

    this.addSql(
      `create table "grid" ("id" uuid not null, "community_id" uuid not null, "name" varchar(200) not null, "created_at" timestamptz not null, constraint "grid_pkey" primary key ("id"), constraint grid_name_check check (char_length(btrim(name)) >= 1 AND char_length(btrim(name)) <= 200));`,
    );
    this.addSql(`alter table "grid" add constraint "grid_community_id_name_unique" unique ("community_id", "name");`);

    this.addSql(`create table "login_failure" ("id" bigserial primary key, "username" varchar(200) not null, "ip" varchar(64) not null, "at" timestamptz not null);`);
    this.addSql(`create index "login_failure_ip_at_index" on "login_failure" ("ip", "at");`);
    this.addSql(`create index "login_failure_username_at_index" on "login_failure" ("username", "at");`);

    this.addSql(
      `create table "partner_unit" ("id" uuid not null, "name" varchar(200) not null, "kind" "unit_kind" not null, "contact_name" varchar(200) null, "contact_phone" varchar(30) null, "address" varchar(500) null, "active" boolean not null default true, "created_at" timestamptz not null, constraint "partner_unit_pkey" primary key ("id"), constraint partner_unit_name_check check (char_length(btrim(name)) >= 1 AND char_length(btrim(name)) <= 200));`,
    );
    this.addSql(`alter table "partner_unit" add constraint "partner_unit_name_unique" unique ("name");`);

    this.addSql(
      `create table "app_user" ("id" uuid not null, "username" varchar(40) not null, "display_name" varchar(200) not null, "password_hash" varchar(255) not null, "roles" text[] not null, "community_id" uuid null, "unit_id" uuid null, "phone" varchar(30) null, "active" boolean not null default true, "last_login_at" timestamptz null, "password_changed_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"), constraint app_user_username_check check (username = lower(username) AND char_length(username) >= 3 AND char_length(username) <= 40), constraint app_user_roles_check check (roles <@ array['ADMIN','CITY_LEADER','COMMAND_CENTER','COMMUNITY_SECRETARY','UNIT_REP','VOLUNTEER','GRID_WORKER']::text[] and cardinality(roles) >= 1));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);
    this.addSql(`create index "app_user_community_id_index" on "app_user" ("community_id");`);
    this.addSql(`create index "app_user_unit_id_index" on "app_user" ("unit_id");`);

    this.addSql(
      `create table "session" ("id" uuid not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(64) null, constraint "session_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);

    this.addSql(
      `create table "committee_member" ("id" uuid not null, "community_id" uuid not null, "person_name" varchar(200) not null, "position" "committee_position" not null, "title" varchar(200) null, "unit_id" uuid null, "user_id" uuid null, "sort_order" int not null default 0, "created_at" timestamptz not null, constraint "committee_member_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "committee_member_community_id_index" on "committee_member" ("community_id");`);

    this.addSql(`alter table "grid" add constraint "grid_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`);

    this.addSql(
      `alter table "app_user" add constraint "app_user_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_unit_id_foreign" foreign key ("unit_id") references "partner_unit" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(
      `alter table "committee_member" add constraint "committee_member_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "committee_member" add constraint "committee_member_unit_id_foreign" foreign key ("unit_id") references "partner_unit" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "committee_member" add constraint "committee_member_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "grid" drop constraint "grid_community_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_community_id_foreign";`);

    this.addSql(`alter table "committee_member" drop constraint "committee_member_community_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_unit_id_foreign";`);

    this.addSql(`alter table "committee_member" drop constraint "committee_member_unit_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "committee_member" drop constraint "committee_member_user_id_foreign";`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "community" cascade;`);

    this.addSql(`drop table if exists "grid" cascade;`);

    this.addSql(`drop table if exists "login_failure" cascade;`);

    this.addSql(`drop table if exists "partner_unit" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "committee_member" cascade;`);

    this.addSql(`drop type "unit_kind";`);
    this.addSql(`drop type "committee_position";`);
  }
}
