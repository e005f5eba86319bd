import type { EntityManager } from '@mikro-orm/postgresql';
import { type Expression, type Kysely, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { kysely } from '../../../db/kysely.js';
import { prepare, type TablesDB } from '../../../db/tables.js';
import type { EventCatalog } from '../../catalog/event-catalog.js';

export interface EventInfo {
  id: string;
  name: string;
  timezone: string;
  startsAt: Date;
  endsAt: Date;
  currency: string;
  venueName: string;
  venueAddress: string;
  updatedAt: Date;
  /** The organizer's selfie check-in window; absent or null means the event's own day(s). */
  checkInOpensAt?: Date | null;
  checkInClosesAt?: Date | null;
  /** Days face data is kept after the event ends; absent or null means the deployment's default. */
  faceRetentionDays?: number | null;
}

export async function loadEventInfo(em: EntityManager, eventId: string): Promise<EventInfo | null> {
  const event = await kysely(em)
    .selectFrom('Event as e')
    .innerJoin('Venue as v', 'v.id', 'e.venue')
    .select([
      'e.id',
      'e.name',
      'e.timezone',
      'e.startsAt',
      'e.endsAt',
      'e.currency',
      'v.name as venueName',
      'v.address as venueAddress',
      'e.updatedAt',
      'e.checkInOpensAt',
      'e.checkInClosesAt',
      'e.faceRetentionDays',
    ])
    .where('e.id', '=', eventId)
    .executeTakeFirst();
  if (!event) return null;
  return {
    ...event,
    checkInOpensAt: event.checkInOpensAt ?? null,
    checkInClosesAt: event.checkInClosesAt ?? null,
    faceRetentionDays: event.faceRetentionDays ?? null,
  };
}

/**
 * Which event a message is about when the channel does not say: the person's own event (as an attendee),
 * else the configured default, else the next event to start (or the latest one).
 */
export async function resolveEventId(
  em: EntityManager,
  options: { contactId: string | null; defaultEventId?: string; now: Date },
): Promise<string | null> {
  const db = kysely(em);
  if (options.contactId) {
    const mine = await db
      .selectFrom('Attendee as a')
      .innerJoin('Event as e', 'e.id', 'a.event')
      .select('e.id')
      .where('a.contact', '=', options.contactId)
      // Events still running or to come first, the soonest first; else the latest that ended.
      .orderBy((eb) => eb('e.endsAt', '<', options.now))
      .orderBy('e.startsAt')
      .limit(1)
      .executeTakeFirst();
    if (mine) return mine.id;
  }
  if (options.defaultEventId) return options.defaultEventId;
  const next = await db
    .selectFrom('Event')
    .select('id')
    .orderBy((eb) => eb('endsAt', '<', options.now))
    .orderBy('startsAt')
    .limit(1)
    .executeTakeFirst();
  return next?.id ?? null;
}

/** The names people use for this event's things, for understanding. */
export async function loadEventCatalog(em: EntityManager, event: EventInfo): Promise<EventCatalog> {
  // One round trip; multi-word columns are aliased because the aliases become the JSON keys.
  const catalog = await kysely(em)
    .selectFrom('Event as e')
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('TicketTier as t')
          .select(['t.code', 't.name', 't.aliases'])
          .whereRef('t.event', '=', 'e.id')
          .orderBy('t.priceCents', 'desc'),
      ).as('tiers'),
      jsonArrayFrom(
        eb
          .selectFrom('EventSession as s')
          .select(['s.code', 's.title', 's.aliases', 's.speakers', 's.startsAt as startsAt', 's.room'])
          .whereRef('s.event', '=', 'e.id')
          .orderBy('s.startsAt'),
      ).as('sessions'),
      jsonArrayFrom(
        eb
          .selectFrom('Attendee as a')
          .select(['a.code', 'a.id', 'a.name'])
          .whereRef('a.event', '=', 'e.id')
          .orderBy('a.name'),
      ).as('people'),
      jsonArrayFrom(
        eb
          .selectFrom('Sponsor as sp')
          .select(['sp.code', 'sp.name', 'sp.aliases', 'sp.booth'])
          .whereRef('sp.event', '=', 'e.id')
          .orderBy('sp.name'),
      ).as('sponsors'),
      jsonArrayFrom(
        eb
          .selectFrom('Faq as f')
          .select(['f.code', 'f.question', 'f.category', 'f.alternatives'])
          .whereRef('f.event', '=', 'e.id')
          .orderBy('f.code'),
      ).as('faqs'),
    ])
    .where('e.id', '=', event.id)
    .executeTakeFirstOrThrow();
  const { tiers, sessions, people, sponsors, faqs } = catalog;
  return {
    eventId: event.id,
    name: event.name,
    timezone: event.timezone,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    tiers: tiers.map((t) => ({ id: t.code, name: t.name, aliases: t.aliases })),
    sessions: sessions.map((s) => ({
      id: s.code,
      title: s.title,
      aliases: s.aliases,
      speakers: s.speakers,
      startsAt: new Date(s.startsAt).toISOString(),
      room: s.room,
    })),
    people: people.map((p) => ({ id: p.code ?? p.id, name: p.name })),
    sponsors: sponsors.map((s) => ({ id: s.code, name: s.name, aliases: s.aliases, booth: s.booth })),
    faqs: faqs.map((f) => ({
      id: f.code,
      question: f.question,
      category: f.category,
      alternatives: f.alternatives ?? [],
    })),
  };
}

