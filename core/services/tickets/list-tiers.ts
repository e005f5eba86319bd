import type { EntityManager } from '@mikro-orm/postgresql';

export interface TierOnSale {
  id: string;
  code: string;
  name: string;
  priceCents: number;
  currency: string;
  maxPerOrder: number;
  /** Seats neither sold nor held (by reservations or waitlist offers). */
  available: number;
  requires: string | null;
}

/** An event's tiers, dearest first, with what is left; and whether the event is selling at all. */
export async function listTiers(
  em: EntityManager,
  eventId: string,
): Promise<{ salesOpen: boolean; endsAt: Date; tiers: TierOnSale[] }> {
  const rows = await em.execute<
    {
      id: string;
      code: string;
      name: string;
      price_cents: number;
      currency: string;
      max_per_order: number;
      available: number;
      requires: string | null;
      sales_open: boolean;
      ends_at: string | Date;
    }[]
  >(
    `select t.id, t.code, t.name, t.price_cents, e.currency, t.max_per_order, t.requires, e.sales_open, e.ends_at,
            greatest(t.capacity - t.sold - t.held, 0) as available
       from events e join ticket_tiers t on t.event_id = e.id
      where e.id = ? order by t.price_cents desc, t.name`,
    [eventId],
  );
  const first = rows[0];
  return {
    salesOpen: first?.sales_open ?? false,
    endsAt: new Date(first?.ends_at ?? 0),
    tiers: rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      priceCents: r.price_cents,
      currency: r.currency,
      maxPerOrder: r.max_per_order,
      available: r.available,
      requires: r.requires,
    })),
  };
}
