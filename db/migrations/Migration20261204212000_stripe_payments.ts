import { Migration } from '@mikro-orm/migrations';

export class Migration20261204212000_stripe_payments extends Migration {
  override name = 'Migration20261204212000_stripe_payments';

  override up(): void | Promise<void> {
    this.addSql(`alter table "events" add "refund_policy" jsonb null;`);
    this.addSql(
      `alter table "payments" add "payment_method" varchar(255) null, add "external_id" varchar(255) null, add "payment_intent_id" varchar(255) null, add "idempotency_key" varchar(255) null, add "checkout_url" text null, add "expires_at" timestamptz null, add "paid_at" timestamptz null, add "receipt_url" text null, add "reason" varchar(255) null, add "requested_by" varchar(255) null, add "refund_percent" int null, add "notified_at" timestamptz null, add "updated_at" timestamptz null;`,
    );
    this.addSql(`alter table "payments" drop constraint "payments_status_check";`);
    this.addSql(
      `alter table "payments" add constraint "payments_status_check" check ("status" in ('pending', 'succeeded', 'failed', 'expired'));`,
    );
    this.addSql(
      `alter table "payments" add constraint "payments_external_id_unique" unique ("external_id");`,
    );
    this.addSql(
      `alter table "payments" add constraint "payments_idempotency_key_unique" unique ("idempotency_key");`,
    );
    this.addSql(`create index "payments_payment_intent_id_index" on "payments" ("payment_intent_id");`);
    this.addSql(`create index "payments_status_kind_index" on "payments" ("status", "kind");`);
    // At most one charge per order: a double tap on Pay or a retried checkout job finds the existing one.
    this.addSql(
      `create unique index "payments_one_charge_per_order" on "payments" ("order_id") where "kind" = 'charge';`,
    );
    this.addSql(`update "payments" set "payment_method" = 'demo' where "provider" = 'manual';`);

    this.addSql(
      `create table "payment_events" ("id" uuid not null, "provider" varchar(255) not null, "external_id" varchar(255) not null, "type" varchar(255) not null, "facts" jsonb not null, "occurred_at" timestamptz not null, "received_at" timestamptz not null, "processed_at" timestamptz null, "outcome" varchar(255) null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "payment_events" add constraint "payment_events_provider_external_id_unique" unique ("provider", "external_id");`,
    );
    this.addSql(
      `create index "payment_events_processed_at_received_at_index" on "payment_events" ("processed_at", "received_at");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "payment_events" cascade;`);
    this.addSql(`drop index "payments_one_charge_per_order";`);
    this.addSql(`drop index "payments_status_kind_index";`);
    this.addSql(`drop index "payments_payment_intent_id_index";`);
    this.addSql(`alter table "payments" drop constraint "payments_idempotency_key_unique";`);
    this.addSql(`alter table "payments" drop constraint "payments_external_id_unique";`);
    this.addSql(`alter table "payments" drop constraint "payments_status_check";`);
    this.addSql(
      `alter table "payments" add constraint "payments_status_check" check ("status" in ('pending', 'succeeded', 'failed'));`,
    );
    this.addSql(
      `alter table "payments" drop column "payment_method", drop column "external_id", drop column "payment_intent_id", drop column "idempotency_key", drop column "checkout_url", drop column "expires_at", drop column "paid_at", drop column "receipt_url", drop column "reason", drop column "requested_by", drop column "refund_percent", drop column "notified_at", drop column "updated_at";`,
    );
    this.addSql(`alter table "events" drop column "refund_policy";`);
  }
}
