import type { EntityManager } from '@mikro-orm/postgresql';

export interface SessionRow {
  code: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  room: string;
  speakers: string[];
}

type Raw = { code: string; title: string; starts_at: Date; ends_at: Date; room: string; speakers: string[] };
const toRow = (r: Raw): SessionRow => ({
  code: r.code,
  title: r.title,
  startsAt: new Date(r.starts_at),
  endsAt: new Date(r.ends_at),
  room: r.room,
  speakers: r.speakers,
});
const columns = 'code, title, starts_at, ends_at, room, speakers';

export async function findSessionByCode(
  em: EntityManager,
  eventId: string,
  code: string,
): Promise<SessionRow | null> {
  const rows = await em.execute<Raw[]>(
    `select ${columns} from event_sessions where event_id = ? and code = ?`,
    [eventId, code],
  );
  return rows[0] ? toRow(rows[0]) : null;
}

/** Sessions running at an instant. */
export async function findSessionsAt(em: EntityManager, eventId: string, at: Date): Promise<SessionRow[]> {
  const rows = await em.execute<Raw[]>(
    `select ${columns} from event_sessions where event_id = ? and starts_at <= ? and ends_at > ? order by starts_at, title`,
    [eventId, at, at],
  );
  return rows.map(toRow);
}

/** Sessions starting in [from, to). */
export async function findSessionsBetween(
  em: EntityManager,
  eventId: string,
  from: Date,
  to: Date,
  limit = 8,
): Promise<SessionRow[]> {
  const rows = await em.execute<Raw[]>(
    `select ${columns} from event_sessions where event_id = ? and starts_at >= ? and starts_at < ?
      order by starts_at, title limit ?`,
    [eventId, from, to, limit],
  );
  return rows.map(toRow);
}
