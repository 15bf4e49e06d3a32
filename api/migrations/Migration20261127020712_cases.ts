import { Migration } from '@mikro-orm/migrations';

export class Migration20261127020712_cases extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "case_category" as enum ('ENVIRONMENT', 'ROADS', 'DRAINAGE', 'LIGHTING', 'ILLEGAL_CONSTRUCTION', 'PUBLIC_ORDER', 'SAFETY', 'OTHER');`);
    this.addSql(`create type "case_status" as enum ('REPORTED', 'ACCEPTED', 'REJECTED', 'DISPATCHED', 'HANDLED', 'VERIFIED', 'CLOSED');`);
    this.addSql(`create type "extension_status" as enum ('PENDING', 'GRANTED', 'REFUSED');`);
    this.addSql(
      `create table "case_routing_rule" ("category" "case_category" not null, "unit_id" uuid null, "accept_hours" int not null default 2, "handle_hours" int not null default 24, "verify_hours" int not null default 8, "updated_at" timestamptz not null, constraint "case_routing_rule_pkey" primary key ("category"), constraint case_routing_hours_check check (accept_hours > 0 AND handle_hours > 0 AND verify_hours > 0));`,
    );

    this.addSql(
      `create table "case_file" ("id" uuid not null, "title" varchar(200) not null, "description" text null, "category" "case_category" not null default 'OTHER', "status" "case_status" not null default 'REPORTED', "address" varchar(300) null, "latitude" double precision null, "longitude" double precision null, "community_id" uuid null, "reported_at" timestamptz not null, "reporter_id" uuid not null, "idempotency_key" varchar(100) null, "assigned_unit_id" uuid null, "due_at" timestamptz null, "accept_due_at" timestamptz null, "verify_due_at" timestamptz null, "filed_at" timestamptz null, "handled_at" timestamptz null, "closed_at" timestamptz null, "rework_count" int not null default 0, constraint "case_file_pkey" primary key ("id"), constraint case_file_position_check check ((latitude IS NULL) = (longitude IS NULL) AND (latitude IS NULL OR (abs(latitude) <= 90::double precision AND abs(longitude) <= 180::double precision))), constraint case_file_title_check check (char_length(btrim(title)) >= 1 AND char_length(btrim(title)) <= 200));`,
    );
    this.addSql(`create index "case_file_community_id_index" on "case_file" ("community_id");`);
    this.addSql(`create index "case_file_assigned_unit_id_status_index" on "case_file" ("assigned_unit_id", "status");`);
    this.addSql(`create index "case_file_reported_at_id_index" on "case_file" ("reported_at", "id");`);
    this.addSql(`create index "case_file_status_reported_at_index" on "case_file" ("status", "reported_at");`);
    this.addSql(`alter table "case_file" add constraint "case_file_idempotency" unique ("reporter_id", "idempotency_key");`);

    this.addSql(
      `create table "case_extension" ("id" uuid not null, "case_id" uuid not null, "unit_id" uuid not null, "requested_by_id" uuid not null, "requested_at" timestamptz not null, "until" timestamptz not null, "reason" text not null, "status" "extension_status" not null default 'PENDING', "decided_at" timestamptz null, "decided_by_id" uuid null, "decision_note" text null, constraint "case_extension_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "case_extension_case_id_index" on "case_extension" ("case_id");`);
    this.addSql(`create index "case_extension_status_requested_at_index" on "case_extension" ("status", "requested_at");`);

    this.addSql(
      `create table "case_event" ("id" bigserial primary key, "case_id" uuid not null, "action" varchar(40) not null, "actor_id" uuid not null, "unit_id" uuid null, "at" timestamptz not null, "note" text null);`,
    );
    this.addSql(`create index "case_event_case_id_at_index" on "case_event" ("case_id", "at");`);

    this.addSql(
      `alter table "case_routing_rule" add constraint "case_routing_rule_unit_id_foreign" foreign key ("unit_id") references "partner_unit" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "case_file" add constraint "case_file_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "case_file" add constraint "case_file_reporter_id_foreign" foreign key ("reporter_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "case_file" add constraint "case_file_assigned_unit_id_foreign" foreign key ("assigned_unit_id") references "partner_unit" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "case_extension" add constraint "case_extension_case_id_foreign" foreign key ("case_id") references "case_file" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "case_extension" add constraint "case_extension_unit_id_foreign" foreign key ("unit_id") references "partner_unit" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "case_extension" add constraint "case_extension_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "case_extension" add constraint "case_extension_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "case_event" add constraint "case_event_case_id_foreign" foreign key ("case_id") references "case_file" ("id") on update cascade on delete cascade;`);
    this.addSql(
      `alter table "case_event" add constraint "case_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "case_event" add constraint "case_event_unit_id_foreign" foreign key ("unit_id") references "partner_unit" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "case_extension" drop constraint "case_extension_case_id_foreign";`);

    this.addSql(`alter table "case_event" drop constraint "case_event_case_id_foreign";`);

    this.addSql(`drop table if exists "case_routing_rule" cascade;`);

    this.addSql(`drop table if exists "case_file" cascade;`);

    this.addSql(`drop table if exists "case_extension" cascade;`);

    this.addSql(`drop table if exists "case_event" cascade;`);

    this.addSql(`drop type "case_category";`);
    this.addSql(`drop type "case_status";`);
    this.addSql(`drop type "extension_status";`);
  }
}
