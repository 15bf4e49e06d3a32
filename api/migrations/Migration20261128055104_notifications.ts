import { Migration } from '@mikro-orm/migrations';
import PgBoss from 'pg-boss';
import { NOTIFY_FUNCTION } from '../src/modules/notify/notify.sql';

export class Migration20261128055104_notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "outbox_message" ("id" uuid not null, "channel" text check ("channel" in ('IN_APP', 'WEB_PUSH', 'WEBHOOK', 'SMS')) not null, "target" varchar(100) not null, "payload" jsonb not null, "attempts" int not null default 0, "next_attempt_at" timestamptz null, "delivered_at" timestamptz null, "last_error" text null, "created_at" timestamptz not null, constraint "outbox_message_pkey" primary key ("id"));`,
    );
    this.addSql(`create index outbox_message_due_idx on outbox_message (next_attempt_at) where delivered_at is null;`);

    this.addSql(
      `create table "group_webhook" ("id" uuid not null, "community_id" uuid null, "unit_id" uuid null, "url" text not null, "secret" text null, "active" boolean not null default true, "updated_at" timestamptz not null, constraint "group_webhook_pkey" primary key ("id"), constraint group_webhook_owner_check check ((community_id is null) <> (unit_id is null)));`,
    );
    this.addSql(`alter table "group_webhook" add constraint "group_webhook_community_id_unique" unique ("community_id");`);
    this.addSql(`alter table "group_webhook" add constraint "group_webhook_unit_id_unique" unique ("unit_id");`);

    this.addSql(
      `create table "push_subscription" ("id" uuid not null, "user_id" uuid not null, "endpoint" text not null, "p256dh" varchar(200) not null, "auth" varchar(100) not null, "created_at" timestamptz not null, constraint "push_subscription_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "push_subscription_user_id_index" on "push_subscription" ("user_id");`);
    this.addSql(`alter table "push_subscription" add constraint "push_subscription_endpoint_unique" unique ("endpoint");`);

    this.addSql(
      `create table "notification_preference" ("user_id" uuid not null, "kind" text check ("kind" in ('CASE_DISPATCHED', 'CASE_REWORK', 'CASE_DEADLINE_SOON', 'CASE_ESCALATED', 'EXTENSION_GRANTED', 'EXTENSION_REFUSED', 'TASK_INVITED', 'TASK_PROMOTED', 'RIBBON_ASSIGNED', 'NEED_CLAIMED', 'VISITS_OVERDUE')) not null, "channel" text check ("channel" in ('IN_APP', 'WEB_PUSH', 'WEBHOOK', 'SMS')) not null, "enabled" boolean not null, constraint "notification_preference_pkey" primary key ("user_id", "kind", "channel"));`,
    );

    this.addSql(
      `create table "notification" ("id" uuid not null, "recipient_id" uuid not null, "kind" text check ("kind" in ('CASE_DISPATCHED', 'CASE_REWORK', 'CASE_DEADLINE_SOON', 'CASE_ESCALATED', 'EXTENSION_GRANTED', 'EXTENSION_REFUSED', 'TASK_INVITED', 'TASK_PROMOTED', 'RIBBON_ASSIGNED', 'NEED_CLAIMED', 'VISITS_OVERDUE')) not null, "object_type" varchar(40) not null, "object_id" uuid null, "params" jsonb not null, "dedupe_key" varchar(200) null, "created_at" timestamptz not null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "notification_recipient_id_created_at_index" on "notification" ("recipient_id", "created_at");`);
    this.addSql(`alter table "notification" add constraint "notification_recipient_id_dedupe_key_unique" unique ("recipient_id", "dedupe_key");`);

    this.addSql(
      `alter table "group_webhook" add constraint "group_webhook_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "group_webhook" add constraint "group_webhook_unit_id_foreign" foreign key ("unit_id") references "partner_unit" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "push_subscription" add constraint "push_subscription_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "notification_preference" add constraint "notification_preference_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    // Hand-written: the set-based notify function, and pg-boss's own schema (so no server start pays for installing it).
    this.addSql(NOTIFY_FUNCTION);
    // Its own BEGIN/COMMIT would end the migration's transaction early: the statements run inside ours.
    this.addSql(PgBoss.getConstructionPlans('pgboss').replace(/^\s*(BEGIN|COMMIT);\s*$/gm, ''));
  }

  override async down(): Promise<void> {
    this.addSql('drop schema if exists pgboss cascade;');
    this.addSql('drop function if exists gj_notify;');
    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "group_webhook" cascade;`);

    this.addSql(`drop table if exists "push_subscription" cascade;`);

    this.addSql(`drop table if exists "notification_preference" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);
  }
}
