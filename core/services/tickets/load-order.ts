import type { EntityManager } from '@mikro-orm/postgresql';

export type OrderStatus = 'reserved' | 'confirmed' | 'cancelled' | 'expired' | 'refunded';

export interface OrderSummary {
  id: string;
  reference: string;
  eventId: string;
  contactId: string;
  tierId: string;
  tierCode: string;
  tierName: string;
  status: OrderStatus;
  quantity: number;
  unitPriceCents: number;
  totalCents: number;
  currency: string;
  reservedUntil: Date | null;
  createdAt: Date;
  /** Valid tickets only, oldest first. */
  tickets: { reference: string }[];
}

interface OrderRow {
  id: string;
  reference: string;
  event_id: string;
  contact_id: string;
  tier_id: string;
  tier_code: string;
  tier_name: string;
  status: OrderStatus;
  quantity: number;
  unit_price_cents: number;
  total_cents: number;
  currency: string;
  reserved_until: string | Date | null;
  created_at: string | Date;
  refs: string[] | null;
}

const ORDER_SELECT = `
  select o.id, o.reference, o.event_id, o.contact_id, o.tier_id, t.code as tier_code, t.name as tier_name,
         o.status, o.quantity, o.unit_price_cents, o.total_cents, o.currency, o.reserved_until, o.created_at,
         (select array_agg(tk.reference order by tk.created_at, tk.reference) from tickets tk
           where tk.order_id = o.id and tk.status = 'valid') as refs
    from orders o join ticket_tiers t on t.id = o.tier_id`;

export async function loadOrder(em: EntityManager, orderId: string): Promise<OrderSummary | null> {
  const [row] = await em.execute<OrderRow[]>(`${ORDER_SELECT} where o.id = ?`, [orderId]);
  return row ? toSummary(row) : null;
}

/** A person's orders for an event, newest first; `active` keeps reserved and confirmed ones. */
export async function loadOrders(
  em: EntityManager,
  filter: { eventId: string; contactId: string; active?: boolean },
): Promise<OrderSummary[]> {
  const rows = await em.execute<OrderRow[]>(
    `${ORDER_SELECT} where o.event_id = ? and o.contact_id = ?
       ${filter.active ? "and o.status in ('reserved', 'confirmed')" : ''}
     order by o.created_at desc`,
    [filter.eventId, filter.contactId],
  );
  return rows.map(toSummary);
}

function toSummary(r: OrderRow): OrderSummary {
  return {
    id: r.id,
    reference: r.reference,
    eventId: r.event_id,
    contactId: r.contact_id,
    tierId: r.tier_id,
    tierCode: r.tier_code,
    tierName: r.tier_name,
    status: r.status,
    quantity: r.quantity,
    unitPriceCents: r.unit_price_cents,
    totalCents: r.total_cents,
    currency: r.currency,
    reservedUntil: r.reserved_until ? new Date(r.reserved_until) : null,
    createdAt: new Date(r.created_at),
    tickets: (r.refs ?? []).map((reference) => ({ reference })),
  };
}
