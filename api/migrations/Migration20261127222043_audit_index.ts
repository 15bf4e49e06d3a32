import { Migration } from '@mikro-orm/migrations';

export class Migration20261127222043_audit_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "audit_event_at_id_index" on "audit_event" ("at", "id");`);
    this.addSql(`create index "audit_event_action_at_id_index" on "audit_event" ("action", "at", "id");`);
    this.addSql(`create index "audit_event_actor_id_at_id_index" on "audit_event" ("actor_id", "at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "audit_event_at_id_index";`);
    this.addSql(`drop index "audit_event_action_at_id_index";`);
    this.addSql(`drop index "audit_event_actor_id_at_id_index";`);
  }
}
