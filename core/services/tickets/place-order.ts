import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type BookSeatsRow, bookSeats } from './book-seats.js';
import { firstRejection, MAX_TICKETS_PER_PERSON, type RejectionReason } from './booking-rules.js';
import { loadOrder, type OrderStatus } from './load-order.js';
import { type BookingFactsRead, readBookingFacts } from './read-booking-facts.js';
import { recordAttempt } from './record-attempt.js';
import { eventReferencePrefix } from './ticket-reference.js';
import { type BookingWrite, type WriteOutcome, writeBooking } from './write-booking.js';

/** How long a paid order holds its seats while waiting for payment. */
export const RESERVATION_MINUTES = 15;

export interface PlaceOrderInput {
  eventId: string;
  tierCode: string;
  contactId: string;
  quantity: number;
  /** Unique per logical purchase (the confirming message id, or `offer:<promotionId>` for a waitlist claim). */
  idempotencyKey: string;
  /**
   * 'capacity': a normal sale (needs free seats). A promotion: converts that offer's held seats (held -= n,
   * sold += n, or they stay held while the order is reserved for payment). Seats of the offer beyond
   * `quantity` are released (see `releasedSeats`).
   */
  seatsFrom: 'capacity' | { promotionId: string; seats: number };
  /** How long a paid order's seats are held for payment (default RESERVATION_MINUTES; Stripe needs longer). */
  holdMinutes?: number;
  /** The unit price the person confirmed: a different current price refuses (`price_changed`), books nothing. */
  expectedUnitPriceCents?: number;
  now: Date;
}

export type PlaceOrderResult =
  | {
      ok: true;
      duplicate: boolean;
      orderId: string;
      reference: string;
      status: BookingWrite['status'];
      /** The order's real status (a duplicate may point at an order cancelled since). */
      orderStatus: OrderStatus;
      tierId: string;
      tierName: string;
      tickets: { reference: string }[];
      unitPriceCents: number;
      totalCents: number;
      currency: string;
      reservedUntil: Date | null;
      /** Offer seats given back to the tier because fewer were booked (the caller offers them on). */
      releasedSeats: number;
    }
  | { ok: false; reason: RejectionReason; message: string; available?: number; alreadyHeld?: number };

/**
 * Books `quantity` seats of a tier for a person and records a booking_attempts row either way. Free tiers
 * confirm at once; paid tiers are reserved (seats held) for RESERVATION_MINUTES until confirmPayment.
 * Exactly-once comes from the database: a per-person lock, a guarded update of the tier row and the unique
 * idempotency key (book-seats.ts for a sale from capacity, write-booking.ts for an offer's seats).
 *
 * A sale from capacity COMMITS ON ITS OWN, before the caller's transaction: the order, its tickets and the
 * attempt are written atomically by one call (one round trip), and stay if the caller's transaction rolls back or the
 * process dies before it commits. The caller must therefore pass an idempotency key that a retry of the same
 * work repeats (the confirming message's id): the retry finds the order (`duplicate: true`) and completes the
 * rest — the inbound sweeper retries every message whose transaction never committed. Paid orders left
 * unpaid are released by the reservation expiry as always. An offer's seats are tied to the promotion row the
 * caller locked, so an offer claim stays inside the caller's transaction.
 */
export async function placeOrder(em: EntityManager, input: PlaceOrderInput): Promise<PlaceOrderResult> {
  if (input.seatsFrom === 'capacity' && isSeatCount(input.quantity)) {
    // One round trip that commits on its own (book-seats.ts): the tier row is locked for microseconds, not
    // until the message's transaction commits. Refusals and duplicates are recorded by the same call.
    const booked = await bookSeats(em, {
      eventId: input.eventId,
      tierCode: input.tierCode,
      contactId: input.contactId,
      quantity: input.quantity,
      idempotencyKey: input.idempotencyKey,
      expectedUnitPriceCents: input.expectedUnitPriceCents ?? null,
      holdMinutes: input.holdMinutes ?? RESERVATION_MINUTES,
      now: input.now,
    });
    return fromBookSeats(em, input, booked);
  }
  // An offer's seats are tied to the promotion row the caller locked, so an offer claim stays inside the
  // caller's transaction; a quantity no seat count can be (0, 1.5, 1e12) is refused here, recorded.
  const facts = await readBookingFacts(em, input);
  const on = { kind: em.isInTransaction() ? 'transaction' : 'own-commit', db: em.getKysely() } as const;
  return decideAndWrite(em, input, facts, (write) => writeBooking(on, write));
}

