import type { EntityManager } from '@mikro-orm/postgresql';
import { EventSession } from '../../../db/entities/event-session.entity.js';
import { isCodeOf } from '../../catalog/session-code.js';

/** A session as attendance and feedback need it. */
export interface SessionInfo {
  id: string;
  code: string;
  title: string;
  aliases: string[];
  room: string;
  startsAt: Date;
  endsAt: Date;
}

const FIELDS = ['id', 'code', 'title', 'aliases', 'room', 'startsAt', 'endsAt'] as const;

const toInfo = (s: SessionInfo): SessionInfo => ({
  id: s.id,
  code: s.code,
  title: s.title,
  aliases: s.aliases,
  room: s.room,
  startsAt: s.startsAt,
  endsAt: s.endsAt,
});

/** The event's sessions in agenda order. */
export async function listEventSessions(em: EntityManager, eventId: string): Promise<SessionInfo[]> {
  const rows = await em.find(
    EventSession,
    { event: eventId },
    { fields: FIELDS, orderBy: { startsAt: 'asc', title: 'asc' } },
  );
  return rows.map(toInfo);
}

/** A session by its id in the event file (the NLU's `session` slot). */
export async function findEventSession(
  em: EntityManager,
  eventId: string,
  code: string,
): Promise<SessionInfo | null> {
  const row = await em.findOne(EventSession, { event: eventId, code }, { fields: FIELDS });
  return row ? toInfo(row) : null;
}

/** The session whose attendance code was scanned or typed (`HERE-S-PGVECTOR` read as `S-PGVECTOR`). */
export async function findSessionByAttendanceCode(
  em: EntityManager,
  eventId: string,
  read: string,
): Promise<SessionInfo | null> {
  const sessions = await listEventSessions(em, eventId);
  return sessions.find((s) => isCodeOf(s, read)) ?? null;
}
