import { Migration } from '@mikro-orm/migrations';

export class Migration20261205006000_faq_gaps extends Migration {
  override name = 'Migration20261205006000_faq_gaps';

  override up(): void | Promise<void> {
    this.addSql(`alter table "faq_library" add "usage_count" int not null default 0;`);

    this.addSql(
      `create table "faq_misses" ("id" uuid not null, "event_id" varchar(255) not null, "message_id" uuid not null, "embedding" vector(256) not null, "embedding_model" varchar(255) not null, "handed_off" boolean not null default false, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "faq_misses_event_id_created_at_index" on "faq_misses" ("event_id", "created_at");`,
    );
    this.addSql(
      `alter table "faq_misses" add constraint "faq_misses_message_id_unique" unique ("message_id");`,
    );
    this.addSql(
      `alter table "faq_misses" add constraint "faq_misses_event_id_foreign" foreign key ("event_id") references "events" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "faq_misses" add constraint "faq_misses_message_id_foreign" foreign key ("message_id") references "messages" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "faq_misses" cascade;`);
    this.addSql(`alter table "faq_library" drop column "usage_count";`);
  }
}
