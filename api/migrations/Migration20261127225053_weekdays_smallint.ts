import { Migration } from '@mikro-orm/migrations';

export class Migration20261127225053_weekdays_smallint extends Migration {
  override async up(): Promise<void> {
    // The generator compares array columns by their mapped type, so the text[] → smallint[] change is written by hand.
    this.addSql(`alter table "visit_schedule" alter column "weekdays" type smallint[] using "weekdays"::smallint[];`);
    this.addSql(`alter table "visit_schedule" add constraint visit_schedule_weekdays_check check(weekdays <@ '{1,2,3,4,5,6,7}'::smallint[]);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "visit_schedule" drop constraint visit_schedule_weekdays_check;`);
    this.addSql(`alter table "visit_schedule" alter column "weekdays" type text[] using "weekdays"::text[];`);
  }
}
