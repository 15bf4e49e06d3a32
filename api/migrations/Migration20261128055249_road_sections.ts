import { Migration } from '@mikro-orm/migrations';

export class Migration20261128055249_road_sections extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "road_section" ("id" uuid not null, "community_id" uuid not null, "name" varchar(200) not null, "path" jsonb not null, "addresses" text[] not null, "chief_id" uuid null, "created_at" timestamptz not null, constraint "road_section_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "road_section_community_id_index" on "road_section" ("community_id");`);
    this.addSql(`create index "road_section_chief_id_index" on "road_section" ("chief_id");`);
    this.addSql(`alter table "road_section" add constraint "road_section_community_id_name_unique" unique ("community_id", "name");`);

    this.addSql(
      `create table "road_section_patroller" ("section_id" uuid not null, "user_id" uuid not null, constraint "road_section_patroller_pkey" primary key ("section_id", "user_id"));`,
    );

    this.addSql(
      `create table "patrol_round" ("id" uuid not null, "section_id" uuid not null, "patroller_id" uuid not null, "client_key" varchar(100) not null, "started_at" timestamptz not null, "ended_at" timestamptz null, "positions" jsonb not null, "note" text null, constraint "patrol_round_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "patrol_round_section_id_started_at_index" on "patrol_round" ("section_id", "started_at");`);
    this.addSql(`alter table "patrol_round" add constraint "patrol_round_patroller_id_client_key_unique" unique ("patroller_id", "client_key");`);

    this.addSql(
      `alter table "road_section" add constraint "road_section_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "road_section" add constraint "road_section_chief_id_foreign" foreign key ("chief_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "road_section_patroller" add constraint "road_section_patroller_section_id_foreign" foreign key ("section_id") references "road_section" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "road_section_patroller" add constraint "road_section_patroller_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "patrol_round" add constraint "patrol_round_section_id_foreign" foreign key ("section_id") references "road_section" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "patrol_round" add constraint "patrol_round_patroller_id_foreign" foreign key ("patroller_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "road_section_patroller" drop constraint "road_section_patroller_section_id_foreign";`);

    this.addSql(`alter table "patrol_round" drop constraint "patrol_round_section_id_foreign";`);

    this.addSql(`drop table if exists "road_section" cascade;`);

    this.addSql(`drop table if exists "road_section_patroller" cascade;`);

    this.addSql(`drop table if exists "patrol_round" cascade;`);
  }
}
