import { Migration } from '@mikro-orm/migrations';

export class Migration20261204212100_pricing_history extends Migration {
  override name = 'Migration20261204212100_pricing_history';

  override up(): void | Promise<void> {
    this.addSql(`alter table "ticket_tiers" add "price_schedule" jsonb null;`);
    this.addSql(
      `create table "pricing_history" ("id" uuid not null, "tier_id" uuid not null, "event_id" varchar(255) not null, "old_price_cents" int not null, "new_price_cents" int not null, "reason" text null, "applied_by" varchar(255) not null, "schedule_step" varchar(255) null, "applied_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "pricing_history" add constraint "pricing_history_tier_id_schedule_step_unique" unique ("tier_id", "schedule_step");`,
    );
    this.addSql(
      `create index "pricing_history_tier_id_applied_at_index" on "pricing_history" ("tier_id", "applied_at");`,
    );
    this.addSql(
      `alter table "pricing_history" add constraint "pricing_history_tier_id_foreign" foreign key ("tier_id") references "ticket_tiers" ("id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "pricing_history" cascade;`);
    this.addSql(`alter table "ticket_tiers" drop column "price_schedule";`);
  }
}
