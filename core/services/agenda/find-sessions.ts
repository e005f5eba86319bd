import type { EntityManager } from '@mikro-orm/postgresql';
import { EventSession } from '../../../db/entities/event-session.entity.js';

const FIELDS = ['code', 'title', 'startsAt', 'endsAt', 'room', 'speakers'] as const;

/** A session as the agenda shows it. */
export type AgendaSession = Pick<EventSession, (typeof FIELDS)[number]>;

const toAgendaSession = (s: AgendaSession): AgendaSession => ({
  code: s.code,
  title: s.title,
  startsAt: s.startsAt,
  endsAt: s.endsAt,
  room: s.room,
  speakers: s.speakers,
});

export async function findSessionByCode(
  em: EntityManager,
  eventId: string,
  code: string,
): Promise<AgendaSession | null> {
  const session = await em.findOne(EventSession, { event: eventId, code }, { fields: FIELDS });
  return session ? toAgendaSession(session) : null;
}

/** Sessions running at an instant. */
export async function findSessionsAt(em: EntityManager, eventId: string, at: Date): Promise<AgendaSession[]> {
  const sessions = await em.find(
    EventSession,
    { event: eventId, startsAt: { $lte: at }, endsAt: { $gt: at } },
    { fields: FIELDS, orderBy: { startsAt: 'asc', title: 'asc' } },
  );
  return sessions.map(toAgendaSession);
}

/** Sessions starting in [from, to). */
export async function findSessionsBetween(
  em: EntityManager,
  eventId: string,
  from: Date,
  to: Date,
  limit = 8,
): Promise<AgendaSession[]> {
  const sessions = await em.find(
    EventSession,
    { event: eventId, startsAt: { $gte: from, $lt: to } },
    { fields: FIELDS, orderBy: { startsAt: 'asc', title: 'asc' }, limit },
  );
  return sessions.map(toAgendaSession);
}
