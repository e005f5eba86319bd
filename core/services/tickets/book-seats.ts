import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Order } from '../../../db/entities/order.entity.js';
import { MAX_TICKETS_PER_PERSON, type RejectionReason } from './booking-rules.js';
import { seatPool } from './seat-connection.js';
import { eventReferencePrefix, newTicketReference } from './ticket-reference.js';

export interface BookSeatsInput {
  eventId: string;
  tierCode: string;
  contactId: string;
  /** A whole number from 1 to 2^31 - 1 (the caller refuses anything else the slow way, recorded). */
  quantity: number;
  idempotencyKey: string;
  expectedUnitPriceCents: number | null;
  holdMinutes: number;
  now: Date;
}

/** What book_seats decided, with the facts it decided on (read after the person's lock). */
export interface BookSeatsRow {
  reason: 'ok' | 'duplicate' | RejectionReason;
  orderId: string | null;
  orderStatus: Extract<Order['status'], 'reserved' | 'confirmed'> | null;
  reservedUntil: Date | null;
  orderReference: string;
  ticketReferences: string[];
  eventName: string;
  startsAt: Date;
  endsAt: Date;
  salesOpen: boolean;
  currency: string;
  tier: { id: string; name: string; priceCents: number; maxPerOrder: number } | null;
  available: number;
  alreadyHeld: number;
}

interface FunctionRow {
  reason: BookSeatsRow['reason'];
  order_id: string | null;
  order_status: BookSeatsRow['orderStatus'];
  reserved_until: Date | string | null;
  event_name: string;
  starts_at: Date | string;
  ends_at: Date | string;
  sales_open: boolean;
  currency: string;
  tier_id: string | null;
  tier_name: string | null;
  price_cents: number | null;
  max_per_order: number | null;
  available: number | null;
  already_held: number;
}

/**
 * The event's ticket-reference prefix ("DS26"), cached per process for a minute: the references are made here,
 * before the one round trip that stores them, so the prefix cannot come from that round trip. After an event
 * is renamed, bookings may carry the old prefix for up to a minute — still unique, still valid at the door.
 */
const prefixes = new Map<string, { prefix: string; until: number }>();
const PREFIX_TTL_MS = 60_000;

async function referencePrefix(em: EntityManager, eventId: string, now: number): Promise<string> {
  const cached = prefixes.get(eventId);
  if (cached && cached.until > now) return cached.prefix;
  const { rows } = await seatPool(em).query<{ name: string; startsAt: Date | string }>(
    'select name, starts_at as "startsAt" from events where id = $1',
    [eventId],
  );
  const row = rows[0];
  if (!row) throw new Error(`Unknown event ${eventId}`);
  const prefix = eventReferencePrefix(row.name, new Date(row.startsAt));
  prefixes.set(eventId, { prefix, until: now + PREFIX_TTL_MS });
  return prefix;
}

/** The call, prepared once per seat connection (`name`), so each booking is one Bind/Execute. */
const BOOK_SEATS =
  'select * from book_seats($1, $2, $3::uuid, $4, $5, $6::int, $7, $8, $9, $10::uuid, $11, $12::text[])';

/** Tries of a random reference that collided (40 random bits each: never reached in practice). */
const MAX_TRIES = 5;

/**
 * A sale from a tier's capacity in ONE round trip, committed on its own: `book_seats` (a PL/pgSQL function,
 * db/migrations/Migration20261205002000_book_seats_function.ts) takes the person's booking lock, reads the
 * facts, applies the booking rules, takes the seats with the guarded update of the tier row, inserts the order,
 * its tickets and the attempt row — or only the attempt row, with the reason, when it refuses.
 *
 * Why a function: the tier row is the hot row every buyer of a tier queues on, so its lock must be held for
 * microseconds, not for round trips; and the per-person lock must come before the counts it protects, which
 * inside one plain statement it cannot (the statement's snapshot is older than any lock it takes). Three
 * statements per booking (lock and facts, the guarded write, the unlock) measured 0.04 × `SELECT 1`; this one
 * call is what `bench booking-race` measures now (docs/scaling.md).
 */
export async function bookSeats(em: EntityManager, input: BookSeatsInput): Promise<BookSeatsRow> {
  const prefix = await referencePrefix(em, input.eventId, Date.now());
  for (let attempt = 1; ; attempt++) {
    const orderId = randomUUID();
    const orderReference = newTicketReference(prefix);
    const ticketReferences = Array.from({ length: input.quantity }, () => newTicketReference(prefix));
    try {
      const { rows } = await seatPool(em).query<FunctionRow>({
        name: 'book_seats',
        text: BOOK_SEATS,
        values: [
          input.eventId,
          input.tierCode,
          input.contactId,
          input.quantity,
          input.idempotencyKey,
          input.expectedUnitPriceCents,
          input.holdMinutes,
          MAX_TICKETS_PER_PERSON,
          input.now.toISOString(),
          orderId,
          orderReference,
          ticketReferences,
        ],
      });
      const row = rows[0];
      if (!row) throw new Error('book_seats returned no row');
      return toResult(row, orderReference, ticketReferences);
    } catch (error) {
      // A colliding random reference, or the same purchase racing itself under another person's lock (its
      // unique key): the function undid everything; a fresh try books or finds the duplicate.
      if (attempt >= MAX_TRIES || !isRetriableConflict(error)) throw error;
    }
  }
}

function toResult(row: FunctionRow, orderReference: string, ticketReferences: string[]): BookSeatsRow {
  const { tier_id, tier_name, price_cents, max_per_order } = row;
  const written = row.reason === 'ok';
  return {
    reason: row.reason,
    orderId: row.order_id,
    orderStatus: row.order_status,
    reservedUntil: row.reserved_until === null ? null : new Date(row.reserved_until),
    orderReference,
    // Same order as loadOrder lists them (creation time, then reference).
    ticketReferences: written ? [...ticketReferences].sort() : [],
    eventName: row.event_name,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    salesOpen: row.sales_open,
    currency: row.currency,
    tier:
      tier_id && tier_name !== null && price_cents !== null && max_per_order !== null
        ? { id: tier_id, name: tier_name, priceCents: price_cents, maxPerOrder: max_per_order }
        : null,
    available: row.available ?? 0,
    alreadyHeld: row.already_held,
  };
}

function isRetriableConflict(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string };
  return (
    e.code === '23505' &&
    (e.constraint === 'orders_reference_unique' ||
      e.constraint === 'tickets_reference_unique' ||
      e.constraint === 'orders_idempotency_key_unique')
  );
}
