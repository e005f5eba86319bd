import type { EntityManager } from '@mikro-orm/postgresql';

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
  const [row] = await em.execute<EventTier[]>(
    `select id, code, name, capacity, sold, held from ticket_tiers
      where event_id = ? and (lower(code) = lower(?) or lower(name) = lower(?)
        or exists (select 1 from unnest(aliases) a where lower(a) = lower(?)))
      limit 1`,
    [eventId, typed.trim(), typed.trim(), typed.trim()],
  );
  return row ?? null;
}
