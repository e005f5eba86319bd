import type { EntityManager } from '@mikro-orm/postgresql';
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

interface EventRow {
  id: string;
  name: string;
  timezone: string;
  starts_at: Date;
  ends_at: Date;
  currency: string;
  venue_name: string;
  venue_address: string;
  updated_at: Date;
  check_in_opens_at: Date | null;
  check_in_closes_at: Date | null;
  face_retention_days: number | null;
}

export async function loadEventInfo(em: EntityManager, eventId: string): Promise<EventInfo | null> {
  const rows = await em.execute<EventRow[]>(
    `select e.id, e.name, e.timezone, e.starts_at, e.ends_at, e.currency, v.name as venue_name,
            v.address as venue_address, e.updated_at, e.check_in_opens_at, e.check_in_closes_at,
            e.face_retention_days
       from events e join venues v on v.id = e.venue_id where e.id = ?`,
    [eventId],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    name: r.name,
    timezone: r.timezone,
    startsAt: new Date(r.starts_at),
    endsAt: new Date(r.ends_at),
    currency: r.currency,
    venueName: r.venue_name,
    venueAddress: r.venue_address,
    updatedAt: new Date(r.updated_at),
    checkInOpensAt: r.check_in_opens_at ? new Date(r.check_in_opens_at) : null,
    checkInClosesAt: r.check_in_closes_at ? new Date(r.check_in_closes_at) : null,
    faceRetentionDays: r.face_retention_days,
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
  if (options.contactId) {
    const mine = await em.execute<{ id: string }[]>(
      `select e.id from attendees a join events e on e.id = a.event_id
        where a.contact_id = ? order by (e.ends_at < ?) asc, e.starts_at asc limit 1`,
      [options.contactId, options.now],
    );
    if (mine[0]) return mine[0].id;
  }
  if (options.defaultEventId) return options.defaultEventId;
  const next = await em.execute<{ id: string }[]>(
    'select id from events order by (ends_at < ?) asc, starts_at asc limit 1',
    [options.now],
  );
  return next[0]?.id ?? null;
}

/** The names people use for this event's things, for understanding. */
export async function loadEventCatalog(em: EntityManager, event: EventInfo): Promise<EventCatalog> {
  const [tiers, sessions, people, sponsors, faqs] = await Promise.all([
    em.execute<{ code: string; name: string; aliases: string[] }[]>(
      'select code, name, aliases from ticket_tiers where event_id = ? order by price_cents desc',
      [event.id],
    ),
    em.execute<
      { code: string; title: string; aliases: string[]; speakers: string[]; starts_at: Date; room: string }[]
    >(
      'select code, title, aliases, speakers, starts_at, room from event_sessions where event_id = ? order by starts_at',
      [event.id],
    ),
    em.execute<{ code: string | null; id: string; name: string }[]>(
      'select code, id, name from attendees where event_id = ? order by name',
      [event.id],
    ),
    em.execute<{ code: string; name: string; aliases: string[]; booth: string }[]>(
      'select code, name, aliases, booth from sponsors where event_id = ? order by name',
      [event.id],
    ),
    em.execute<{ code: string; question: string; category: string }[]>(
      'select code, question, category from faq_library where event_id = ? order by code',
      [event.id],
    ),
  ]);
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
      startsAt: new Date(s.starts_at).toISOString(),
      room: s.room,
    })),
    people: people.map((p) => ({ id: p.code ?? p.id, name: p.name })),
    sponsors: sponsors.map((s) => ({ id: s.code, name: s.name, aliases: s.aliases, booth: s.booth })),
    faqs: faqs.map((f) => ({ id: f.code, question: f.question, category: f.category })),
  };
}

/** The event a stored inbound message is about: its own, else the sender's (see resolveEventId). */
export async function resolveSenderEventId(
  em: EntityManager,
  options: { address: string; eventId: string | null; defaultEventId?: string | undefined; now: Date },
): Promise<string | null> {
  if (options.eventId) return options.eventId;
  const [known] = await em.execute<{ id: string }[]>('select id from contacts where phone = ?', [
    options.address,
  ]);
  return resolveEventId(em, {
    contactId: known?.id ?? null,
    ...(options.defaultEventId ? { defaultEventId: options.defaultEventId } : {}),
    now: options.now,
  });
}
