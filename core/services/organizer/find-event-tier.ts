import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';

export interface EventTier {
  id: string;
  code: string;
  name: string;
  capacity: number;
  sold: number;
  held: number;
}

/** A tier by what an organizer typed: its code, name or an alias, any case. */
export async function findEventTier(
  em: EntityManager,
  eventId: string,
  typed: string,
): Promise<EventTier | null> {
  const wanted = typed.trim().toLowerCase();
  const row = await kysely(em)
    .selectFrom('TicketTier as t')
    .select(['t.id', 't.code', 't.name', 't.capacity', 't.sold', 't.held'])
    .where('t.event', '=', eventId)
    .where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['t.code']), '=', wanted),
        eb(eb.fn('lower', ['t.name']), '=', wanted),
        sql<boolean>`exists (select 1 from unnest(${eb.ref('t.aliases')}) alias where lower(alias) = ${wanted})`,
      ]),
    )
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}
