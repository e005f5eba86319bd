import { Migration } from '@mikro-orm/migrations';

export class Migration20261123135740_handoff_slack_thread extends Migration {
  override name = 'Migration20261123135740_handoff_slack_thread';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "organizer_commands" ("id" uuid not null, "event_id" varchar(255) null, "slack_user_id" varchar(255) not null, "slack_channel_id" varchar(255) null, "command" varchar(255) not null, "args" text not null default '', "response_url" text null, "status" text not null, "created_at" timestamptz not null, "finished_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create index "organizer_commands_slack_user_id_created_at_index" on "organizer_commands" ("slack_user_id", "created_at");`,
    );

    this.addSql(
      `alter table "handoffs" add "slack_channel" varchar(255) null, add "slack_thread_ts" varchar(255) null;`,
    );
    this.addSql(
      `alter table "handoffs" add constraint "handoffs_slack_thread_unique" unique ("slack_channel", "slack_thread_ts");`,
    );

    this.addSql(
      `alter table "organizer_commands" add constraint "organizer_commands_status_check" check ("status" in ('accepted', 'refused', 'done', 'failed'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "organizer_commands" cascade;`);

    this.addSql(`alter table "handoffs" drop constraint "handoffs_slack_thread_unique";`);
    this.addSql(`alter table "handoffs" drop column "slack_channel", drop column "slack_thread_ts";`);
  }
}
