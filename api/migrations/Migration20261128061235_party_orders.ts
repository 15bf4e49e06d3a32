import { Migration } from '@mikro-orm/migrations';

export class Migration20261128061235_party_orders extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "party_order_kind" as enum ('CASE', 'NEED');`);
    this.addSql(
      `create table "party_order" ("id" uuid not null, "kind" "party_order_kind" not null, "case_id" uuid null, "need_id" uuid null, "community_id" uuid not null, "title" varchar(200) not null, "place" varchar(300) null, "routed_by_id" uuid not null, "routed_at" timestamptz not null, "taken_by_id" uuid null, "taken_at" timestamptz null, "done_at" timestamptz null, "done_note" text null, "hours" double precision not null default 1, constraint "party_order_pkey" primary key ("id"), constraint party_order_hours_check check (hours > 0::double precision AND hours <= 24::double precision), constraint party_order_taken_check check ((taken_by_id IS NULL) = (taken_at IS NULL) AND (done_at IS NULL OR taken_at IS NOT NULL)), constraint party_order_subject_check check ((kind = 'CASE' AND case_id IS NOT NULL AND need_id IS NULL) OR (kind = 'NEED' AND need_id IS NOT NULL AND case_id IS NULL)));`,
    );
    this.addSql(`alter table "party_order" add constraint "party_order_case_id_unique" unique ("case_id");`);
    this.addSql(`alter table "party_order" add constraint "party_order_need_id_unique" unique ("need_id");`);
    this.addSql(`create index "party_order_taken_by_id_done_at_index" on "party_order" ("taken_by_id", "done_at");`);
    this.addSql(`create index "party_order_community_id_taken_at_index" on "party_order" ("community_id", "taken_at");`);

    this.addSql(
      `alter table "party_order" add constraint "party_order_case_id_foreign" foreign key ("case_id") references "case_file" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`alter table "party_order" add constraint "party_order_need_id_foreign" foreign key ("need_id") references "need" ("id") on update cascade on delete cascade;`);
    this.addSql(
      `alter table "party_order" add constraint "party_order_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "party_order" add constraint "party_order_routed_by_id_foreign" foreign key ("routed_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "party_order" add constraint "party_order_taken_by_id_foreign" foreign key ("taken_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "party_order" cascade;`);

    this.addSql(`drop type "party_order_kind";`);
  }
}
