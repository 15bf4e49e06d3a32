import { Migration } from '@mikro-orm/migrations';

export class Migration20261127023951_hours extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "task_signup" add column "checked_in_at" timestamptz null, add column "checked_out_at" timestamptz null, add column "confirmed_hours" double precision null, add column "confirmed_at" timestamptz null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "task_signup" drop column "checked_in_at", drop column "checked_out_at", drop column "confirmed_hours", drop column "confirmed_at";`);
  }
}
