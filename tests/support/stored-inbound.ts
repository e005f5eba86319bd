import { recordInbound } from '../../core/pipeline/record-inbound.js';
import type { TestApp } from './start-test-app.js';
import { newMessageSid } from './twilio-client.js';

/** A WhatsApp text stored as the webhook stores it, but not queued: the test runs the job it is about itself. */
export const storeWhatsAppText = (app: TestApp, from: string, text: string) =>
  recordInbound(app.deps.db.em.fork(), {
    kind: 'text',
    channel: 'whatsapp',
    providerMessageId: newMessageSid(),
    from,
    text,
    receivedAt: new Date(),
    raw: {},
  });
