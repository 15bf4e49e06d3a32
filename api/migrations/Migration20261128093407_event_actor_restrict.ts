import { Migration } from '@mikro-orm/migrations';

export class Migration20261128093407_event_actor_restrict extends Migration {
  // One rule for the event tables (case_event, need_event, ribbon_event): the subject cascades, the actor restricts (people who acted are deactivated, never deleted), a unit sets null.
  override async up(): Promise<void> {
    this.addSql(`alter table "need_event" drop constraint "need_event_actor_id_foreign";`);

    this.addSql(
      `alter table "need_event" add constraint "need_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "need_event" drop constraint "need_event_actor_id_foreign";`);

    this.addSql(`alter table "need_event" add constraint "need_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }
}
