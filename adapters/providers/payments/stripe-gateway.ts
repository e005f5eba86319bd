import Stripe from 'stripe';
import {
  type CheckoutRequest,
  type CheckoutSession,
  type PaymentGateway,
  PaymentRequestRefused,
  type RefundOutcome,
  type RefundRequest,
} from '../../../core/ports/payment-gateway.js';
import { createStripeClient, type StripeSettings } from './stripe-client.js';

/**
 * Stripe Checkout and refunds (`stripe` v23). Each request carries the caller's idempotency key: Stripe
 * answers a repeated key with the first response, so a job retried after a timeout opens one session and
 * refunds once. A 4xx other than rate limiting is a refusal (PaymentRequestRefused): retrying cannot help.
 */
export class StripeGateway implements PaymentGateway {
  private readonly stripe: Stripe;

  constructor(settings: StripeSettings) {
    this.stripe = createStripeClient(settings);
  }

  async createCheckout(request: CheckoutRequest): Promise<CheckoutSession> {
    const metadata = { order_id: request.orderId, order_reference: request.orderReference };
    const session = await refusals(() =>
      this.stripe.checkout.sessions.create(
        {
          mode: 'payment',
          client_reference_id: request.orderId,
          line_items: request.lineItems.map((item) => ({
            quantity: item.quantity,
            price_data: {
              currency: request.currency.toLowerCase(),
              unit_amount: item.unitAmountCents,
              product_data: { name: item.name },
            },
          })),
          expires_at: Math.floor(request.expiresAt.getTime() / 1000),
          ...(request.locale ? { locale: request.locale } : {}),
          metadata,
          // Copied onto the payment, so charge and refund events name the order too.
          payment_intent_data: { metadata },
        },
        { idempotencyKey: request.idempotencyKey },
      ),
    );
    if (!session.url) throw new Error(`Stripe returned Checkout Session ${session.id} without a url`);
    return { id: session.id, url: session.url, expiresAt: new Date((session.expires_at ?? 0) * 1000) };
  }

  async refund(request: RefundRequest): Promise<RefundOutcome> {
    const refund = await refusals(() =>
      this.stripe.refunds.create(
        {
          payment_intent: request.paymentIntentId,
          amount: request.amountCents,
          metadata: { order_id: request.orderId },
        },
        { idempotencyKey: request.idempotencyKey },
      ),
    );
    return { id: refund.id, status: refundStatus(refund.status) };
  }

  async findReceiptUrl(paymentIntentId: string): Promise<string | null> {
    // The receipt lives on the charge; `expand` returns it in the same call (https://docs.stripe.com/expand).
    const intent = await this.stripe.paymentIntents.retrieve(paymentIntentId, { expand: ['latest_charge'] });
    const charge = intent.latest_charge;
    return charge && typeof charge !== 'string' ? (charge.receipt_url ?? null) : null;
  }

  async expireCheckout(sessionId: string): Promise<'expired' | 'already_closed'> {
    try {
      await this.stripe.checkout.sessions.expire(sessionId);
      return 'expired';
    } catch (error) {
      // Stripe refuses to expire a session that is no longer open (paid or expired already): nothing to do.
      if (error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode === 400) {
        const session = await this.stripe.checkout.sessions.retrieve(sessionId);
        if (session.status !== 'open') return 'already_closed';
      }
      throw error;
    }
  }
}

/** Stripe's refund states, as the three the app tells apart. */
export function refundStatus(status: string | null): RefundOutcome['status'] {
  if (status === 'succeeded') return 'succeeded';
  if (status === 'failed' || status === 'canceled') return 'failed';
  return 'pending';
}

async function refusals<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (
      error instanceof Stripe.errors.StripeInvalidRequestError ||
      error instanceof Stripe.errors.StripeIdempotencyError ||
      error instanceof Stripe.errors.StripeCardError
    ) {
      throw new PaymentRequestRefused(error.message, error.code);
    }
    throw error;
  }
}
