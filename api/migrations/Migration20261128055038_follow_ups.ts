import { Migration } from '@mikro-orm/migrations';

export class Migration20261128055038_follow_ups extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "follow_up_solved" as enum ('SOLVED', 'PARTLY_SOLVED', 'NOT_SOLVED');`);
    this.addSql(`create type "follow_up_satisfaction" as enum ('SATISFIED', 'BASICALLY_SATISFIED', 'NOT_SATISFIED');`);
    this.addSql(`create type "follow_up_source" as enum ('REPORTER', 'COMMAND_CENTER');`);
    this.addSql(
      `create table "case_rate_weights" ("id" int not null default 1, "response" int not null, "resolution" int not null, "satisfaction" int not null, "partly_solved_credit" double precision not null, "basically_satisfied_credit" double precision not null, "updated_at" timestamptz null, "updated_by_id" uuid null, constraint "case_rate_weights_pkey" primary key ("id"), constraint case_rate_weights_credit check (partly_solved_credit BETWEEN 0 AND 1 AND basically_satisfied_credit BETWEEN 0 AND 1), constraint case_rate_weights_sum check (response >= 0 AND resolution >= 0 AND satisfaction >= 0 AND response + resolution + satisfaction = 100), constraint case_rate_weights_single check (id = 1));`,
    );

    this.addSql(
      `create table "case_follow_up" ("id" uuid not null, "case_id" uuid not null, "closed_at" timestamptz not null, "unit_id" uuid null, "solved" "follow_up_solved" not null, "satisfaction" "follow_up_satisfaction" not null, "note" text null, "source" "follow_up_source" not null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null, "reworked" boolean not null default false, constraint "case_follow_up_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "case_follow_up_case_id_recorded_at_index" on "case_follow_up" ("case_id", "recorded_at");`);
    this.addSql(`alter table "case_follow_up" add constraint "case_follow_up_round" unique ("case_id", "closed_at");`);

    this.addSql(
      `alter table "case_rate_weights" add constraint "case_rate_weights_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "case_follow_up" add constraint "case_follow_up_case_id_foreign" foreign key ("case_id") references "case_file" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "case_follow_up" add constraint "case_follow_up_unit_id_foreign" foreign key ("unit_id") references "partner_unit" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "case_follow_up" add constraint "case_follow_up_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    // The weights a city starts from (30 / 35 / 35, partial answers at half).
    this.addSql(`insert into "case_rate_weights" (id, response, resolution, satisfaction, partly_solved_credit, basically_satisfied_credit) values (1, 30, 35, 35, 0.5, 0.5);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "case_rate_weights" cascade;`);

    this.addSql(`drop table if exists "case_follow_up" cascade;`);

    this.addSql(`drop type "follow_up_solved";`);
    this.addSql(`drop type "follow_up_satisfaction";`);
    this.addSql(`drop type "follow_up_source";`);
  }
}
