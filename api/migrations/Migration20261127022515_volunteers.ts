import { Migration } from '@mikro-orm/migrations';

export class Migration20261127022515_volunteers extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "task_status" as enum ('OPEN', 'FULL', 'CLOSED', 'CANCELLED');`);
    this.addSql(`create type "signup_status" as enum ('CONFIRMED', 'WAITLISTED', 'WITHDRAWN');`);
    this.addSql(
      `create table "volunteer_task" ("id" uuid not null, "title" varchar(200) not null, "community_id" uuid not null, "grid_id" uuid null, "need_id" uuid null, "place" varchar(200) null, "required_skills" text[] not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "capacity" int not null, "signup_count" int not null default 0, "status" "task_status" not null default 'OPEN', "created_at" timestamptz not null, constraint "volunteer_task_pkey" primary key ("id"), constraint volunteer_task_window_check check (ends_at > starts_at), constraint volunteer_task_capacity_check check (capacity >= 1 AND signup_count >= 0 AND signup_count <= capacity), constraint volunteer_task_title_check check (char_length(btrim(title)) >= 1 AND char_length(btrim(title)) <= 200));`,
    );
    this.addSql(`create index "volunteer_task_community_id_starts_at_index" on "volunteer_task" ("community_id", "starts_at");`);

    this.addSql(
      `create table "volunteer" ("id" uuid not null, "user_id" uuid not null, "skills" text[] not null, "community_id" uuid null, "grid_id" uuid null, "availability" text[] not null, "party_member" boolean not null default false, "active" boolean not null default true, "created_at" timestamptz not null, constraint "volunteer_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "volunteer" add constraint "volunteer_user_id_unique" unique ("user_id");`);
    this.addSql(`create index "volunteer_community_id_index" on "volunteer" ("community_id");`);
    this.addSql(`create index "volunteer_skills_gin" on "volunteer" using gin ("skills");`);

    this.addSql(
      `create table "task_signup" ("id" uuid not null, "task_id" uuid not null, "volunteer_id" uuid not null, "active_volunteer_id" uuid null, "status" "signup_status" not null default 'CONFIRMED', "signed_up_at" timestamptz not null, "promoted_at" timestamptz null, "withdrawn_at" timestamptz null, constraint "task_signup_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "task_signup_volunteer_id_status_index" on "task_signup" ("volunteer_id", "status");`);
    this.addSql(`alter table "task_signup" add constraint "task_signup_one_per_volunteer" unique ("task_id", "active_volunteer_id");`);

    this.addSql(
      `alter table "volunteer_task" add constraint "volunteer_task_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "volunteer_task" add constraint "volunteer_task_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "volunteer_task" add constraint "volunteer_task_need_id_foreign" foreign key ("need_id") references "need" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "volunteer" add constraint "volunteer_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(
      `alter table "volunteer" add constraint "volunteer_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`alter table "volunteer" add constraint "volunteer_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete set null;`);

    this.addSql(
      `alter table "task_signup" add constraint "task_signup_task_id_foreign" foreign key ("task_id") references "volunteer_task" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "task_signup" add constraint "task_signup_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "task_signup" drop constraint "task_signup_task_id_foreign";`);

    this.addSql(`alter table "task_signup" drop constraint "task_signup_volunteer_id_foreign";`);

    this.addSql(`drop table if exists "volunteer_task" cascade;`);

    this.addSql(`drop table if exists "volunteer" cascade;`);

    this.addSql(`drop table if exists "task_signup" cascade;`);

    this.addSql(`drop type "task_status";`);
    this.addSql(`drop type "signup_status";`);
  }
}
