import { Migration } from '@mikro-orm/migrations';

export class Migration20261128060818_follow_up_queue_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "case_file_status_closed_at_index" on "case_file" ("status", "closed_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "case_file_status_closed_at_index";`);
  }
}
