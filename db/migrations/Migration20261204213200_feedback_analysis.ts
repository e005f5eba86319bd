import { Migration } from '@mikro-orm/migrations';

export class Migration20261204213200_feedback_analysis extends Migration {
  override name = 'Migration20261204213200_feedback_analysis';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "feedback_analysis" ("id" uuid not null, "event_id" varchar(255) not null, "session_id" uuid null, "message_id" uuid null, "source" text not null, "sentiment_score" double precision not null, "key_topics" text[] not null default '{}', "urgency" text not null, "analyser" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "feedback_analysis_event_id_created_at_index" on "feedback_analysis" ("event_id", "created_at");`,
    );
    this.addSql(`create index "feedback_analysis_session_id_index" on "feedback_analysis" ("session_id");`);
    this.addSql(
      `alter table "feedback_analysis" add constraint "feedback_analysis_message_id_unique" unique ("message_id");`,
    );

    this.addSql(
      `alter table "feedback_analysis" add constraint "feedback_analysis_event_id_foreign" foreign key ("event_id") references "events" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "feedback_analysis" add constraint "feedback_analysis_session_id_foreign" foreign key ("session_id") references "event_sessions" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "feedback_analysis" add constraint "feedback_analysis_message_id_foreign" foreign key ("message_id") references "messages" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "feedback_analysis" add constraint "feedback_analysis_source_check" check ("source" in ('comment', 'message'));`,
    );
    this.addSql(
      `alter table "feedback_analysis" add constraint "feedback_analysis_urgency_check" check ("urgency" in ('normal', 'urgent'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "feedback_analysis" cascade;`);
  }
}