const isSeatCount = (n: number) => Number.isSafeInteger(n) && n >= 1 && n < 2 ** 31;

/** book_seats' row as placeOrder's result; refusals get the words of the rule that refused. */
async function fromBookSeats(
  em: EntityManager,
  input: PlaceOrderInput,
  booked: BookSeatsRow,
): Promise<PlaceOrderResult> {
  const { tier } = booked;
  if (booked.reason === 'duplicate' && booked.orderId) return summarise(em, booked.orderId, true, 0);
  if (booked.reason === 'ok' && tier && booked.orderId && booked.orderStatus) {
    return {
      ok: true,
      duplicate: false,
      orderId: booked.orderId,
      reference: booked.orderReference,
      status: booked.orderStatus,
      orderStatus: booked.orderStatus,
      tierId: tier.id,
      tierName: tier.name,
      tickets: booked.ticketReferences.map((reference) => ({ reference })),
      unitPriceCents: tier.priceCents,
      totalCents: tier.priceCents * input.quantity,
      currency: booked.currency,
      reservedUntil: booked.reservedUntil,
      releasedSeats: 0,
    };
  }
  const ruled = firstRejection({
    quantity: input.quantity,
    tier,
    available: booked.available,
    event: { salesOpen: booked.salesOpen, endsAt: booked.endsAt },
    alreadyHeld: booked.alreadyHeld,
    now: input.now,
  });
  if (ruled && ruled.reason === booked.reason) return { ok: false, ...ruled };
  const name = tier?.name ?? '';
  if (booked.reason === 'price_changed')
    return { ok: false, reason: 'price_changed', message: `The price of ${name} has changed.` };
  // The seats went to someone else between the facts and the guarded update.
  const left = booked.available;
  return {
    ok: false,
    reason: 'sold_out',
    message:
      left > 0 ? `Only ${left} ${name} ticket${left === 1 ? ' is' : 's are'} left.` : `${name} is sold out.`,
    available: left,
    alreadyHeld: booked.alreadyHeld,
  };
}

