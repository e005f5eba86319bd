import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

/**
 * The receipt link of a confirmed order, sent exactly once whichever comes first: the PaymentIntent read on
 * `checkout.session.completed` (the link goes with the tickets), a `charge.succeeded` stored earlier (the same),
 * or a `charge.succeeded` arriving after the tickets (the link follows alone). `receipt_sent_at` is the guard:
 * only the call that sets it sends the link. Both callers run in the transaction that holds the charge row
 * (the confirmation updated it just before; the later one updates it here), so they cannot both win; both
 * hold `lockReceipt` first, so neither misses the other.
 */
export async function claimReceipt(
  em: EntityManager,
  input: { paymentId: string; receiptUrl: string; now: Date },
): Promise<boolean> {
  const claimed = await kysely(em)
    .updateTable('Payment')
    .set({ receiptUrl: input.receiptUrl, receiptSentAt: input.now, updatedAt: input.now })
    .where('id', '=', input.paymentId)
    .where('receiptSentAt', 'is', null)
    .executeTakeFirst();
  return claimed.numUpdatedRows > 0n;
}

/**
 * Serialises the two ways a payment's receipt arrives (the confirmation, a later `charge.succeeded`). Without
 * it, `charge.succeeded` could look for the paid row while the confirmation has not committed yet (and find
 * nothing), while the confirmation had looked for stored `charge.succeeded` events before that one was stored:
 * the link would be lost. With it, whichever runs second sees what the first one committed.
 */
export async function lockReceipt(em: EntityManager, paymentIntentId: string): Promise<void> {
  await kysely(em)
    .selectNoFrom((eb) =>
      eb
        .fn('pg_advisory_xact_lock', [eb.fn('hashtext', [eb.val(`receipt:${paymentIntentId}`)])])
        .as('locked'),
    )
    .executeTakeFirst();
}

/** A receipt link Stripe already sent us in a `charge.succeeded` for this payment (stored, maybe unapplied). */
export async function storedReceiptUrl(em: EntityManager, paymentIntentId: string): Promise<string | null> {
  const row = await kysely(em)
    .selectFrom('PaymentEvent')
    .select((eb) => eb.ref('facts', '->>').key('receiptUrl').as('receiptUrl'))
    .where('type', '=', 'charge_succeeded')
    .where((eb) => eb(eb.ref('facts', '->>').key('paymentIntentId'), '=', paymentIntentId))
    .where((eb) => eb(eb.ref('facts', '->>').key('receiptUrl'), 'is not', null))
    .limit(1)
    .executeTakeFirst();
  return row?.receiptUrl ?? null;
}

/**
 * `charge.succeeded` after the tickets went out without a receipt: claims the link for the confirmed order it
 * belongs to. Before the confirmation (the charge row not paid yet) nothing happens here; the confirmation
 * finds this event's link itself (`storedReceiptUrl`).
 */
export async function receiptAfterConfirmation(
  em: EntityManager,
  input: { paymentIntentId: string; receiptUrl: string; now: Date },
): Promise<{ orderId: string; amountCents: number; currency: string } | null> {
  await lockReceipt(em, input.paymentIntentId);
  const charge = await kysely(em)
    .selectFrom('Payment as p')
    .innerJoin('Order as o', 'o.id', 'p.order')
    .select(['p.id', 'p.order', 'p.amountCents', 'p.currency'])
    .where('p.paymentIntentId', '=', input.paymentIntentId)
    .where('p.kind', '=', 'charge')
    .where('p.status', '=', 'succeeded')
    .where('p.receiptSentAt', 'is', null)
    .where('o.status', '=', 'confirmed')
    .executeTakeFirst();
  if (!charge) return null;
  if (!(await claimReceipt(em, { paymentId: charge.id, receiptUrl: input.receiptUrl, now: input.now })))
    return null;
  return { orderId: charge.order, amountCents: charge.amountCents, currency: charge.currency };
}
