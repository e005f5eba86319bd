import type { EntityManager } from '@mikro-orm/postgresql';

/** A tier of the event and its seats nobody has or holds; null when the tier is not the event's. */
export async function freeSeats(
  em: EntityManager,
  eventId: string,
  tierId: string,
): Promise<{ code: string; free: number } | null> {
  const [row] = await em.execute<{ code: string; free: number }[]>(
    'select code, capacity - sold - held as free from ticket_tiers where id = ? and event_id = ?',
    [tierId, eventId],
  );
  return row ? { code: row.code, free: Number(row.free) } : null;
}
