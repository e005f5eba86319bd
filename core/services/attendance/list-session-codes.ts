import type { EntityManager } from '@mikro-orm/postgresql';
import { loadEventInfo } from '../events/load-event.js';
import { listEventSessions, type SessionInfo } from './find-event-session.js';

export interface SessionCodeList {
  eventName: string;
  timezone: string;
  sessions: SessionInfo[];
}

/** The event's sessions for the printable attendance-code sheet (`/eventos session-codes`); null if gone. */
export async function listSessionCodes(em: EntityManager, eventId: string): Promise<SessionCodeList | null> {
  const event = await loadEventInfo(em, eventId);
  if (!event) return null;
  return { eventName: event.name, timezone: event.timezone, sessions: await listEventSessions(em, eventId) };
}
