import { Migration } from '@mikro-orm/migrations';

export class Migration20261204213000_session_attendance_feedback extends Migration {
  override name = 'Migration20261204213000_session_attendance_feedback';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "session_feedback" ("id" uuid not null, "session_id" uuid not null, "contact_id" uuid not null, "status" text not null default 'asked', "rating" int null, "comment" text null, "asked_at" timestamptz not null, "rated_at" timestamptz null, "commented_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create index "session_feedback_contact_id_asked_at_index" on "session_feedback" ("contact_id", "asked_at");`,
    );
    this.addSql(
      `alter table "session_feedback" add constraint "session_feedback_session_id_contact_id_unique" unique ("session_id", "contact_id");`,
    );

    this.addSql(
      `create table "session_attendance" ("id" uuid not null, "session_id" uuid not null, "contact_id" uuid not null, "source" text not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "session_attendance_contact_id_index" on "session_attendance" ("contact_id");`);
    this.addSql(
      `alter table "session_attendance" add constraint "session_attendance_session_id_contact_id_unique" unique ("session_id", "contact_id");`,
    );

    this.addSql(
      `alter table "session_feedback" add constraint "session_feedback_session_id_foreign" foreign key ("session_id") references "event_sessions" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "session_feedback" add constraint "session_feedback_contact_id_foreign" foreign key ("contact_id") references "contacts" ("id");`,
    );
    this.addSql(
      `alter table "session_feedback" add constraint "session_feedback_rating_check" check ((rating >= 1) AND (rating <= 5));`,
    );
    this.addSql(
      `alter table "session_feedback" add constraint "session_feedback_status_check" check ("status" in ('asked', 'rated', 'commented', 'skipped'));`,
    );

    this.addSql(
      `alter table "session_attendance" add constraint "session_attendance_session_id_foreign" foreign key ("session_id") references "event_sessions" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "session_attendance" add constraint "session_attendance_contact_id_foreign" foreign key ("contact_id") references "contacts" ("id");`,
    );
    this.addSql(
      `alter table "session_attendance" add constraint "session_attendance_source_check" check ("source" in ('code', 'said'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "session_feedback" cascade;`);
    this.addSql(`drop table if exists "session_attendance" cascade;`);
  }
}
