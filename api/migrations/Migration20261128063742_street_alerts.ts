import { Migration } from '@mikro-orm/migrations';

export class Migration20261128063742_street_alerts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "notification_preference" drop constraint if exists "notification_preference_kind_check";`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);

    this.addSql(
      `alter table "notification_preference" add constraint "notification_preference_kind_check" check("kind" in ('CASE_DISPATCHED', 'CASE_REWORK', 'CASE_DEADLINE_SOON', 'CASE_ESCALATED', 'EXTENSION_GRANTED', 'EXTENSION_REFUSED', 'TASK_INVITED', 'TASK_PROMOTED', 'RIBBON_ASSIGNED', 'NEED_CLAIMED', 'VISITS_OVERDUE', 'SECTION_CASE_OVERDUE', 'SECTION_NOT_PATROLLED'));`,
    );

    this.addSql(
      `alter table "notification" add constraint "notification_kind_check" check("kind" in ('CASE_DISPATCHED', 'CASE_REWORK', 'CASE_DEADLINE_SOON', 'CASE_ESCALATED', 'EXTENSION_GRANTED', 'EXTENSION_REFUSED', 'TASK_INVITED', 'TASK_PROMOTED', 'RIBBON_ASSIGNED', 'NEED_CLAIMED', 'VISITS_OVERDUE', 'SECTION_CASE_OVERDUE', 'SECTION_NOT_PATROLLED'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);

    this.addSql(`alter table "notification_preference" drop constraint if exists "notification_preference_kind_check";`);

    this.addSql(
      `alter table "notification" add constraint "notification_kind_check" check("kind" in ('CASE_DISPATCHED', 'CASE_REWORK', 'CASE_DEADLINE_SOON', 'CASE_ESCALATED', 'EXTENSION_GRANTED', 'EXTENSION_REFUSED', 'TASK_INVITED', 'TASK_PROMOTED', 'RIBBON_ASSIGNED', 'NEED_CLAIMED', 'VISITS_OVERDUE'));`,
    );

    this.addSql(
      `alter table "notification_preference" add constraint "notification_preference_kind_check" check("kind" in ('CASE_DISPATCHED', 'CASE_REWORK', 'CASE_DEADLINE_SOON', 'CASE_ESCALATED', 'EXTENSION_GRANTED', 'EXTENSION_REFUSED', 'TASK_INVITED', 'TASK_PROMOTED', 'RIBBON_ASSIGNED', 'NEED_CLAIMED', 'VISITS_OVERDUE'));`,
    );
  }
}
