import { Migration } from '@mikro-orm/migrations';

export class Migration20261123140727_organizer_feed extends Migration {
  override name = 'Migration20261123140727_organizer_feed';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "feed_posts" ("id" uuid not null, "event_id" varchar(255) null, "kind" text not null, "ref" varchar(255) not null, "text" text not null, "created_at" timestamptz not null, "posted_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`alter table "feed_posts" add constraint "feed_posts_ref_unique" unique ("ref");`);
    this.addSql(`create index "feed_posts_posted_at_index" on "feed_posts" ("posted_at");`);

    this.addSql(
      `alter table "feed_posts" add constraint "feed_posts_kind_check" check ("kind" in ('sold_out', 'handoff', 'failed_delivery'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "feed_posts" cascade;`);
  }
}
