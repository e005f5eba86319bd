import { Migration } from '@mikro-orm/migrations';

/**
 * Suggestion reasons become facts (jsonb), put into words in the reader's language when shown. The English
 * text column stays, nullable, for rows written before: nothing parses it back (it was written from facts
 * we no longer have), and every suggestion shown is scored afresh anyway.
 */
export class Migration20261206003000_match_reason_facts extends Migration {
  override name = 'Migration20261206003000_match_reason_facts';

  override up(): void | Promise<void> {
    this.addSql(`alter table "matches" add column "reason_facts" jsonb null;`);
    this.addSql(`alter table "matches" alter column "reason" drop not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`update "matches" set "reason" = '' where "reason" is null;`);
    this.addSql(`alter table "matches" alter column "reason" set not null;`);
    this.addSql(`alter table "matches" drop column if exists "reason_facts";`);
  }
}
