import type { EntityManager } from '@mikro-orm/postgresql';

export interface BookingAttemptRow {
  eventId: string;
  tierId: string | null;
  contactId: string | null;
  quantity: number | null;
  outcome: 'booked' | 'reserved' | 'rejected';
  reason: string;
  orderId: string | null;
  now: Date;
}

/**
 * One booking_attempts row: the audit trail and the demand signal (sold-out tiers show how many people tried).
 * The guarded write in place-order.ts records its own row in the same statement; this is for attempts the
 * booking rules refuse before any write.
 */
export async function recordAttempt(em: EntityManager, row: BookingAttemptRow): Promise<void> {
  await em.execute(
    `insert into booking_attempts (id, event_id, tier_id, contact_id, quantity, outcome, reason, order_id, created_at)
     values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      row.eventId,
      row.tierId,
      row.contactId,
      // An absurd number (1e12) would not fit the int column; the attempt is still worth recording.
      row.quantity !== null && Number.isSafeInteger(row.quantity) && Math.abs(row.quantity) < 2 ** 31
        ? row.quantity
        : null,
      row.outcome,
      row.reason,
      row.orderId,
      row.now,
    ],
  );
}
