import { Migration } from '@mikro-orm/migrations';

export class Migration20261204215000_event_whatsapp_channel extends Migration {
  override name = 'Migration20261204215000_event_whatsapp_channel';

  override up(): void | Promise<void> {
    this.addSql(`alter table "events" add "whatsapp_channel" text not null default 'whatsapp';`);
    this.addSql(
      `alter table "events" add constraint "events_whatsapp_channel_check" check ("whatsapp_channel" in ('whatsapp', 'whatsapp-web'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "events" drop column "whatsapp_channel";`);
  }
}
