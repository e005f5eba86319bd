import type { EntityManager } from '@mikro-orm/postgresql';

export interface OrganizerOfEvent {
  organizerId: string;
  eventId: string;
  name: string;
  role: string;
}

/**
 * The event a Slack user organizes (`organizers` rows). Someone on several events gets the one running or
 * coming next, else the most recent; null means they may not run organizer commands.
 */
export async function findOrganizerEvent(
  em: EntityManager,
  slackUserId: string,
  now: Date,
): Promise<OrganizerOfEvent | null> {
  const [row] = await em.execute<{ id: string; event_id: string; name: string; role: string }[]>(
    `select o.id, o.event_id, o.name, o.role from organizers o join events e on e.id = o.event_id
      where o.slack_user_id = ?
      order by (e.ends_at >= ?) desc, case when e.ends_at >= ? then e.starts_at end asc, e.ends_at desc
      limit 1`,
    [slackUserId, now, now],
  );
  return row ? { organizerId: row.id, eventId: row.event_id, name: row.name, role: row.role } : null;
}
