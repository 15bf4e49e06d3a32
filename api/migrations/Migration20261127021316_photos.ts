import { Migration } from '@mikro-orm/migrations';

export class Migration20261127021316_photos extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "photo_stage" as enum ('REPORT', 'HANDLING');`);
    this.addSql(
      `create table "case_photo" ("id" uuid not null, "sha256" varchar(64) not null, "mime_type" varchar(20) not null, "size" int not null, "uploader_id" uuid not null, "uploaded_at" timestamptz not null, "latitude" double precision null, "longitude" double precision null, "case_id" uuid null, "stage" "photo_stage" null, constraint "case_photo_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "case_photo_uploader_id_index" on "case_photo" ("uploader_id");`);
    this.addSql(`create index "case_photo_case_id_index" on "case_photo" ("case_id");`);

    this.addSql(
      `alter table "case_photo" add constraint "case_photo_uploader_id_foreign" foreign key ("uploader_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`alter table "case_photo" add constraint "case_photo_case_id_foreign" foreign key ("case_id") references "case_file" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "case_photo" cascade;`);

    this.addSql(`drop type "photo_stage";`);
  }
}
