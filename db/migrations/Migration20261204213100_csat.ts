import { Migration } from '@mikro-orm/migrations';

export class Migration20261204213100_csat extends Migration {
  override name = 'Migration20261204213100_csat';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "csat_requests" ("id" uuid not null, "conversation_id" uuid not null, "handoff_id" uuid null, "source" text not null, "asked_at" timestamptz not null, "rating" int null, "rated_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "csat_requests_conversation_id_index" on "csat_requests" ("conversation_id");`);
    this.addSql(
      `alter table "csat_requests" add constraint "csat_requests_handoff_id_unique" unique ("handoff_id");`,
    );

    this.addSql(
      `alter table "conversations" add "escalated" boolean null default false, add "resolved" boolean null default false, add "satisfaction_rating" int null;`,
    );

    this.addSql(
      `alter table "csat_requests" add constraint "csat_requests_conversation_id_foreign" foreign key ("conversation_id") references "conversations" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "csat_requests" add constraint "csat_requests_handoff_id_foreign" foreign key ("handoff_id") references "handoffs" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "csat_requests" add constraint "csat_requests_rating_check" check ((rating >= 0) AND (rating <= 1));`,
    );
    this.addSql(
      `alter table "csat_requests" add constraint "csat_requests_source_check" check ("source" in ('human', 'bot'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "csat_requests" cascade;`);

    this.addSql(
      `alter table "conversations" drop column "escalated", drop column "resolved", drop column "satisfaction_rating";`,
    );
  }
}
