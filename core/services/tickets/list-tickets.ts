import type { EntityManager } from '@mikro-orm/postgresql';
import { loadOrders, type OrderSummary } from './load-order.js';

/** A person's live orders for an event (reserved or confirmed, with at least one valid ticket), newest first. */
export async function listTickets(
  em: EntityManager,
  input: { eventId: string; contactId: string },
): Promise<OrderSummary[]> {
  const orders = await loadOrders(em, { ...input, active: true });
  return orders.filter((o) => o.tickets.length > 0);
}
