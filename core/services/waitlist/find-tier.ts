import type { EntityManager } from '@mikro-orm/postgresql';

/** A tier as the waiting list sees it: what it costs and how many seats nobody has or holds. */
export interface TierAvailability {
  id: string;
  code: string;
  name: string;
  priceCents: number;
  maxPerOrder: number;
  capacity: number;
  /** capacity − sold − held: seats anyone could book right now. */
  free: number;
}

interface TierRow {
  id: string;
  code: string;
  name: string;
  price_cents: number;
  max_per_order: number;
  capacity: number;
  free: number;
}

const toTier = (r: TierRow): TierAvailability => ({
  id: r.id,
  code: r.code,
  name: r.name,
  priceCents: r.price_cents,
  maxPerOrder: r.max_per_order,
  capacity: r.capacity,
  free: Number(r.free),
});

const COLUMNS = 'id, code, name, price_cents, max_per_order, capacity, capacity - sold - held as free';

export async function findTierByCode(
  em: EntityManager,
  eventId: string,
  code: string,
): Promise<TierAvailability | null> {
  const [row] = await em.execute<TierRow[]>(
    `select ${COLUMNS} from ticket_tiers where event_id = ? and code = ?`,
    [eventId, code],
  );
  return row ? toTier(row) : null;
}

/** Every tier of the event, dearest first (the order people see tiers in elsewhere). */
export async function listTiers(em: EntityManager, eventId: string): Promise<TierAvailability[]> {
  const rows = await em.execute<TierRow[]>(
    `select ${COLUMNS} from ticket_tiers where event_id = ? order by price_cents desc, code`,
    [eventId],
  );
  return rows.map(toTier);
}