/** The booking rules on the facts, then the seat statement (`writeSeats`) if they pass. */
async function decideAndWrite(
  em: EntityManager,
  input: PlaceOrderInput,
  facts: BookingFactsRead,
  writeSeats: (write: BookingWrite) => Promise<WriteOutcome>,
): Promise<PlaceOrderResult> {
  if (facts.existingOrderId) return duplicateOf(em, input, facts.existingOrderId, facts.tier?.id ?? null);

  const attempt = {
    eventId: input.eventId,
    tierId: facts.tier?.id ?? null,
    contactId: input.contactId,
    quantity: input.quantity,
    orderId: null,
    now: input.now,
  };
  const offered = input.seatsFrom === 'capacity' ? null : input.seatsFrom.seats;
  const rejection =
    firstRejection({
      quantity: input.quantity,
      tier: facts.tier,
      available: input.seatsFrom === 'capacity' ? (facts.tier?.available ?? 0) : null,
      event: facts,
      alreadyHeld: facts.alreadyHeld,
      now: input.now,
    }) ??
    (offered !== null && input.quantity > offered
      ? {
          reason: 'invalid_quantity' as const,
          message: `This offer holds ${offered} seat${offered === 1 ? '' : 's'}; you can book up to that.`,
          available: offered,
        }
      : null);
  if (rejection || !facts.tier) {
    const refused = rejection ?? {
      reason: 'unknown_tier' as const,
      message: "I couldn't find that ticket type.",
    };
    await recordAttempt(em, { ...attempt, outcome: 'rejected', reason: refused.reason });
    return { ok: false, ...refused };
  }

  const tier = facts.tier;
  if (input.expectedUnitPriceCents !== undefined && tier.priceCents !== input.expectedUnitPriceCents) {
    await recordAttempt(em, { ...attempt, outcome: 'rejected', reason: 'price_changed' });
    return { ok: false, reason: 'price_changed', message: `The price of ${tier.name} has changed.` };
  }
  const quantity = input.quantity;
  const paid = tier.priceCents > 0;
  const status = paid ? 'reserved' : 'confirmed';
  const releasedSeats = offered === null ? 0 : offered - quantity;
  const orderId = randomUUID();
  const holdMinutes = input.holdMinutes ?? RESERVATION_MINUTES;
  const reservedUntil = paid ? new Date(input.now.getTime() + holdMinutes * 60_000) : null;
  const write: BookingWrite = {
    orderId,
    eventId: input.eventId,
    tierId: tier.id,
    contactId: input.contactId,
    quantity,
    unitPriceCents: tier.priceCents,
    currency: facts.currency,
    status,
    idempotencyKey: input.idempotencyKey,
    reservedUntil,
    soldDelta: paid ? 0 : quantity,
    // Capacity: a reservation adds to held. An offer: its seats leave held unless they stay held for payment.
    heldDelta: offered === null ? (paid ? quantity : 0) : paid ? -releasedSeats : -offered,
    minHeld: offered ?? 0,
    referencePrefix: eventReferencePrefix(facts.eventName, facts.startsAt),
    now: input.now,
  };
  const written = await writeSeats(write);
  if (written.kind === 'duplicate') return summarise(em, written.orderId, true, 0);
  if (written.kind === 'rejected') {
    const message =
      written.reason === 'sold_out'
        ? written.available > 0
          ? `Only ${written.available} ${tier.name} ticket${written.available === 1 ? ' is' : 's are'} left.`
          : `${tier.name} is sold out.`
        : `Each person can hold up to ${MAX_TICKETS_PER_PERSON} tickets for this event; you already have ${written.alreadyHeld}.`;
    return {
      ok: false,
      reason: written.reason,
      message,
      available: written.available,
      alreadyHeld: written.alreadyHeld,
    };
  }
  return {
    ok: true,
    duplicate: false,
    orderId,
    reference: written.orderReference,
    status,
    orderStatus: status,
    tierId: tier.id,
    tierName: tier.name,
    tickets: written.tickets.map((reference) => ({ reference })),
    unitPriceCents: tier.priceCents,
    totalCents: tier.priceCents * quantity,
    currency: facts.currency,
    reservedUntil,
    releasedSeats,
  };
}

async function duplicateOf(
  em: EntityManager,
  input: PlaceOrderInput,
  orderId: string,
  tierId: string | null,
): Promise<PlaceOrderResult> {
  await recordAttempt(em, {
    eventId: input.eventId,
    tierId,
    contactId: input.contactId,
    quantity: input.quantity,
    outcome: 'rejected',
    reason: 'duplicate',
    orderId,
    now: input.now,
  });
  return summarise(em, orderId, true, 0);
}

async function summarise(
  em: EntityManager,
  orderId: string,
  duplicate: boolean,
  releasedSeats: number,
): Promise<PlaceOrderResult> {
  const order = await loadOrder(em, orderId);
  if (!order) throw new Error(`Order ${orderId} vanished`);
  return {
    ok: true,
    duplicate,
    orderId: order.id,
    reference: order.reference,
    status: order.status === 'reserved' ? 'reserved' : 'confirmed',
    orderStatus: order.status,
    tierId: order.tierId,
    tierName: order.tierName,
    tickets: order.tickets,
    unitPriceCents: order.unitPriceCents,
    totalCents: order.totalCents,
    currency: order.currency,
    reservedUntil: order.reservedUntil,
    releasedSeats,
  };
}
