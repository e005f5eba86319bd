import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import type { CheckoutRequest } from '../../ports/payment-gateway.js';
import type { OrderStatus } from '../tickets/load-order.js';
import { lockOrder } from '../tickets/lock-order.js';
import { STRIPE_MIN_SESSION_MINUTES } from './payment-mode.js';

export type PreparedCheckout =
  /** A session exists: resend its link. */
  | { kind: 'open'; paymentId: string; url: string; expiresAt: Date }
  /** Ask the gateway for a session with exactly this request (the same on every retry). */
  | { kind: 'request'; paymentId: string; request: CheckoutRequest }
  | { kind: 'not_payable'; status: OrderStatus | 'not_found' | 'free' };

/**
 * The first half of opening a Checkout Session, in one short transaction under the order lock: the order's
 * one charge row (unique per order) is created with the idempotency key and expiry every later attempt reuses,
 * so a retried job or a double tap on Pay sends Stripe the identical request and gets the same session back.
 * If the hold ends sooner than Stripe's minimum session length, the hold is extended to the session's expiry
 * (seats stay held while someone can still pay for them). The Checkout page speaks the attendee's language
 * when we know it (Stripe's `locale`: en, pt and es are all Stripe locales).
 */
export async function prepareCheckout(
  em: EntityManager,
  input: { orderId: string; now: Date },
): Promise<PreparedCheckout> {
  const order = await lockOrder(em, input.orderId, null);
  if (!order) return { kind: 'not_payable', status: 'not_found' };
  if (order.status !== 'reserved') return { kind: 'not_payable', status: order.status };
  if (order.unitPriceCents === 0) return { kind: 'not_payable', status: 'free' };
  const db = kysely(em);
  const details = await db
    .selectFrom('Order as o')
    .innerJoin('TicketTier as t', 't.id', 'o.tier')
    .innerJoin('Event as e', 'e.id', 'o.event')
    .select(['o.reference', 'o.reservedUntil', 't.name as tierName', 'e.name as eventName', 'o.contact'])
    .where('o.id', '=', order.id)
    .executeTakeFirstOrThrow();
  const existing = await db
    .selectFrom('Payment')
    .select(['id', 'checkoutUrl', 'expiresAt', 'idempotencyKey', 'amountCents', 'status', 'locale'])
    .where('order', '=', order.id)
    .where('kind', '=', 'charge')
    .executeTakeFirst();
  const request = (
    paymentId: string,
    key: string,
    expiresAt: Date,
    locale: string | null,
  ): PreparedCheckout => ({
    kind: 'request',
    paymentId,
    request: {
      orderId: order.id,
      orderReference: details.reference,
      currency: order.currency,
      lineItems: [
        {
          name: `${details.eventName} — ${details.tierName}`,
          unitAmountCents: order.unitPriceCents,
          quantity: order.seats,
        },
      ],
      expiresAt,
      idempotencyKey: key,
      ...(locale ? { locale } : {}),
    },
  });
  if (existing) {
    if (existing.checkoutUrl && existing.expiresAt)
      return {
        kind: 'open',
        paymentId: existing.id,
        url: existing.checkoutUrl,
        expiresAt: existing.expiresAt,
      };
    if (existing.status === 'pending' && existing.idempotencyKey && existing.expiresAt)
      return request(existing.id, existing.idempotencyKey, existing.expiresAt, existing.locale ?? null);
    return { kind: 'not_payable', status: order.status };
  }

  const reservedUntil = details.reservedUntil ?? input.now;
  const earliest = new Date(input.now.getTime() + STRIPE_MIN_SESSION_MINUTES * 60_000);
  // Whole seconds: Stripe takes expires_at in seconds, and the stored value must equal what was sent.
  const expiresAt = new Date(Math.ceil(Math.max(reservedUntil.getTime(), earliest.getTime()) / 1000) * 1000);
  const paymentId = randomUUID();
  const key = `checkout:${order.id}`;
  // Read only here, once per order: every later attempt takes the language stored with the charge row.
  const language = (
    await db.selectFrom('Contact').select('language').where('id', '=', details.contact).executeTakeFirst()
  )?.language;
  await db
    .insertInto('Payment')
    .values({
      id: paymentId,
      order: order.id,
      amountCents: order.unitPriceCents * order.seats,
      currency: order.currency,
      kind: 'charge',
      status: 'pending',
      provider: 'stripe',
      idempotencyKey: key,
      expiresAt,
      // Kept with the request: a retry must send Stripe the same body even if the person's language changes.
      locale: language ?? null,
      createdAt: input.now,
    })
    .executeTakeFirst();
  if (expiresAt.getTime() !== reservedUntil.getTime()) {
    await db
      .updateTable('Order')
      .set((eb) => ({ reservedUntil: expiresAt, version: eb('version', '+', 1) }))
      .where('id', '=', order.id)
      .where('status', '=', 'reserved')
      .executeTakeFirst();
  }
  return request(paymentId, key, expiresAt, language ?? null);
}
