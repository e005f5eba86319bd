import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import type { Organizer } from '../../../db/entities/organizer.entity.js';
import { kysely } from '../../../db/kysely.js';

export interface OrganizerOfEvent {
  organizerId: string;
  eventId: string;
  name: string;
  role: Organizer['role'];
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
  const row = await kysely(em)
    .selectFrom('Organizer as o')
    .innerJoin('Event as e', 'e.id', 'o.event')
    .select(['o.id as organizerId', 'o.event as eventId', 'o.name', 'o.role'])
    .where('o.slackUserId', '=', slackUserId)
    .orderBy(sql`(${sql.ref('e.endsAt')} >= ${now})`, 'desc')
    .orderBy(sql`case when ${sql.ref('e.endsAt')} >= ${now} then ${sql.ref('e.startsAt')} end`, 'asc')
    .orderBy('e.endsAt', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}
