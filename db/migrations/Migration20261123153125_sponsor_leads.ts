import { Migration } from '@mikro-orm/migrations';

export class Migration20261123153125_sponsor_leads extends Migration {
  override name = 'Migration20261123153125_sponsor_leads';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "slack_card_redactions" ("id" uuid not null, "channel" varchar(255) not null, "ts" varchar(255) not null, "reason" text not null, "created_at" timestamptz not null, "done_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "slack_card_redactions_done_at_index" on "slack_card_redactions" ("done_at");`);
    this.addSql(
      `alter table "slack_card_redactions" add constraint "slack_card_redactions_channel_ts_unique" unique ("channel", "ts");`,
    );

    this.addSql(
      `create table "sponsor_activities" ("id" uuid not null, "sponsor_id" uuid not null, "contact_id" uuid not null, "kind" text not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "sponsor_activities_sponsor_id_contact_id_index" on "sponsor_activities" ("sponsor_id", "contact_id");`,
    );
    this.addSql(`create index "sponsor_activities_contact_id_index" on "sponsor_activities" ("contact_id");`);

    this.addSql(
      `create table "sponsor_leads" ("id" uuid not null, "sponsor_id" uuid not null, "contact_id" uuid not null, "attendee_id" uuid null, "consent" text not null, "contact_ok" boolean not null default false, "shared_fields" text[] not null default '{}', "consented_at" timestamptz null, "declined_at" timestamptz null, "withdrawn_at" timestamptz null, "score" int not null default 0, "scoring_factors" jsonb not null, "temperature" text not null default 'cold', "alert_status" text not null default 'none', "alert_lease_until" timestamptz null, "alerted_at" timestamptz null, "alert_ref" varchar(255) null, "digest_sent_at" timestamptz null, "rating" int null, "rated_by" varchar(255) null, "rated_at" timestamptz null, "notes" text null, "noted_by" varchar(255) null, "noted_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "sponsor_leads_alert_status_index" on "sponsor_leads" ("alert_status");`);
    this.addSql(
      `alter table "sponsor_leads" add constraint "sponsor_leads_sponsor_id_contact_id_unique" unique ("sponsor_id", "contact_id");`,
    );

    this.addSql(
      `alter table "events" add "lead_fields" text[] not null default '{name,role,company,interests}', add "lead_contact_option" boolean not null default true;`,
    );

    this.addSql(
      `alter table "slack_card_redactions" add constraint "slack_card_redactions_reason_check" check ("reason" in ('withdrawn', 'erased'));`,
    );

    this.addSql(
      `alter table "sponsor_activities" add constraint "sponsor_activities_sponsor_id_foreign" foreign key ("sponsor_id") references "sponsors" ("id");`,
    );
    this.addSql(
      `alter table "sponsor_activities" add constraint "sponsor_activities_contact_id_foreign" foreign key ("contact_id") references "contacts" ("id");`,
    );
    this.addSql(
      `alter table "sponsor_activities" add constraint "sponsor_activities_kind_check" check ("kind" in ('booth_visit', 'demo_request', 'share_details', 'session_attended'));`,
    );

    this.addSql(
      `alter table "sponsor_leads" add constraint "sponsor_leads_sponsor_id_foreign" foreign key ("sponsor_id") references "sponsors" ("id");`,
    );
    this.addSql(
      `alter table "sponsor_leads" add constraint "sponsor_leads_contact_id_foreign" foreign key ("contact_id") references "contacts" ("id");`,
    );
    this.addSql(
      `alter table "sponsor_leads" add constraint "sponsor_leads_attendee_id_foreign" foreign key ("attendee_id") references "attendees" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "sponsor_leads" add constraint "sponsor_leads_rating_check" check ((rating >= 1) AND (rating <= 5));`,
    );
    this.addSql(
      `alter table "sponsor_leads" add constraint "sponsor_leads_consent_check" check ("consent" in ('given', 'declined', 'withdrawn'));`,
    );
    this.addSql(
      `alter table "sponsor_leads" add constraint "sponsor_leads_temperature_check" check ("temperature" in ('hot', 'warm', 'cold'));`,
    );
    this.addSql(
      `alter table "sponsor_leads" add constraint "sponsor_leads_alert_status_check" check ("alert_status" in ('none', 'pending', 'sending', 'sent', 'skipped'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "slack_card_redactions" cascade;`);
    this.addSql(`drop table if exists "sponsor_activities" cascade;`);
    this.addSql(`drop table if exists "sponsor_leads" cascade;`);

    this.addSql(`alter table "events" drop column "lead_fields", drop column "lead_contact_option";`);
  }
}
