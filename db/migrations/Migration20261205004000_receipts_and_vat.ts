import { Migration } from '@mikro-orm/migrations';

export class Migration20261205004000_receipts_and_vat extends Migration {
  override name = 'Migration20261205004000_receipts_and_vat';

  override up(): void | Promise<void> {
    this.addSql(`alter table "events" add "vat_basis_points" int null;`);
    this.addSql(
      `alter table "payments" add "receipt_sent_at" timestamptz null, add "locale" varchar(255) null;`,
    );
    // A refund Stripe would not make is posted to the organizers' feed (issue 17).
    this.addSql(`alter table "feed_posts" drop constraint "feed_posts_kind_check";`);
    this.addSql(
      `alter table "feed_posts" add constraint "feed_posts_kind_check" check ("kind" in ('sold_out', 'handoff', 'failed_delivery', 'milestone', 'check_ins', 'failed_inbound', 'refund_failed'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "events" drop column "vat_basis_points";`);
    this.addSql(`alter table "payments" drop column "receipt_sent_at", drop column "locale";`);
    this.addSql(`alter table "feed_posts" drop constraint "feed_posts_kind_check";`);
    this.addSql(
      `alter table "feed_posts" add constraint "feed_posts_kind_check" check ("kind" in ('sold_out', 'handoff', 'failed_delivery', 'milestone', 'check_ins', 'failed_inbound'));`,
    );
  }
}
