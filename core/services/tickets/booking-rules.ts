/**
 * Booking rules as small validators run in order (the cal.com idea, not its size). They decide on facts read
 * before the write; capacity, the per-person cap and idempotency are enforced again by the guarded write in
 * place-order.ts, so a rule passing here never lets a race oversell.
 */

/** Valid tickets one person may hold per event, across orders and tiers. */
export const MAX_TICKETS_PER_PERSON = 10;

export type RejectionReason =
  | 'unknown_tier'
  | 'invalid_quantity'
  | 'max_per_order'
  | 'per_person_cap'
  | 'sales_closed'
  | 'event_over'
  | 'sold_out'
  /** The tier's price is no longer the one the person confirmed (placeOrder's `expectedUnitPriceCents`). */
  | 'price_changed';

export interface Rejection {
  reason: RejectionReason;
  message: string;
  available?: number;
  /** per_person_cap: the valid tickets the person already holds. */
  alreadyHeld?: number;
}

export interface BookingFacts {
  quantity: number;
  tier: { name: string; maxPerOrder: number } | null;
  /** Free seats when read; null when the seats come from a waitlist offer's hold. */
  available: number | null;
  event: { salesOpen: boolean; endsAt: Date };
  /** Valid (reserved or confirmed) tickets the person already holds for this event. */
  alreadyHeld: number;
  now: Date;
}

export type BookingRule = (facts: BookingFacts) => Rejection | null;

const tierExists: BookingRule = ({ tier }) =>
  tier ? null : { reason: 'unknown_tier', message: "I couldn't find that ticket type." };

const quantityIsCount: BookingRule = ({ quantity }) =>
  Number.isInteger(quantity) && quantity > 0
    ? null
    : { reason: 'invalid_quantity', message: 'The number of tickets has to be a whole number, 1 or more.' };

const eventNotOver: BookingRule = ({ event, now }) =>
  now < event.endsAt
    ? null
    : { reason: 'event_over', message: 'This event is over, so tickets are no longer sold.' };

const salesOpen: BookingRule = ({ event }) =>
  event.salesOpen
    ? null
    : { reason: 'sales_closed', message: 'Ticket sales are closed for this event right now.' };

const withinOrderLimit: BookingRule = ({ tier, quantity }) =>
  tier && quantity > tier.maxPerOrder
    ? {
        reason: 'max_per_order',
        message: `${tier.name} tickets are limited to ${tier.maxPerOrder} per order.`,
        available: tier.maxPerOrder,
      }
    : null;

/**
 * A read, not the guarantee (the guarded write is): refusing here spares a sold-out tier's row the write
 * traffic of everyone who is too late, which is most people in a rush.
 */
const seatsLeft: BookingRule = ({ tier, quantity, available }) =>
  tier && available !== null && quantity > available
    ? {
        reason: 'sold_out',
        message:
          available === 0
            ? `${tier.name} is sold out.`
            : `Only ${available} ${tier.name} ticket${available === 1 ? ' is' : 's are'} left.`,
        available,
      }
    : null;

const withinPersonCap: BookingRule = ({ quantity, alreadyHeld }) =>
  alreadyHeld + quantity > MAX_TICKETS_PER_PERSON
    ? {
        reason: 'per_person_cap',
        message: `Each person can hold up to ${MAX_TICKETS_PER_PERSON} tickets for this event; you already have ${alreadyHeld}.`,
        available: Math.max(0, MAX_TICKETS_PER_PERSON - alreadyHeld),
        alreadyHeld,
      }
    : null;

/** In the order a person would want to hear about them: what, how many, when, then limits. */
export const BOOKING_RULES: readonly BookingRule[] = [
  tierExists,
  quantityIsCount,
  eventNotOver,
  salesOpen,
  withinOrderLimit,
  seatsLeft,
  withinPersonCap,
];

export function firstRejection(facts: BookingFacts, rules = BOOKING_RULES): Rejection | null {
  for (const rule of rules) {
    const rejection = rule(facts);
    if (rejection) return rejection;
  }
  return null;
}
