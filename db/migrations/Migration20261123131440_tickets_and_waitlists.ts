import { Migration } from '@mikro-orm/migrations';

export class Migration20261123131440_tickets_and_waitlists extends Migration {
  override name = 'Migration20261123131440_tickets_and_waitlists';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "booking_attempts" ("id" uuid not null, "event_id" varchar(255) not null, "tier_id" uuid null, "contact_id" uuid null, "quantity" int null, "outcome" text not null, "reason" varchar(255) not null, "order_id" uuid null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "booking_attempts_event_id_created_at_index" on "booking_attempts" ("event_id", "created_at");`,
    );

    this.addSql(
      `create table "orders" ("id" uuid not null, "event_id" varchar(255) not null, "tier_id" uuid not null, "contact_id" uuid not null, "reference" varchar(255) not null, "quantity" int not null, "unit_price_cents" int not null, "total_cents" int not null, "currency" varchar(3) not null, "status" text not null, "idempotency_key" varchar(255) null, "reserved_until" timestamptz null, "created_at" timestamptz not null, "confirmed_at" timestamptz null, "cancelled_at" timestamptz null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`alter table "orders" add constraint "orders_reference_unique" unique ("reference");`);
    this.addSql(
      `alter table "orders" add constraint "orders_idempotency_key_unique" unique ("idempotency_key");`,
    );
    this.addSql(`create index "orders_contact_id_event_id_index" on "orders" ("contact_id", "event_id");`);
    this.addSql(
      `create index "orders_status_reserved_until_index" on "orders" ("status", "reserved_until");`,
    );

    this.addSql(
      `create table "tickets" ("id" uuid not null, "order_id" uuid not null, "reference" varchar(255) not null, "status" text not null default 'valid', "created_at" timestamptz not null, "cancelled_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`alter table "tickets" add constraint "tickets_reference_unique" unique ("reference");`);

    this.addSql(
      `create table "payments" ("id" uuid not null, "order_id" uuid not null, "amount_cents" int not null, "currency" varchar(3) not null, "kind" text not null default 'charge', "status" text not null, "provider" varchar(255) not null default 'manual', "created_at" timestamptz not null, primary key ("id"));`,
    );

    this.addSql(
      `create table "waitlists" ("id" uuid not null, "event_id" varchar(255) not null, "tier_id" uuid not null, "contact_id" uuid not null, "party_size" int not null, "priority" int not null default 0, "status" text not null default 'waiting', "joined_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "waitlists_tier_id_status_priority_joined_at_index" on "waitlists" ("tier_id", "status", "priority", "joined_at");`,
    );

    this.addSql(
      `create table "waitlist_promotions" ("id" uuid not null, "entry_id" uuid not null, "tier_id" uuid not null, "seats" int not null, "status" text not null default 'open', "expires_at" timestamptz not null, "notified_at" timestamptz null, "order_id" uuid null, "created_at" timestamptz not null, "closed_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create index "waitlist_promotions_status_expires_at_index" on "waitlist_promotions" ("status", "expires_at");`,
    );

    this.addSql(
      `alter table "booking_attempts" add constraint "booking_attempts_outcome_check" check ("outcome" in ('booked', 'reserved', 'rejected'));`,
    );

    this.addSql(
      `alter table "orders" add constraint "orders_event_id_foreign" foreign key ("event_id") references "events" ("id");`,
    );
    this.addSql(
      `alter table "orders" add constraint "orders_tier_id_foreign" foreign key ("tier_id") references "ticket_tiers" ("id");`,
    );
    this.addSql(
      `alter table "orders" add constraint "orders_contact_id_foreign" foreign key ("contact_id") references "contacts" ("id");`,
    );
    this.addSql(
      `alter table "orders" add constraint "orders_status_check" check ("status" in ('reserved', 'confirmed', 'cancelled', 'expired', 'refunded'));`,
    );

    this.addSql(
      `alter table "tickets" add constraint "tickets_order_id_foreign" foreign key ("order_id") references "orders" ("id");`,
    );
    this.addSql(
      `alter table "tickets" add constraint "tickets_status_check" check ("status" in ('valid', 'cancelled'));`,
    );

    this.addSql(
      `alter table "payments" add constraint "payments_order_id_foreign" foreign key ("order_id") references "orders" ("id");`,
    );
    this.addSql(
      `alter table "payments" add constraint "payments_kind_check" check ("kind" in ('charge', 'refund'));`,
    );
    this.addSql(
      `alter table "payments" add constraint "payments_status_check" check ("status" in ('pending', 'succeeded', 'failed'));`,
    );

    this.addSql(
      `alter table "waitlists" add constraint "waitlists_tier_id_foreign" foreign key ("tier_id") references "ticket_tiers" ("id");`,
    );
    this.addSql(
      `alter table "waitlists" add constraint "waitlists_contact_id_foreign" foreign key ("contact_id") references "contacts" ("id");`,
    );
    this.addSql(
      `alter table "waitlists" add constraint "waitlists_status_check" check ("status" in ('waiting', 'offered', 'claimed', 'left', 'expired'));`,
    );

    this.addSql(
      `alter table "waitlist_promotions" add constraint "waitlist_promotions_entry_id_foreign" foreign key ("entry_id") references "waitlists" ("id");`,
    );
    this.addSql(
      `alter table "waitlist_promotions" add constraint "waitlist_promotions_tier_id_foreign" foreign key ("tier_id") references "ticket_tiers" ("id");`,
    );
    this.addSql(
      `alter table "waitlist_promotions" add constraint "waitlist_promotions_status_check" check ("status" in ('open', 'claimed', 'passed', 'expired'));`,
    );
    // One active waitlist entry per person and tier; one open offer per entry.
    this.addSql(
      `create unique index "waitlists_one_active_per_person_and_tier" on "waitlists" ("tier_id", "contact_id") where "status" in ('waiting', 'offered');`,
    );
    this.addSql(
      `create unique index "waitlist_promotions_one_open_per_entry" on "waitlist_promotions" ("entry_id") where "status" = 'open';`,
    );
    this.addSql(`create index "tickets_order_id_index" on "tickets" ("order_id");`);
    this.addSql(`alter table "orders" add constraint "orders_quantity_positive" check ("quantity" > 0);`);
    this.addSql(
      `alter table "waitlists" add constraint "waitlists_party_size_positive" check ("party_size" > 0);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "tickets" drop constraint "tickets_order_id_foreign";`);
    this.addSql(`alter table "payments" drop constraint "payments_order_id_foreign";`);
    this.addSql(`alter table "waitlist_promotions" drop constraint "waitlist_promotions_entry_id_foreign";`);

    this.addSql(`drop table if exists "booking_attempts" cascade;`);
    this.addSql(`drop table if exists "orders" cascade;`);
    this.addSql(`drop table if exists "tickets" cascade;`);
    this.addSql(`drop table if exists "payments" cascade;`);
    this.addSql(`drop table if exists "waitlists" cascade;`);
    this.addSql(`drop table if exists "waitlist_promotions" cascade;`);
  }
}
