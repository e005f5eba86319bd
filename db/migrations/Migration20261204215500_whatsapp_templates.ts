import { Migration } from '@mikro-orm/migrations';

export class Migration20261204215500_whatsapp_templates extends Migration {
  override name = 'Migration20261204215500_whatsapp_templates';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "whatsapp_templates" ("name" varchar(255) not null, "language" varchar(255) not null, "version" int not null, "content_sid" varchar(255) not null, "approval" varchar(255) not null, "synced_at" timestamptz not null, primary key ("name", "language", "version"));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "whatsapp_templates" cascade;`);
  }
}
