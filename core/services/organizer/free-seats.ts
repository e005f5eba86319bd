import type { EntityManager } from '@mikro-orm/postgresql';
import { TicketTier } from '../../../db/entities/ticket-tier.entity.js';
import { isUuid } from '../../is-uuid.js';

/** A tier of the event and its seats nobody has or holds; null when the tier is not the event's. */
export async function freeSeats(
  em: EntityManager,
  eventId: string,
  tierId: string,
): Promise<{ code: string; free: number } | null> {
  if (!isUuid(tierId)) return null;
  const tier = await em.findOne(TicketTier, { id: tierId, event: eventId });
  return tier ? { code: tier.code, free: tier.capacity - tier.sold - tier.held } : null;
}
