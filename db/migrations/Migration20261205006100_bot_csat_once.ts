import { Migration } from '@mikro-orm/migrations';

export class Migration20261205006100_bot_csat_once extends Migration {
  override name = 'Migration20261205006100_bot_csat_once';

  override up(): void | Promise<void> {
    // The bot's own "Did we solve it?" (after a cancellation it completed): once per conversation.
    this.addSql(
      `create unique index "csat_requests_bot_once" on "csat_requests" ("conversation_id") where "source" = 'bot';`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "csat_requests_bot_once";`);
  }
}
