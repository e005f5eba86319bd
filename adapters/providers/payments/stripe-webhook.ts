import Stripe from 'stripe';
import type { PaymentWebhookEvent } from '../../../core/ports/payment-gateway.js';

/** Stripe's header with the timestamped HMAC of the raw body (https://docs.stripe.com/webhooks#verify-events). */
export const STRIPE_SIGNATURE_HEADER = 'stripe-signature';

export type StripeWebhookReading =
  | { ok: true; event: PaymentWebhookEvent }
  | { ok: false; reason: 'bad_signature' | 'malformed' };

/**
 * Verifies a webhook's `Stripe-Signature` over the exact bytes received (a re-serialised JSON body would not
 * match) with the library's own check, which also refuses timestamps older than five minutes (replays), then
 * reduces the event to what the app acts on.
 */
export function readStripeWebhook(
  rawBody: Buffer,
  signature: string | undefined,
  webhookSecret: string,
): StripeWebhookReading {
  let event: Stripe.Event;
  try {
    if (!signature) return { ok: false, reason: 'bad_signature' };
    event = Stripe.webhooks.constructEvent(rawBody, signature, webhookSecret);
  } catch (error) {
    return {
      ok: false,
      reason: error instanceof Stripe.errors.StripeSignatureVerificationError ? 'bad_signature' : 'malformed',
    };
  }
  try {
    return { ok: true, event: toPaymentEvent(event) };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

const idOf = (value: string | { id: string } | null | undefined): string | undefined =>
  typeof value === 'string' ? value : (value?.id ?? undefined);

function toPaymentEvent(event: Stripe.Event): PaymentWebhookEvent {
  const occurredAt = new Date(event.created * 1000);
  const base = { id: event.id, occurredAt };
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded': {
      const s = event.data.object;
      const orderId = s.metadata?.order_id ?? s.client_reference_id ?? undefined;
      const paymentIntentId = idOf(s.payment_intent);
      return {
        kind: 'checkout_completed',
        ...base,
        sessionId: s.id,
        ...(orderId ? { orderId } : {}),
        ...(paymentIntentId ? { paymentIntentId } : {}),
        ...(s.amount_total !== null ? { amountCents: s.amount_total } : {}),
        ...(s.currency ? { currency: s.currency.toUpperCase() } : {}),
        paymentStatus: s.payment_status,
      };
    }
    case 'checkout.session.expired': {
      const s = event.data.object;
      const orderId = s.metadata?.order_id ?? s.client_reference_id ?? undefined;
      return { kind: 'checkout_expired', ...base, sessionId: s.id, ...(orderId ? { orderId } : {}) };
    }
    case 'refund.created':
    case 'refund.updated':
    case 'refund.failed': {
      const r = event.data.object;
      const paymentIntentId = idOf(r.payment_intent);
      return {
        kind: 'refund_updated',
        ...base,
        refundId: r.id,
        status: r.status ?? 'pending',
        ...(paymentIntentId ? { paymentIntentId } : {}),
      };
    }
    case 'charge.refunded': {
      const c = event.data.object;
      const paymentIntentId = idOf(c.payment_intent);
      if (!paymentIntentId) return { kind: 'ignored', id: event.id, type: event.type };
      return {
        kind: 'charge_refunded',
        ...base,
        paymentIntentId,
        amountRefundedCents: c.amount_refunded,
        ...(c.receipt_url ? { receiptUrl: c.receipt_url } : {}),
      };
    }
    case 'charge.succeeded': {
      const c = event.data.object;
      const paymentIntentId = idOf(c.payment_intent);
      if (!paymentIntentId) return { kind: 'ignored', id: event.id, type: event.type };
      return {
        kind: 'charge_succeeded',
        ...base,
        paymentIntentId,
        ...(c.receipt_url ? { receiptUrl: c.receipt_url } : {}),
      };
    }
    default:
      return { kind: 'ignored', id: event.id, type: event.type };
  }
}
