import { Migration } from '@mikro-orm/migrations';

export class Migration20261127233542_match_inputs extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "volunteer_task_need_id_index" on "volunteer_task" ("need_id");`);
    this.addSql(`create index "volunteer_task_ends_at_index" on "volunteer_task" ("ends_at");`);

    this.addSql(`create index "task_signup_recent_hours" on "task_signup" ("volunteer_id", "checked_out_at") include ("confirmed_hours") where "confirmed_hours" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "task_signup_recent_hours";`);

    this.addSql(`drop index "volunteer_task_need_id_index";`);
    this.addSql(`drop index "volunteer_task_ends_at_index";`);
  }
}
