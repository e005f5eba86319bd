import type { ChannelSender, SendRequest, SendResult } from '../../../core/ports/channel-sender.js';
import { ChannelSendError } from '../../../core/ports/channel-sender.js';
import { createTwilioApiClient } from './api-client.js';
import { renderTwilioMessage } from './render.js';
import { toDeliveryStatus } from './statuses.js';

export interface TwilioSenderConfig {
  accountSid: string;
  authToken: string;
  /** Our WhatsApp sender as E.164, e.g. `+15550100001`. */
  from: string;
  apiBaseUrl?: string;
  /** Default status callback; a request's own `statusCallbackUrl` wins. */
  statusCallbackUrl?: string;
  timeoutMs?: number;
}

/**
 * Twilio error codes that no retry can fix (https://www.twilio.com/docs/api/errors):
 * 21211 invalid To, 21408 region not enabled, 21610 recipient replied STOP,
 * 63016 free-form message outside the 24-hour window (needs a template).
 */
const PERMANENT_CODES = new Set([21211, 21408, 21610, 63016]);
const PERMANENT_STATUSES = new Set([400, 401, 403, 404]);

export function createTwilioSender(config: TwilioSenderConfig): ChannelSender {
  const client = createTwilioApiClient(config);
  return {
    name: 'whatsapp',
    async send(request: SendRequest): Promise<SendResult> {
      const statusCallback = request.statusCallbackUrl ?? config.statusCallbackUrl;
      try {
        const message = await client.messages.create({
          from: toWhatsAppAddress(config.from),
          to: toWhatsAppAddress(request.to),
          ...renderTwilioMessage(request.message),
          ...(statusCallback ? { statusCallback } : {}),
        });
        return { providerMessageId: message.sid, status: toDeliveryStatus(message.status) ?? 'queued' };
      } catch (error) {
        throw toChannelSendError(error);
      }
    },
  };
}

/** Twilio routes on the address prefix: without `whatsapp:` it would send an SMS. */
function toWhatsAppAddress(phone: string): string {
  return `whatsapp:${phone.replace(/^whatsapp:/i, '')}`;
}

/** API errors carry Twilio's status and code; anything else (refused, reset, timed out) is transport. */
export function toChannelSendError(error: unknown): ChannelSendError {
  const { status, code, message } = (error ?? {}) as { status?: unknown; code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : String(error);
  if (typeof status === 'number') {
    const twilioCode = typeof code === 'number' ? code : undefined;
    const permanent =
      PERMANENT_STATUSES.has(status) || (twilioCode !== undefined && PERMANENT_CODES.has(twilioCode));
    return new ChannelSendError(
      twilioCode ? `twilio_${twilioCode}` : `twilio_http_${status}`,
      text,
      permanent,
    );
  }
  const transport = typeof code === 'string' ? ` (${code})` : '';
  return new ChannelSendError('twilio_network', `Twilio API unreachable${transport}: ${text}`, false);
}
