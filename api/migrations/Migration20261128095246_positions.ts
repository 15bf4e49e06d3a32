import { Migration } from '@mikro-orm/migrations';

export class Migration20261128095246_positions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "community" add column "latitude" double precision null, add column "longitude" double precision null;`);
    this.addSql(
      `alter table "community" add constraint community_position_check check((latitude IS NULL) = (longitude IS NULL) AND (latitude IS NULL OR (abs(latitude) <= 90::double precision AND abs(longitude) <= 180::double precision)));`,
    );

    this.addSql(`alter table "volunteer_task" add column "latitude" double precision null, add column "longitude" double precision null;`);
    this.addSql(
      `alter table "volunteer_task" add constraint volunteer_task_position_check check((latitude IS NULL) = (longitude IS NULL) AND (latitude IS NULL OR (abs(latitude) <= 90::double precision AND abs(longitude) <= 180::double precision)));`,
    );

    this.addSql(`alter table "care_household" add column "latitude" double precision null, add column "longitude" double precision null;`);
    this.addSql(
      `alter table "care_household" add constraint care_household_position_check check((latitude IS NULL) = (longitude IS NULL) AND (latitude IS NULL OR (abs(latitude) <= 90::double precision AND abs(longitude) <= 180::double precision)));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "care_household" drop constraint care_household_position_check;`);
    this.addSql(`alter table "care_household" drop column "latitude", drop column "longitude";`);

    this.addSql(`alter table "community" drop constraint community_position_check;`);
    this.addSql(`alter table "community" drop column "latitude", drop column "longitude";`);

    this.addSql(`alter table "volunteer_task" drop constraint volunteer_task_position_check;`);
    this.addSql(`alter table "volunteer_task" drop column "latitude", drop column "longitude";`);
  }
}
