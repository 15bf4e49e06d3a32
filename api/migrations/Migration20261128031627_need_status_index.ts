import { Migration } from '@mikro-orm/migrations';

export class Migration20261128031627_need_status_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "need_status_index" on "need" ("status");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "need_status_index";`);
  }
}
