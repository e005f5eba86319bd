import { Migration } from '@mikro-orm/migrations';

export class Migration20261204211000_feed_failed_inbound extends Migration {
  override name = 'Migration20261204211000_feed_failed_inbound';

  override up(): void | Promise<void> {
    this.addSql(`alter table "feed_posts" drop constraint "feed_posts_kind_check";`);
    this.addSql(
      `alter table "feed_posts" add constraint "feed_posts_kind_check" check ("kind" in ('sold_out', 'handoff', 'failed_delivery', 'milestone', 'check_ins', 'failed_inbound'));`,
    );
    // The health check counts failed messages of the last day (issue 15, item 5).
    this.addSql(
      `create index "messages_failed_recent" on "messages" ("created_at") where "status" = 'failed';`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "messages_failed_recent";`);
    this.addSql(`alter table "feed_posts" drop constraint "feed_posts_kind_check";`);
    this.addSql(
      `alter table "feed_posts" add constraint "feed_posts_kind_check" check ("kind" in ('sold_out', 'handoff', 'failed_delivery', 'milestone', 'check_ins'));`,
    );
  }
}
