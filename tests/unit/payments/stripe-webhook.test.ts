import { describe, expect, it } from 'vitest';
import { readStripeWebhook } from '../../../adapters/providers/payments/stripe-webhook.js';
import { signStripeEvent, stripeEvent, TEST_STRIPE } from '../../fixtures/stripe-events.js';

const session = {
  id: 'cs_test_1',
  object: 'checkout.session',
  metadata: { order_id: '7d4f3a52-8c1e-4b7a-9a55-0d7c2f0b8e11' },
  client_reference_id: null,
  payment_intent: 'pi_1',
  amount_total: 99_800,
  currency: 'eur',
  payment_status: 'paid',
};

const read = (event: unknown, options: Parameters<typeof signStripeEvent>[1] = {}) => {
  const { body, signature } = signStripeEvent(event, options);
  return readStripeWebhook(Buffer.from(body), signature, TEST_STRIPE.webhookSecret);
};

describe('reading Stripe webhooks', () => {
  it('verifies the signature and reduces checkout.session.completed to what the app uses', () => {
    const reading = read(stripeEvent('checkout.session.completed', session, 'evt_1'));
    expect(reading).toEqual({
      ok: true,
      event: {
        kind: 'checkout_completed',
        id: 'evt_1',
        occurredAt: expect.any(Date),
        sessionId: 'cs_test_1',
        orderId: session.metadata.order_id,
        paymentIntentId: 'pi_1',
        amountCents: 99_800,
        currency: 'EUR',
        paymentStatus: 'paid',
      },
    });
  });

  it('refuses another secret, an old timestamp, a changed body or no header', () => {
    const event = stripeEvent('checkout.session.completed', session);
    expect(read(event, { secret: 'whsec_other' })).toEqual({ ok: false, reason: 'bad_signature' });
    expect(read(event, { timestamp: Math.floor(Date.now() / 1000) - 301 })).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    const { signature } = signStripeEvent(event);
    const changed = Buffer.from(JSON.stringify({ ...event, type: 'checkout.session.expired' }));
    expect(readStripeWebhook(changed, signature, TEST_STRIPE.webhookSecret)).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    expect(readStripeWebhook(Buffer.from('{}'), undefined, TEST_STRIPE.webhookSecret)).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('acknowledges types the app does not act on', () => {
    expect(read(stripeEvent('customer.created', { id: 'cus_1', object: 'customer' }, 'evt_2'))).toEqual({
      ok: true,
      event: { kind: 'ignored', id: 'evt_2', type: 'customer.created' },
    });
  });
});
