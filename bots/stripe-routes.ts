import express, { Router } from 'express';
import { readStripeWebhook, STRIPE_SIGNATURE_HEADER } from '../adapters/providers/payments/stripe-webhook.js';
import { storePaymentEvent } from '../core/services/payments/store-payment-event.js';
import { enqueuePaymentEvent } from '../jobs/payments-queue.js';
import type { Deps } from './compose.js';

export const STRIPE_WEBHOOK_PATH = '/webhooks/stripe';

/**
 * Stripe's webhook, transport only: verify the signature over the raw bytes, store the event once (unique
 * event id), queue it, answer 200. A forged or stale signature gets 400 and changes nothing. Stripe retries
 * anything but a 2xx for days, so a stored duplicate is acknowledged too.
 */
export function createStripeRoutes(deps: Deps): Router {
  const router = Router();
  router.post(STRIPE_WEBHOOK_PATH, express.raw({ type: () => true, limit: '1mb' }), async (req, res) => {
    if (!deps.payments) {
      res.status(503).type('text/plain').send('Stripe is not configured');
      return;
    }
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const reading = readStripeWebhook(body, req.header(STRIPE_SIGNATURE_HEADER), deps.payments.webhookSecret);
    if (!reading.ok) {
      res
        .status(400)
        .type('text/plain')
        .send(reading.reason === 'bad_signature' ? 'Invalid signature' : 'Malformed event');
      return;
    }
    const event = reading.event;
    if (event.kind === 'ignored') {
      res.status(200).json({ received: true, ignored: event.type });
      return;
    }
    const stored = await storePaymentEvent(deps.db.em.fork(), 'stripe', event, new Date());
    if (!stored.duplicate) {
      await enqueuePaymentEvent(deps.queues, stored.id).catch((error: unknown) =>
        deps.logger.warn(
          { err: error, eventId: event.id },
          'queue unavailable; the payments sweep will apply it',
        ),
      );
    }
    res.status(200).json({ received: true, duplicate: stored.duplicate });
  });
  return router;
}
