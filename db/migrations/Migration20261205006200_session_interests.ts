import { Migration } from '@mikro-orm/migrations';

export class Migration20261205006200_session_interests extends Migration {
  override name = 'Migration20261205006200_session_interests';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "session_interests" ("id" uuid not null, "session_id" uuid not null, "contact_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "session_interests_contact_id_index" on "session_interests" ("contact_id");`);
    this.addSql(
      `alter table "session_interests" add constraint "session_interests_session_id_contact_id_unique" unique ("session_id", "contact_id");`,
    );
    this.addSql(
      `alter table "session_interests" add constraint "session_interests_session_id_foreign" foreign key ("session_id") references "event_sessions" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "session_interests" add constraint "session_interests_contact_id_foreign" foreign key ("contact_id") references "contacts" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "session_interests" cascade;`);
  }
}
