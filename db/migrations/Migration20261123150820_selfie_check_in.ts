import { Migration } from '@mikro-orm/migrations';

export class Migration20261123150820_selfie_check_in extends Migration {
  override name = 'Migration20261123150820_selfie_check_in';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "audit_log" ("id" uuid not null, "event_id" varchar(255) null, "actor" varchar(255) not null, "action" varchar(255) not null, "subject" varchar(255) null, "details" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "audit_log_subject_action_created_at_index" on "audit_log" ("subject", "action", "created_at");`,
    );
    this.addSql(
      `create index "audit_log_event_id_created_at_index" on "audit_log" ("event_id", "created_at");`,
    );

    this.addSql(
      `create table "facial_recognition_data" ("id" uuid not null, "event_id" varchar(255) not null, "contact_id" uuid not null, "attendee_id" uuid null, "consent_given" boolean not null, "consent_date" timestamptz not null, "consent_withdrawn_at" timestamptz null, "descriptor_encrypted" bytea null, "iv" bytea null, "auth_tag" bytea null, "key_id" varchar(255) null, "enrolled_at" timestamptz null, "expires_at" timestamptz not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "facial_recognition_data_expires_at_index" on "facial_recognition_data" ("expires_at");`,
    );
    this.addSql(
      `alter table "facial_recognition_data" add constraint "facial_recognition_data_one_per_person" unique ("event_id", "contact_id");`,
    );

    this.addSql(
      `create table "check_in_logs" ("id" uuid not null, "event_id" varchar(255) not null, "ticket_id" uuid not null, "attendee_id" uuid null, "method" text not null, "confidence_score" double precision null, "distance" double precision null, "location" varchar(255) null, "checked_in_by" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "check_in_logs" add constraint "check_in_logs_ticket_id_unique" unique ("ticket_id");`,
    );
    this.addSql(
      `create index "check_in_logs_event_id_created_at_index" on "check_in_logs" ("event_id", "created_at");`,
    );

    this.addSql(
      `alter table "facial_recognition_data" add constraint "facial_recognition_data_event_id_foreign" foreign key ("event_id") references "events" ("id");`,
    );
    this.addSql(
      `alter table "facial_recognition_data" add constraint "facial_recognition_data_contact_id_foreign" foreign key ("contact_id") references "contacts" ("id");`,
    );
    this.addSql(
      `alter table "facial_recognition_data" add constraint "facial_recognition_data_attendee_id_foreign" foreign key ("attendee_id") references "attendees" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "check_in_logs" add constraint "check_in_logs_event_id_foreign" foreign key ("event_id") references "events" ("id");`,
    );
    this.addSql(
      `alter table "check_in_logs" add constraint "check_in_logs_ticket_id_foreign" foreign key ("ticket_id") references "tickets" ("id");`,
    );
    this.addSql(
      `alter table "check_in_logs" add constraint "check_in_logs_attendee_id_foreign" foreign key ("attendee_id") references "attendees" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "check_in_logs" add constraint "check_in_logs_method_check" check ("method" in ('selfie', 'qr', 'manual'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "audit_log" cascade;`);
    this.addSql(`drop table if exists "facial_recognition_data" cascade;`);
    this.addSql(`drop table if exists "check_in_logs" cascade;`);
  }
}
