import { Migration } from '@mikro-orm/migrations';

export class Migration20261127024356_invitations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "task_invitation" ("id" uuid not null, "task_id" uuid not null, "volunteer_id" uuid not null, "invited_by_id" uuid not null, "invited_at" timestamptz not null, constraint "task_invitation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "task_invitation_volunteer_id_invited_at_index" on "task_invitation" ("volunteer_id", "invited_at");`);
    this.addSql(`alter table "task_invitation" add constraint "task_invitation_task_id_volunteer_id_unique" unique ("task_id", "volunteer_id");`);

    this.addSql(
      `alter table "task_invitation" add constraint "task_invitation_task_id_foreign" foreign key ("task_id") references "volunteer_task" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "task_invitation" add constraint "task_invitation_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "task_invitation" add constraint "task_invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "task_invitation" cascade;`);
  }
}
