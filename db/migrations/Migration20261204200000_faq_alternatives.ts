import { Migration } from '@mikro-orm/migrations';

export class Migration20261204200000_faq_alternatives extends Migration {
  override name = 'Migration20261204200000_faq_alternatives';

  override up(): void | Promise<void> {
    this.addSql(`alter table "faq_library" add "alternatives" text[] not null default '{}';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "faq_library" drop column "alternatives";`);
  }
}
