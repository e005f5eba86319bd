import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { BookingAttempt } from '../../../db/entities/booking-attempt.entity.js';
import { kysely } from '../../../db/kysely.js';

export interface AttemptToRecord {
  eventId: string;
  tierId: string | null;
  contactId: string | null;
  quantity: number | null;
  outcome: BookingAttempt['outcome'];
  reason: string;
  orderId: string | null;
  now: Date;
}

/**
 * One booking_attempts row: the audit trail and the demand signal (sold-out tiers show how many people tried).
 * The guarded write in place-order.ts records its own row in the same statement; this is for attempts the
 * booking rules refuse before any write.
 */
export async function recordAttempt(em: EntityManager, attempt: AttemptToRecord): Promise<void> {
  const { quantity } = attempt;
  await kysely(em)
    .insertInto('BookingAttempt')
    .values({
      id: randomUUID(),
      eventId: attempt.eventId,
      tierId: attempt.tierId,
      contactId: attempt.contactId,
      // An absurd number (1e12) would not fit the int column; the attempt is still worth recording.
      quantity:
        quantity !== null && Number.isSafeInteger(quantity) && Math.abs(quantity) < 2 ** 31 ? quantity : null,
      outcome: attempt.outcome,
      reason: attempt.reason,
      orderId: attempt.orderId,
      createdAt: attempt.now,
    })
    .executeTakeFirst();
}
