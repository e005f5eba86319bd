import express, { type Request, type Response, Router } from 'express';
import { TWILIO_INBOUND_PATH, TWILIO_STATUS_PATH } from '../adapters/channels/twilio/index.js';
import { applyDeliveryStatus } from '../core/services/outbox/apply-delivery-status.js';
import type { Deps } from './compose.js';
import { storeOr503 } from './store-or-503.js';
import { submitInbound } from './submit-inbound.js';

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

/**
 * Twilio webhooks, transport only: verify the signature over the public URL, parse, store, queue, answer.
 * Twilio waits ~15 s for the answer; we answer after one insert and the sender's rate-limit check.
 */
export function createTwilioRoutes(deps: Deps): Router {
  const router = Router();
  // WhatsApp caps text at 4,096 characters but forms may carry media metadata: 1 MB is plenty.
  router.use(express.urlencoded({ extended: false, limit: '1mb' }));

  const verified = (req: Request, res: Response): Record<string, unknown> | null => {
    const params = (req.body ?? {}) as Record<string, unknown>;
    const ok = deps.twilio.verify({
      path: req.originalUrl,
      signature: req.header('x-twilio-signature'),
      params,
    });
    if (!ok) {
      res.status(403).type('text/plain').send('Invalid Twilio signature');
      return null;
    }
    return params;
  };

  router.post(TWILIO_INBOUND_PATH, async (req, res) => {
    const params = verified(req, res);
    if (!params) return;
    const parsed = deps.twilio.parseInbound(params);
    if (!parsed.ok) {
      res.status(400).type('text/plain').send(`Malformed webhook: ${parsed.reason}`);
      return;
    }
    const stored = () => submitInbound(deps, parsed.message, { ackBeforeQueue: true });
    if (!(await storeOr503(deps, res, stored))) return;
    res.status(200).type('text/xml').send(EMPTY_TWIML);
  });

  router.post(TWILIO_STATUS_PATH, async (req, res) => {
    const params = verified(req, res);
    if (!params) return;
    const parsed = deps.twilio.parseStatus(params);
    if (!parsed.ok) {
      // Statuses we do not track (e.g. "receiving") are acknowledged so Twilio does not retry them.
      res.status(200).type('text/plain').send(`ignored: ${parsed.reason}`);
      return;
    }
    await applyDeliveryStatus(deps.db.em.fork(), parsed.update);
    res.status(204).end();
  });
  return router;
}
