import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import { isUuid } from '../../is-uuid.js';

/**
 * An organizer takes a party off a waiting list (status `left`, as if they had left). Only a party that is
 * still waiting: one holding an offer keeps it until it is claimed, passed or expires.
 */
export async function removeWaitlistEntry(
  em: EntityManager,
  eventId: string,
  entryId: string,
): Promise<{ name: string; tier: string } | null> {
  if (!isUuid(entryId)) return null;
  // Not aliased: MikroORM's Kysely plugin maps property names in an UPDATE only on the bare entity name.
  const row = await kysely(em)
    .updateTable('WaitlistEntry')
    .from(['TicketTier as t', 'Contact as c'])
    .set({ status: 'left', updatedAt: sql`clock_timestamp()` })
    .where('WaitlistEntry.id', '=', entryId)
    .where('WaitlistEntry.eventId', '=', eventId)
    .where('WaitlistEntry.status', '=', 'waiting')
    .whereRef('t.id', '=', 'WaitlistEntry.tier')
    .whereRef('c.id', '=', 'WaitlistEntry.contact')
    .returning((eb) => [
      eb.fn
        .coalesce(
          eb
            .selectFrom('Attendee as a')
            .select('a.name')
            .whereRef('a.contact', '=', 'c.id')
            .where('a.event', '=', eventId)
            .limit(1),
          'c.displayName',
          'c.phone',
        )
        .as('name'),
      't.code as tier',
    ])
    .executeTakeFirst();
  return row ? { name: row.name ?? '', tier: row.tier } : null;
}
