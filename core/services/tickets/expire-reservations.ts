import type { EntityManager } from '@mikro-orm/postgresql';

export interface ExpiredReservations {
  orders: number;
  /** Who to tell: one row per expired order. */
  expired: { orderId: string; contactId: string; eventId: string; reference: string }[];
  /** Seats given back per tier: what the waiting list should be offered. */
  freed: { tierId: string; seats: number }[];
}

/**
 * Expires unpaid reservations whose hold ran out: the order becomes 'expired', its tickets cancelled, and the
 * held seats return to the tier. Call inside a transaction. Rows being paid or cancelled right now are skipped
 * (they hold the order lock) and picked up by the next run if still unpaid.
 */
export async function expireReservations(
  em: EntityManager,
  now: Date,
  limit = 200,
): Promise<ExpiredReservations> {
  const due = await em.execute<{ id: string }[]>(
    `select id from orders where status = 'reserved' and reserved_until <= ?
      order by reserved_until limit ? for update skip locked`,
    [now, limit],
  );
  if (due.length === 0) return { orders: 0, expired: [], freed: [] };
  const rows = await em.execute<
    {
      tier_id: string;
      seats: number;
      orders: { id: string; contact_id: string; event_id: string; reference: string }[];
    }[]
  >(
    `with expired as (
       update orders set status = 'expired', cancelled_at = ?, reserved_until = null, version = version + 1
        where id in (?) and status = 'reserved' returning id, tier_id, contact_id, event_id, reference
     ), gone as (
       update tickets set status = 'cancelled', cancelled_at = ?
        where order_id in (select id from expired) and status = 'valid' returning order_id
     ), per_tier as (
       select e.tier_id, count(g.order_id)::int as seats from expired e left join gone g on g.order_id = e.id
        group by e.tier_id
     ), released as (
       update ticket_tiers t set held = held - p.seats, version = version + 1
         from per_tier p where t.id = p.tier_id and p.seats > 0 returning t.id
     )
     select p.tier_id, p.seats,
            (select json_agg(json_build_object('id', e.id, 'contact_id', e.contact_id, 'event_id', e.event_id,
                                               'reference', e.reference))
               from expired e where e.tier_id = p.tier_id) as orders
       from per_tier p`,
    [now, due.map((d) => d.id), now],
  );
  const expired = rows.flatMap((r) =>
    r.orders.map((o) => ({
      orderId: o.id,
      contactId: o.contact_id,
      eventId: o.event_id,
      reference: o.reference,
    })),
  );
  return {
    orders: expired.length,
    expired,
    freed: rows.filter((f) => f.seats > 0).map((f) => ({ tierId: f.tier_id, seats: f.seats })),
  };
}
