import { Migration } from '@mikro-orm/migrations';

export class Migration20261123150737_networking extends Migration {
  override name = 'Migration20261123150737_networking';

  override up(): void | Promise<void> {
    // Exclusion constraints below mix equality on uuid/text with range overlap: that needs btree_gist (contrib).
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(
      `create table "networking_preferences" ("attendee_id" uuid not null, "visibility" text not null default 'public', "availability" text null, "offers" text[] not null default '{}', "looking_for" text[] not null default '{}', "updated_at" timestamptz not null, primary key ("attendee_id"));`,
    );

    this.addSql(
      `create table "meetings" ("id" uuid not null, "event_id" varchar(255) not null, "requester_id" uuid not null, "invitee_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "location" varchar(255) null, "status" text not null default 'pending', "expires_at" timestamptz null, "reminded_at" timestamptz null, "follow_up_at" timestamptz null, "requester_met" boolean null, "invitee_met" boolean null, "closed_by" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "meetings_status_starts_at_index" on "meetings" ("status", "starts_at");`);
    this.addSql(`create index "meetings_requester_id_index" on "meetings" ("requester_id");`);
    this.addSql(`create index "meetings_invitee_id_index" on "meetings" ("invitee_id");`);
    this.addSql(
      `create unique index "meetings_one_open_request_per_pair" on "meetings" (least("requester_id", "invitee_id"), greatest("requester_id", "invitee_id")) where "status" = 'pending';`,
    );

    this.addSql(
      `create table "meeting_holds" ("meeting_id" uuid not null, "attendee_id" uuid not null, "during" tstzrange not null, primary key ("meeting_id", "attendee_id"));`,
    );

    this.addSql(
      `create table "matches" ("id" uuid not null, "event_id" varchar(255) not null, "attendee_id" uuid not null, "suggested_id" uuid not null, "score" double precision not null, "reason" text not null, "status" text not null default 'suggested', "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "matches" add constraint "matches_attendee_id_suggested_id_unique" unique ("attendee_id", "suggested_id");`,
    );

    this.addSql(
      `create table "connection_goals" ("id" uuid not null, "attendee_id" uuid not null, "kind" text not null, "topic" varchar(255) not null default '', "source" varchar(255) not null, primary key ("id"));`,
    );
    this.addSql(`create index "connection_goals_kind_index" on "connection_goals" ("kind");`);
    this.addSql(
      `alter table "connection_goals" add constraint "connection_goals_attendee_id_kind_topic_unique" unique ("attendee_id", "kind", "topic");`,
    );

    this.addSql(
      `create table "attendee_embeddings" ("attendee_id" uuid not null, "event_id" varchar(255) not null, "model" varchar(255) not null, "embedding" vector(256) not null, "source_hash" varchar(255) not null, "updated_at" timestamptz not null, primary key ("attendee_id"));`,
    );
    this.addSql(`create index "attendee_embeddings_event_id_index" on "attendee_embeddings" ("event_id");`);
    this.addSql(
      `create index "attendee_embeddings_embedding_hnsw" on "attendee_embeddings" using hnsw ("embedding" vector_cosine_ops) with (m = 16, ef_construction = 64);`,
    );

    this.addSql(
      `alter table "networking_preferences" add constraint "networking_preferences_attendee_id_foreign" foreign key ("attendee_id") references "attendees" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "networking_preferences" add constraint "networking_preferences_visibility_check" check ("visibility" in ('public', 'hidden'));`,
    );

    this.addSql(
      `alter table "meetings" add constraint "meetings_event_id_foreign" foreign key ("event_id") references "events" ("id");`,
    );
    this.addSql(
      `alter table "meetings" add constraint "meetings_requester_id_foreign" foreign key ("requester_id") references "attendees" ("id");`,
    );
    this.addSql(
      `alter table "meetings" add constraint "meetings_invitee_id_foreign" foreign key ("invitee_id") references "attendees" ("id");`,
    );
    this.addSql(
      `alter table "meetings" add constraint "meetings_status_check" check ("status" in ('pending', 'accepted', 'declined', 'cancelled', 'expired', 'completed'));`,
    );

    this.addSql(
      `alter table "meeting_holds" add constraint "meeting_holds_meeting_id_foreign" foreign key ("meeting_id") references "meetings" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "meeting_holds" add constraint "meeting_holds_attendee_id_foreign" foreign key ("attendee_id") references "attendees" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "matches" add constraint "matches_event_id_foreign" foreign key ("event_id") references "events" ("id");`,
    );
    this.addSql(
      `alter table "matches" add constraint "matches_attendee_id_foreign" foreign key ("attendee_id") references "attendees" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "matches" add constraint "matches_suggested_id_foreign" foreign key ("suggested_id") references "attendees" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "matches" add constraint "matches_status_check" check ("status" in ('suggested', 'requested', 'not_interested', 'met', 'no_show'));`,
    );

    this.addSql(
      `alter table "connection_goals" add constraint "connection_goals_attendee_id_foreign" foreign key ("attendee_id") references "attendees" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "connection_goals" add constraint "connection_goals_kind_check" check ("kind" in ('hiring', 'job_seeking', 'investing', 'raising', 'selling', 'buying', 'learning', 'meeting'));`,
    );

    this.addSql(
      `alter table "attendee_embeddings" add constraint "attendee_embeddings_attendee_id_foreign" foreign key ("attendee_id") references "attendees" ("id") on update cascade on delete cascade;`,
    );

    // Written by hand (MikroORM does not model these): the database itself refuses double bookings.
    this.addSql(
      `alter table "meetings" add constraint "meetings_slot_order" check ("ends_at" > "starts_at");`,
    );
    this.addSql(
      `alter table "meetings" add constraint "meetings_two_people" check ("requester_id" <> "invitee_id");`,
    );
    this.addSql(
      `alter table "meetings" add constraint "meetings_location_no_overlap" exclude using gist ("event_id" with =, "location" with =, tstzrange("starts_at", "ends_at") with &&) where ("status" = 'accepted' and "location" is not null);`,
    );
    this.addSql(
      `alter table "meeting_holds" add constraint "meeting_holds_person_no_overlap" exclude using gist ("attendee_id" with =, "during" with &&);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "meeting_holds" drop constraint "meeting_holds_meeting_id_foreign";`);

    this.addSql(`drop table if exists "networking_preferences" cascade;`);
    this.addSql(`drop table if exists "meetings" cascade;`);
    this.addSql(`drop table if exists "meeting_holds" cascade;`);
    this.addSql(`drop table if exists "matches" cascade;`);
    this.addSql(`drop table if exists "connection_goals" cascade;`);
    this.addSql(`drop table if exists "attendee_embeddings" cascade;`);
  }
}
