import { Migration } from '@mikro-orm/migrations';

export class Migration20261204210000_contact_language extends Migration {
  override name = 'Migration20261204210000_contact_language';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "contacts" add "language" varchar(2) null, add "language_set_by" varchar(8) null;`,
    );
    this.addSql(
      `alter table "contacts" add constraint "contacts_language_check" check ("language" in ('en', 'pt', 'es'));`,
    );
    this.addSql(
      `alter table "contacts" add constraint "contacts_language_set_by_check" check ("language_set_by" in ('detected', 'asked'));`,
    );
    this.addSql(`alter table "faq_library" add "answer_translations" jsonb null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "faq_library" drop column "answer_translations";`);
    this.addSql(
      `alter table "contacts" drop constraint "contacts_language_set_by_check", drop constraint "contacts_language_check";`,
    );
    this.addSql(`alter table "contacts" drop column "language", drop column "language_set_by";`);
  }
}
