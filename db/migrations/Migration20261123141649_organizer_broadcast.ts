import { Migration } from '@mikro-orm/migrations';

export class Migration20261123141649_organizer_broadcast extends Migration {
  override name = 'Migration20261123141649_organizer_broadcast';

  override up(): void | Promise<void> {
    this.addSql(`alter table "organizer_commands" add "confirmed_at" timestamptz null;`);

    this.addSql(`alter table "outbox" add "broadcast_id" uuid null;`);
    this.addSql(`create index "outbox_broadcast_id_index" on "outbox" ("broadcast_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "organizer_commands" drop column "confirmed_at";`);

    this.addSql(`drop index "outbox_broadcast_id_index";`);
    this.addSql(`alter table "outbox" drop column "broadcast_id";`);
  }
}
