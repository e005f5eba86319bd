/**
 * A card payment provider (Stripe) as the core sees it: a hosted checkout page per order, refunds, and the
 * provider's webhook events in a shape of our own. Implemented in adapters/providers/payments.
 */
export interface PaymentGateway {
  /**
   * Opens a hosted checkout page for an order. `idempotencyKey` is sent with the request: the same key with
   * the same request returns the same session, so a retried job never opens a second one.
   */
  createCheckout(request: CheckoutRequest): Promise<CheckoutSession>;
  /** Refunds part or all of a captured payment; the same key never refunds twice. */
  refund(request: RefundRequest): Promise<RefundOutcome>;
  /**
   * The receipt page of a payment's charge, or null while the charge has none yet (Stripe writes it when the
   * charge succeeds, which may come after `checkout.session.completed`).
   */
  findReceiptUrl(paymentIntentId: string): Promise<string | null>;
  /**
   * Closes an open Checkout Session so nobody can pay on it any more. Idempotent: a session already completed
   * or expired is left as it is and reported so.
   */
  expireCheckout(sessionId: string): Promise<'expired' | 'already_closed'>;
}

export interface CheckoutRequest {
  orderId: string;
  orderReference: string;
  currency: string;
  lineItems: { name: string; unitAmountCents: number; quantity: number }[];
  /** When the page stops taking payment: the end of the seat hold. */
  expiresAt: Date;
  idempotencyKey: string;
  /** The attendee's language, for the page's own words (Stripe's `locale`); absent lets Stripe choose. */
  locale?: string;
}

export interface CheckoutSession {
  id: string;
  /** The page the attendee pays on, exactly as the provider returned it. */
  url: string;
  expiresAt: Date;
}

export interface RefundRequest {
  orderId: string;
  paymentIntentId: string;
  amountCents: number;
  idempotencyKey: string;
}

export interface RefundOutcome {
  id: string;
  status: 'pending' | 'succeeded' | 'failed';
}

/** Thrown when the provider refuses a request for good (bad parameters): retrying cannot help. */
export class PaymentRequestRefused extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'PaymentRequestRefused';
  }
}

/** A verified provider webhook event, reduced to what the app acts on. */
export type PaymentWebhookEvent =
  | {
      kind: 'checkout_completed';
      id: string;
      occurredAt: Date;
      sessionId: string;
      orderId?: string;
      paymentIntentId?: string;
      amountCents?: number;
      currency?: string;
      /** `paid` (cards), or `unpaid` while a delayed method settles: only `paid` confirms. */
      paymentStatus: string;
    }
  | { kind: 'checkout_expired'; id: string; occurredAt: Date; sessionId: string; orderId?: string }
  | {
      kind: 'refund_updated';
      id: string;
      occurredAt: Date;
      refundId: string;
      status: string;
      paymentIntentId?: string;
    }
  | {
      kind: 'charge_refunded';
      id: string;
      occurredAt: Date;
      paymentIntentId: string;
      amountRefundedCents: number;
      receiptUrl?: string;
    }
  | { kind: 'charge_succeeded'; id: string; occurredAt: Date; paymentIntentId: string; receiptUrl?: string }
  /** Verified, but of a type we do not act on: acknowledged so the provider stops retrying. */
  | { kind: 'ignored'; id: string; type: string };
