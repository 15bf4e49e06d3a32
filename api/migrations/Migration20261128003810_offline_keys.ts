import { Migration } from '@mikro-orm/migrations';

export class Migration20261128003810_offline_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "care_visit" add column "idempotency_key" varchar(100) null;`);
    this.addSql(`alter table "care_visit" add constraint "care_visit_idempotency" unique ("visitor_id", "idempotency_key");`);

    this.addSql(
      `alter table "task_signup" add column "idempotency_key" varchar(100) null, add column "check_in_key" varchar(100) null, add column "check_out_key" varchar(100) null;`,
    );
    this.addSql(`alter table "task_signup" add constraint "task_signup_idempotency" unique ("volunteer_id", "idempotency_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "care_visit" drop constraint "care_visit_idempotency";`);
    this.addSql(`alter table "care_visit" drop column "idempotency_key";`);

    this.addSql(`alter table "task_signup" drop constraint "task_signup_idempotency";`);
    this.addSql(`alter table "task_signup" drop column "idempotency_key", drop column "check_in_key", drop column "check_out_key";`);
  }
}
