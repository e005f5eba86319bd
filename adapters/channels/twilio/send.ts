import type { ChannelSender, SendRequest, SendResult } from '../../../core/ports/channel-sender.js';
import { ChannelSendError } from '../../../core/ports/channel-sender.js';
import { createTwilioApiClient } from './api-client.js';
import { renderTwilioMessage } from './render.js';
import { toDeliveryStatus } from './statuses.js';
import type { TemplateDirectory } from './templates/template-directory.js';

export interface TwilioSenderConfig {
  accountSid: string;
  authToken: string;
  /** Our WhatsApp sender as E.164, e.g. `+15550100001`. */
  from: string;
  apiBaseUrl?: string;
  /** Default status callback; a request's own `statusCallbackUrl` wins. */
  statusCallbackUrl?: string;
  timeoutMs?: number;
  /** Template Content SIDs by name and language; without it a template's name is sent as its SID. */
  templates?: TemplateDirectory;
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
      const contentSid = await templateSid(config.templates, request.message);
      try {
        const message = await client.messages.create({
          from: toWhatsAppAddress(config.from),
          to: toWhatsAppAddress(request.to),
          ...renderTwilioMessage(request.message, contentSid),
          ...(statusCallback ? { statusCallback } : {}),
        });
        return { providerMessageId: message.sid, status: toDeliveryStatus(message.status) ?? 'queued' };
      } catch (error) {
        throw toChannelSendError(error);
      }
    },
  };
}

/** A template's Content SID by its name; one never synced is a permanent failure that says what to run. */
async function templateSid(
  templates: TemplateDirectory | undefined,
  message: SendRequest['message'],
): Promise<string | undefined> {
  if (message.kind !== 'template' || !templates) return undefined;
  const sid = await templates.sidFor(message.templateId, message.language);
  if (sid) return sid;
  throw new ChannelSendError(
    'template_not_synced',
    `WhatsApp template "${message.templateId}" has no Content SID yet: run \`eventos twilio templates sync\``,
    true,
  );
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
