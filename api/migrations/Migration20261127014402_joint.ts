import { Migration } from '@mikro-orm/migrations';

export class Migration20261127014402_joint extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "need_category" as enum ('INFRASTRUCTURE', 'ENVIRONMENT', 'SAFETY', 'ELDERLY_CARE', 'CHILDREN', 'CULTURE', 'HEALTH', 'EMPLOYMENT', 'OTHER');`);
    this.addSql(`create type "need_status" as enum ('DRAFT', 'PUBLISHED', 'CLAIMED', 'IN_PROGRESS', 'DONE', 'CANCELLED');`);
    this.addSql(`create type "agreement_status" as enum ('ACTIVE', 'EXPIRED', 'TERMINATED');`);
    this.addSql(`create type "resource_category" as enum ('VENUE', 'FUNDING', 'EQUIPMENT', 'PROFESSIONAL_SERVICE', 'VOLUNTEERS', 'OTHER');`);
    this.addSql(
      `create table "joint_meeting" ("id" uuid not null, "community_id" uuid not null, "title" varchar(200) not null, "held_at" timestamptz not null, "place" varchar(200) null, "agenda" text null, "minutes" text null, "created_at" timestamptz not null, constraint "joint_meeting_pkey" primary key ("id"), constraint joint_meeting_title_check check (char_length(btrim(title)) >= 1 AND char_length(btrim(title)) <= 200));`,
    );
    this.addSql(`create index "joint_meeting_community_id_index" on "joint_meeting" ("community_id");`);

    this.addSql(
      `create table "need" ("id" uuid not null, "community_id" uuid not null, "grid_id" uuid null, "title" varchar(200) not null, "description" text null, "category" "need_category" not null, "status" "need_status" not null default 'DRAFT', "location" varchar(200) null, "budget_estimate" int null, "max_claimants" int not null default 1, "claim_count" int not null default 0, "published_at" timestamptz null, "completion_reported_at" timestamptz null, "closed_at" timestamptz null, "cancel_reason" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "need_pkey" primary key ("id"), constraint need_claimants_check check (max_claimants >= 1 AND claim_count >= 0 AND claim_count <= max_claimants), constraint need_title_check check (char_length(btrim(title)) >= 1 AND char_length(btrim(title)) <= 200));`,
    );
    this.addSql(`create index "need_created_at_id_index" on "need" ("created_at", "id");`);
    this.addSql(`create index "need_community_id_status_index" on "need" ("community_id", "status");`);

    this.addSql(
      `create table "need_claim" ("id" uuid not null, "need_id" uuid not null, "unit_id" uuid not null, "active_unit_id" uuid null, "meeting_id" uuid null, "claimed_at" timestamptz not null, "released_at" timestamptz null, "release_reason" text null, constraint "need_claim_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "need_claim_meeting_id_index" on "need_claim" ("meeting_id");`);
    this.addSql(`create index "need_claim_unit_id_released_at_index" on "need_claim" ("unit_id", "released_at");`);
    this.addSql(`alter table "need_claim" add constraint "need_claim_one_per_unit" unique ("need_id", "active_unit_id");`);

    this.addSql(
      `create table "joint_meeting_attendee" ("meeting_id" uuid not null, "unit_id" uuid not null, constraint "joint_meeting_attendee_pkey" primary key ("meeting_id", "unit_id"));`,
    );

    this.addSql(
      `create table "agreement" ("id" uuid not null, "community_id" uuid not null, "unit_id" uuid not null, "meeting_id" uuid null, "signed_at" timestamptz not null, "status" "agreement_status" not null default 'ACTIVE', "active_unit_id" uuid null, "commitments" text null, "valid_from" timestamptz not null, "valid_until" timestamptz null, "terminated_at" timestamptz null, "termination_reason" text null, "created_at" timestamptz not null, constraint "agreement_pkey" primary key ("id"), constraint agreement_period_check check (valid_until IS NULL OR valid_until > valid_from), constraint agreement_active_key_check check ((status = 'ACTIVE') = (active_unit_id IS NOT NULL)));`,
    );
    this.addSql(`create index "agreement_unit_id_index" on "agreement" ("unit_id");`);
    this.addSql(`create index "agreement_valid_until_index" on "agreement" ("valid_until");`);
    this.addSql(`alter table "agreement" add constraint "agreement_one_active_per_pair" unique ("community_id", "active_unit_id");`);

    this.addSql(
      `create table "resource" ("id" uuid not null, "unit_id" uuid not null, "title" varchar(200) not null, "category" "resource_category" not null, "quantity" int null, "unit_of_measure" varchar(20) null, "description" text null, "availability" varchar(200) null, "serves_category" "need_category" null, "withdrawn_at" timestamptz null, "created_at" timestamptz not null, constraint "resource_pkey" primary key ("id"), constraint resource_quantity_check check (quantity >= 0), constraint resource_title_check check (char_length(btrim(title)) >= 1 AND char_length(btrim(title)) <= 200));`,
    );
    this.addSql(`create index "resource_unit_id_index" on "resource" ("unit_id");`);

    this.addSql(
      `create table "need_event" ("id" bigserial primary key, "need_id" uuid not null, "action" varchar(40) not null, "actor_id" uuid not null, "unit_id" uuid null, "meeting_id" uuid null, "at" timestamptz not null, "note" text null);`,
    );
    this.addSql(`create index "need_event_need_id_at_index" on "need_event" ("need_id", "at");`);

    this.addSql(
      `alter table "joint_meeting" add constraint "joint_meeting_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "need" add constraint "need_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "need" add constraint "need_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "need_claim" add constraint "need_claim_need_id_foreign" foreign key ("need_id") references "need" ("id") on update cascade on delete cascade;`);
    this.addSql(
      `alter table "need_claim" add constraint "need_claim_unit_id_foreign" foreign key ("unit_id") references "partner_unit" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "need_claim" add constraint "need_claim_meeting_id_foreign" foreign key ("meeting_id") references "joint_meeting" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "joint_meeting_attendee" add constraint "joint_meeting_attendee_meeting_id_foreign" foreign key ("meeting_id") references "joint_meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "joint_meeting_attendee" add constraint "joint_meeting_attendee_unit_id_foreign" foreign key ("unit_id") references "partner_unit" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "agreement" add constraint "agreement_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`alter table "agreement" add constraint "agreement_unit_id_foreign" foreign key ("unit_id") references "partner_unit" ("id") on update cascade on delete cascade;`);
    this.addSql(
      `alter table "agreement" add constraint "agreement_meeting_id_foreign" foreign key ("meeting_id") references "joint_meeting" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "resource" add constraint "resource_unit_id_foreign" foreign key ("unit_id") references "partner_unit" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "need_event" add constraint "need_event_need_id_foreign" foreign key ("need_id") references "need" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "need_event" add constraint "need_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(
      `alter table "need_event" add constraint "need_event_unit_id_foreign" foreign key ("unit_id") references "partner_unit" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "community" add column "max_open_claims_per_unit" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "need_claim" drop constraint "need_claim_meeting_id_foreign";`);

    this.addSql(`alter table "joint_meeting_attendee" drop constraint "joint_meeting_attendee_meeting_id_foreign";`);

    this.addSql(`alter table "agreement" drop constraint "agreement_meeting_id_foreign";`);

    this.addSql(`alter table "need_claim" drop constraint "need_claim_need_id_foreign";`);

    this.addSql(`alter table "need_event" drop constraint "need_event_need_id_foreign";`);

    this.addSql(`drop table if exists "joint_meeting" cascade;`);

    this.addSql(`drop table if exists "need" cascade;`);

    this.addSql(`drop table if exists "need_claim" cascade;`);

    this.addSql(`drop table if exists "joint_meeting_attendee" cascade;`);

    this.addSql(`drop table if exists "agreement" cascade;`);

    this.addSql(`drop table if exists "resource" cascade;`);

    this.addSql(`drop table if exists "need_event" cascade;`);

    this.addSql(`alter table "community" drop column "max_open_claims_per_unit";`);

    this.addSql(`drop type "need_category";`);
    this.addSql(`drop type "need_status";`);
    this.addSql(`drop type "agreement_status";`);
    this.addSql(`drop type "resource_category";`);
  }
}
