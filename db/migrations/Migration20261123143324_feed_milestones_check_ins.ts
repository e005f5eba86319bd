import { Migration } from '@mikro-orm/migrations';

export class Migration20261123143324_feed_milestones_check_ins extends Migration {
  override name = 'Migration20261123143324_feed_milestones_check_ins';

  override up(): void | Promise<void> {
    this.addSql(`alter table "feed_posts" drop constraint "feed_posts_kind_check";`);
    this.addSql(
      `alter table "feed_posts" add constraint "feed_posts_kind_check" check ("kind" in ('sold_out', 'handoff', 'failed_delivery', 'milestone', 'check_ins'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "feed_posts" drop constraint "feed_posts_kind_check";`);
    this.addSql(
      `alter table "feed_posts" add constraint "feed_posts_kind_check" check ("kind" in ('sold_out', 'handoff', 'failed_delivery'));`,
    );
  }
}