/** The event a stored inbound message is about: its own, else the sender's (see resolveEventId). */
export async function resolveSenderEventId(
  em: EntityManager,
  options: { address: string; eventId: string | null; defaultEventId?: string | undefined; now: Date },
): Promise<string | null> {
  if (options.eventId) return options.eventId;
  const known = await kysely(em)
    .selectFrom('Contact')
    .select('id')
    .where('phone', '=', options.address)
    .executeTakeFirst();
  return resolveEventId(em, {
    contactId: known?.id ?? null,
    ...(options.defaultEventId ? { defaultEventId: options.defaultEventId } : {}),
    now: options.now,
  });
}

/**
 * `resolveSenderEventId` and `loadEventInfo` in one round trip, for the inbound pipeline (a hot path: plain SQL
 * names, db/tables.ts). The same choice: the message's own event, else the sender's as an attendee (running
 * or to come first, the soonest first), else the default, else the next event to start (or the latest one).
 */
export async function loadSenderEventInfo(
  em: EntityManager,
  options: { address: string; eventId: string | null; defaultEventId?: string | undefined; now: Date },
): Promise<EventInfo | null> {
  const [event] = await selectSenderEvent(em, {
    eventId: options.eventId,
    address: options.address,
    defaultEventId: options.defaultEventId ?? null,
    now: options.now.toISOString(),
  });
  return event ? senderEventInfo(event) : null;
}

type SenderEventArgs = {
  eventId: string | null;
  address: string;
  defaultEventId: string | null;
  now: string;
};

/** A row of `senderEvent` (timestamps as Postgres or JSON gives them) as the pipeline uses it. */
export function senderEventInfo(event: SenderEventRow): EventInfo {
  const date = (value: string | null) => (value === null ? null : new Date(value));
  return {
    ...event,
    startsAt: new Date(event.startsAt),
    endsAt: new Date(event.endsAt),
    updatedAt: new Date(event.updatedAt),
    checkInOpensAt: date(event.checkInOpensAt),
    checkInClosesAt: date(event.checkInClosesAt),
    faceRetentionDays: event.faceRetentionDays ?? null,
  };
}

export type SenderEventRow = Awaited<ReturnType<typeof selectSenderEvent>>[number];

/**
 * The sender's event as a query, for `loadSenderEventInfo` and for statements that read it alongside something
 * else (the inbound job's first look, inbound-job-check.ts): `eventId` and `address` may be the values of a
 * call or columns of the enclosing statement.
 */
export const senderEvent = (
  db: Kysely<TablesDB>,
  on: {
    eventId: Expression<string | null>;
    address: Expression<string>;
    defaultEventId: string | null;
    now: string;
  },
) =>
  db
    .selectFrom('events as e')
    .innerJoin('venues as v', 'v.id', 'e.venue_id')
    .select([
      'e.id',
      'e.name',
      'e.timezone',
      'e.starts_at as startsAt',
      'e.ends_at as endsAt',
      'e.currency',
      'v.name as venueName',
      'v.address as venueAddress',
      'e.updated_at as updatedAt',
      'e.check_in_opens_at as checkInOpensAt',
      'e.check_in_closes_at as checkInClosesAt',
      'e.face_retention_days as faceRetentionDays',
    ])
    .where((eb) =>
      eb(
        'e.id',
        '=',
        eb.fn.coalesce(
          on.eventId,
          db
            .selectFrom('attendees as a')
            .innerJoin('contacts as k', 'k.id', 'a.contact_id')
            .innerJoin('events as mine', 'mine.id', 'a.event_id')
            .select('mine.id')
            .where('k.phone', '=', on.address)
            .orderBy((o) => o('mine.ends_at', '<', on.now))
            .orderBy('mine.starts_at')
            .limit(1),
          eb.val(on.defaultEventId),
          db
            .selectFrom('events as next')
            .select('next.id')
            .orderBy((o) => o('next.ends_at', '<', on.now))
            .orderBy('next.starts_at')
            .limit(1),
        ),
      ),
    );

const selectSenderEvent = prepare((db, args: SenderEventArgs) =>
  senderEvent(db, {
    // Each field by name: `args` stands for the values while the statement is built (db/tables.ts).
    eventId: sql.val(args.eventId),
    address: sql.val(args.address),
    defaultEventId: args.defaultEventId,
    now: args.now,
  }),
);
