import { Migration } from '@mikro-orm/migrations';

export class Migration20261123125502_initial extends Migration {
  override name = 'Migration20261123125502_initial';

  override up(): void | Promise<void> {
    // pgvector must exist before any vector column.
    this.addSql(`create extension if not exists vector;`);

    this.addSql(
      `create table "contacts" ("id" uuid not null, "phone" varchar(255) null, "slack_user_id" varchar(255) null, "display_name" varchar(255) null, "opted_out" boolean not null default false, "opted_out_at" timestamptz null, "last_inbound_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "contacts" add constraint "contacts_phone_unique" unique ("phone");`);
    this.addSql(
      `alter table "contacts" add constraint "contacts_slack_user_id_unique" unique ("slack_user_id");`,
    );

    this.addSql(
      `create table "messages" ("id" uuid not null, "direction" text not null, "channel" varchar(255) not null, "address" varchar(255) not null, "contact_id" uuid null, "event_id" varchar(255) null, "provider_message_id" varchar(255) null, "kind" varchar(255) not null, "body" text not null default '', "truncated" boolean not null default false, "payload" jsonb not null, "intent" varchar(255) null, "status" varchar(255) not null, "error_code" varchar(255) null, "handled_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "messages_contact_id_created_at_index" on "messages" ("contact_id", "created_at");`,
    );
    this.addSql(
      `alter table "messages" add constraint "messages_channel_provider_message_id_unique" unique ("channel", "provider_message_id");`,
    );

    this.addSql(
      `create table "outbox" ("id" uuid not null, "message_id" uuid not null, "channel" varchar(255) not null, "recipient" varchar(255) not null, "proactive" boolean not null default false, "status" text not null default 'pending', "attempts" int not null default 0, "last_error" text null, "available_at" timestamptz not null, "lease_until" timestamptz null, "created_at" timestamptz not null, "sent_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`alter table "outbox" add constraint "outbox_message_id_unique" unique ("message_id");`);
    this.addSql(`create index "outbox_status_available_at_index" on "outbox" ("status", "available_at");`);

    this.addSql(
      `create table "venues" ("id" varchar(255) not null, "name" varchar(255) not null, "address" text not null default '', "capacity" int null, primary key ("id"));`,
    );

    this.addSql(
      `create table "events" ("id" varchar(255) not null, "name" varchar(255) not null, "description" text not null default '', "timezone" varchar(255) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "currency" varchar(3) not null, "sales_open" boolean not null default true, "claim_window_minutes" int not null default 30, "networking" jsonb null, "venue_id" varchar(255) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );

    this.addSql(
      `create table "ticket_tiers" ("id" uuid not null, "event_id" varchar(255) not null, "code" varchar(255) not null, "name" varchar(255) not null, "aliases" text[] not null default '{}', "price_cents" int not null, "capacity" int not null, "sold" int not null default 0, "held" int not null default 0, "max_per_order" int not null default 10, "benefits" text[] not null default '{}', "requires" text null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `alter table "ticket_tiers" add constraint "ticket_tiers_event_id_code_unique" unique ("event_id", "code");`,
    );

    this.addSql(
      `create table "sponsors" ("id" uuid not null, "event_id" varchar(255) not null, "code" varchar(255) not null, "name" varchar(255) not null, "aliases" text[] not null default '{}', "industry" varchar(255) not null default '', "tier" varchar(255) not null default '', "targets" jsonb not null, "booth" varchar(255) not null default '', "slack_channel" varchar(255) null, "whatsapp" varchar(255) null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "sponsors" add constraint "sponsors_event_id_code_unique" unique ("event_id", "code");`,
    );

    this.addSql(
      `create table "organizers" ("id" uuid not null, "event_id" varchar(255) not null, "slack_user_id" varchar(255) not null, "name" varchar(255) not null, "role" varchar(255) not null default 'staff', "phone" varchar(255) null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "organizers" add constraint "organizers_event_id_slack_user_id_unique" unique ("event_id", "slack_user_id");`,
    );

    this.addSql(
      `create table "faq_library" ("id" uuid not null, "event_id" varchar(255) not null, "code" varchar(255) not null, "question" text not null, "answer" text not null, "category" varchar(255) not null default 'general', "embedding" vector(256) null, "embedding_model" varchar(255) null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "faq_library" add constraint "faq_library_event_id_code_unique" unique ("event_id", "code");`,
    );

    this.addSql(
      `create table "event_sessions" ("id" uuid not null, "event_id" varchar(255) not null, "code" varchar(255) not null, "title" varchar(255) not null, "aliases" text[] not null default '{}', "starts_at" timestamptz not null, "ends_at" timestamptz not null, "room" varchar(255) not null default '', "speakers" text[] not null default '{}', "capacity" int null, primary key ("id"));`,
    );
    this.addSql(`create index "event_sessions_starts_at_index" on "event_sessions" ("starts_at");`);
    this.addSql(
      `alter table "event_sessions" add constraint "event_sessions_event_id_code_unique" unique ("event_id", "code");`,
    );

    this.addSql(
      `create table "conversations" ("id" uuid not null, "event_id" varchar(255) not null, "contact_id" uuid not null, "state" jsonb not null, "last_intent" varchar(255) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "conversations" add constraint "conversations_event_id_contact_id_unique" unique ("event_id", "contact_id");`,
    );

    this.addSql(
      `create table "handoffs" ("id" uuid not null, "conversation_id" uuid not null, "reason" varchar(255) not null, "status" text not null default 'open', "created_at" timestamptz not null, "resolved_at" timestamptz null, primary key ("id"));`,
    );

    this.addSql(
      `create table "attendees" ("id" uuid not null, "event_id" varchar(255) not null, "code" varchar(255) null, "contact_id" uuid null, "name" varchar(255) not null, "email" varchar(255) null, "company" varchar(255) not null default '', "role" varchar(255) not null default '', "industry" varchar(255) not null default '', "interests" text[] not null default '{}', "goals" text[] not null default '{}', "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "attendees" add constraint "attendees_event_id_code_unique" unique ("event_id", "code");`,
    );
    this.addSql(
      `alter table "attendees" add constraint "attendees_event_id_contact_id_unique" unique ("event_id", "contact_id");`,
    );

    this.addSql(
      `alter table "messages" add constraint "messages_contact_id_foreign" foreign key ("contact_id") references "contacts" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "messages" add constraint "messages_direction_check" check ("direction" in ('in', 'out'));`,
    );

    this.addSql(
      `alter table "outbox" add constraint "outbox_message_id_foreign" foreign key ("message_id") references "messages" ("id");`,
    );
    this.addSql(
      `alter table "outbox" add constraint "outbox_status_check" check ("status" in ('pending', 'sending', 'sent', 'failed', 'suppressed'));`,
    );

    this.addSql(
      `alter table "events" add constraint "events_venue_id_foreign" foreign key ("venue_id") references "venues" ("id");`,
    );

    this.addSql(
      `alter table "ticket_tiers" add constraint "ticket_tiers_event_id_foreign" foreign key ("event_id") references "events" ("id");`,
    );
    this.addSql(
      `alter table "ticket_tiers" add constraint "ticket_tiers_sold_within_capacity" check (sold + held <= capacity);`,
    );

    this.addSql(
      `alter table "sponsors" add constraint "sponsors_event_id_foreign" foreign key ("event_id") references "events" ("id");`,
    );

    this.addSql(
      `alter table "organizers" add constraint "organizers_event_id_foreign" foreign key ("event_id") references "events" ("id");`,
    );

    this.addSql(
      `alter table "faq_library" add constraint "faq_library_event_id_foreign" foreign key ("event_id") references "events" ("id");`,
    );

    this.addSql(
      `alter table "event_sessions" add constraint "event_sessions_event_id_foreign" foreign key ("event_id") references "events" ("id");`,
    );

    this.addSql(
      `alter table "conversations" add constraint "conversations_event_id_foreign" foreign key ("event_id") references "events" ("id");`,
    );
    this.addSql(
      `alter table "conversations" add constraint "conversations_contact_id_foreign" foreign key ("contact_id") references "contacts" ("id");`,
    );

    this.addSql(
      `alter table "handoffs" add constraint "handoffs_conversation_id_foreign" foreign key ("conversation_id") references "conversations" ("id");`,
    );
    this.addSql(
      `alter table "handoffs" add constraint "handoffs_status_check" check ("status" in ('open', 'resolved'));`,
    );

    this.addSql(
      `alter table "attendees" add constraint "attendees_event_id_foreign" foreign key ("event_id") references "events" ("id");`,
    );
    this.addSql(
      `alter table "attendees" add constraint "attendees_contact_id_foreign" foreign key ("contact_id") references "contacts" ("id") on delete set null;`,
    );
    // Hybrid FAQ search: HNSW for cosine similarity, GIN for full text (english stemming: the FAQs are written in English).
    this.addSql(
      `create index "faq_library_embedding_hnsw" on "faq_library" using hnsw ("embedding" vector_cosine_ops);`,
    );
    this.addSql(
      `create index "faq_library_fts" on "faq_library" using gin (to_tsvector('english', "question" || ' ' || "answer"));`,
    );
    // At most one open handoff per conversation.
    this.addSql(
      `create unique index "handoffs_one_open_per_conversation" on "handoffs" ("conversation_id") where "status" = 'open';`,
    );
    // The sweeper's scans: inbound rows not yet handled, outbox rows waiting or with an expired lease.
    this.addSql(
      `create index "messages_unhandled_inbound" on "messages" ("created_at") where "direction" = 'in' and "handled_at" is null;`,
    );
    this.addSql(`create index "messages_provider_message_id" on "messages" ("provider_message_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "messages" drop constraint "messages_contact_id_foreign";`);
    this.addSql(`alter table "conversations" drop constraint "conversations_contact_id_foreign";`);
    this.addSql(`alter table "attendees" drop constraint "attendees_contact_id_foreign";`);
    this.addSql(`alter table "outbox" drop constraint "outbox_message_id_foreign";`);
    this.addSql(`alter table "events" drop constraint "events_venue_id_foreign";`);
    this.addSql(`alter table "ticket_tiers" drop constraint "ticket_tiers_event_id_foreign";`);
    this.addSql(`alter table "sponsors" drop constraint "sponsors_event_id_foreign";`);
    this.addSql(`alter table "organizers" drop constraint "organizers_event_id_foreign";`);
    this.addSql(`alter table "faq_library" drop constraint "faq_library_event_id_foreign";`);
    this.addSql(`alter table "event_sessions" drop constraint "event_sessions_event_id_foreign";`);
    this.addSql(`alter table "conversations" drop constraint "conversations_event_id_foreign";`);
    this.addSql(`alter table "attendees" drop constraint "attendees_event_id_foreign";`);
    this.addSql(`alter table "handoffs" drop constraint "handoffs_conversation_id_foreign";`);

    this.addSql(`drop table if exists "contacts" cascade;`);
    this.addSql(`drop table if exists "messages" cascade;`);
    this.addSql(`drop table if exists "outbox" cascade;`);
    this.addSql(`drop table if exists "venues" cascade;`);
    this.addSql(`drop table if exists "events" cascade;`);
    this.addSql(`drop table if exists "ticket_tiers" cascade;`);
    this.addSql(`drop table if exists "sponsors" cascade;`);
    this.addSql(`drop table if exists "organizers" cascade;`);
    this.addSql(`drop table if exists "faq_library" cascade;`);
    this.addSql(`drop table if exists "event_sessions" cascade;`);
    this.addSql(`drop table if exists "conversations" cascade;`);
    this.addSql(`drop table if exists "handoffs" cascade;`);
    this.addSql(`drop table if exists "attendees" cascade;`);
  }
}
