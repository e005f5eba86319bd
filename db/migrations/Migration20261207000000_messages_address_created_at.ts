import { Migration } from '@mikro-orm/migrations';

/**
 * Every message asks whether the same person has an earlier message still unhandled, or an earlier reply still
 * on its way (inbound-job-check.ts, replies-in-flight.ts). Without an index on the address those questions
 * read every message of the last 30–60 s: under a ticket drop's backlog, thousands of rows per message, which
 * made the first look and the claim ~1.1 and ~1.6 ms of Postgres time each (pg_stat_statements, 600 senders).
 */
export class Migration20261207000000_messages_address_created_at extends Migration {
  override name = 'Migration20261207000000_messages_address_created_at';

  override up(): void | Promise<void> {
    this.addSql(
      `create index if not exists "messages_address_created_at" on "messages" ("address", "created_at");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "messages_address_created_at";`);
  }
}
