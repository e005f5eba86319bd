import type { EntityManager } from '@mikro-orm/postgresql';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Order } from '../../../db/entities/order.entity.js';
import { kysely } from '../../../db/kysely.js';

export type OrderStatus = Order['status'];

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

function selectOrders(em: EntityManager) {
  return kysely(em)
    .selectFrom('Order as o')
    .innerJoin('TicketTier as t', 't.id', 'o.tier')
    .select((eb) => [
      'o.id',
      'o.reference',
      'o.event as eventId',
      'o.contact as contactId',
      'o.tier as tierId',
      't.code as tierCode',
      't.name as tierName',
      'o.status',
      'o.quantity',
      'o.unitPriceCents',
      'o.totalCents',
      'o.currency',
      'o.reservedUntil',
      'o.createdAt',
      jsonArrayFrom(
        eb
          .selectFrom('Ticket as tk')
          .select('tk.reference')
          .whereRef('tk.order', '=', 'o.id')
          .where('tk.status', '=', 'valid')
          .orderBy('tk.createdAt')
          .orderBy('tk.reference'),
      ).as('tickets'),
    ]);
}

export async function loadOrder(em: EntityManager, orderId: string): Promise<OrderSummary | null> {
  const row = await selectOrders(em).where('o.id', '=', orderId).executeTakeFirst();
  return row ? toSummary(row) : null;
}

/** A person's orders for an event, newest first; `active` keeps reserved and confirmed ones. */
export async function loadOrders(
  em: EntityManager,
  filter: { eventId: string; contactId: string; active?: boolean },
): Promise<OrderSummary[]> {
  let query = selectOrders(em)
    .where('o.event', '=', filter.eventId)
    .where('o.contact', '=', filter.contactId);
  if (filter.active) query = query.where('o.status', 'in', ['reserved', 'confirmed']);
  const rows = await query.orderBy('o.createdAt', 'desc').execute();
  return rows.map(toSummary);
}

type SelectedOrder = Awaited<ReturnType<ReturnType<typeof selectOrders>['executeTakeFirstOrThrow']>>;

/** The driver returns timestamps as Dates only where the plugin converts them; normalise at this edge. */
function toSummary(r: SelectedOrder): OrderSummary {
  return {
    ...r,
    reservedUntil: r.reservedUntil ? new Date(r.reservedUntil) : null,
    createdAt: new Date(r.createdAt),
  };
}
