import type { EventFile } from './event-file.js';

/**
 * What understanding needs to know about one event: the names people use for its tiers, sessions, people,
 * sponsors and FAQs. Built from an event file (offline NLU) or from the database (the running bot).
 */
export interface EventCatalog {
  eventId: string;
  name: string;
  timezone: string;
  startsAt: string;
  endsAt: string;
  tiers: { id: string; name: string; aliases: string[] }[];
  sessions: {
    id: string;
    title: string;
    aliases: string[];
    speakers: string[];
    startsAt: string;
    room: string;
  }[];
  people: { id: string; name: string }[];
  /** `booth` (e.g. `B12`) makes booth codes (`ACME-B12`, see booth-code.ts) and "booth B12" name the sponsor. */
  sponsors: { id: string; name: string; aliases: string[]; booth?: string }[];
  /** `alternatives`: other phrasings of the question, written by the organizer (optional). */
  faqs: { id: string; question: string; category: string; alternatives?: string[] }[];
}

export function catalogFromEventFile(file: EventFile): EventCatalog {
  return {
    eventId: file.event.id,
    name: file.event.name,
    timezone: file.event.timezone,
    startsAt: file.event.startsAt,
    endsAt: file.event.endsAt,
    tiers: file.tiers.map((t) => ({ id: t.id, name: t.name, aliases: t.aliases })),
    sessions: file.sessions.map((s) => ({
      id: s.id,
      title: s.title,
      aliases: s.aliases,
      speakers: s.speakers,
      startsAt: s.startsAt,
      room: s.room,
    })),
    people: file.attendees.map((a) => ({ id: a.id, name: a.name })),
    sponsors: file.sponsors.map((s) => ({ id: s.id, name: s.name, aliases: s.aliases, booth: s.booth })),
    faqs: file.faqs.map((f) => ({
      id: f.id,
      question: f.question,
      category: f.category,
      alternatives: f.alternatives,
    })),
  };
}
