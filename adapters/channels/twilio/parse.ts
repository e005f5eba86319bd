import { boundText, cleanName, cleanText } from '../../../core/clean-text.js';
import type { DeliveryStatus, InboundMessage } from '../../../core/messages.js';
import { toDeliveryStatus } from './statuses.js';

export type InboundParseResult = { ok: true; message: InboundMessage } | { ok: false; reason: string };

export interface StatusUpdate {
  providerMessageId: string;
  status: DeliveryStatus;
  errorCode?: string;
}

export type StatusParseResult = { ok: true; update: StatusUpdate } | { ok: false; reason: string };

type Params = Record<string, unknown>;

/**
 * Reads one of Twilio's inbound WhatsApp webhooks
 * (https://www.twilio.com/docs/messaging/guides/webhook-request). Anything we cannot act on becomes
 * `unsupported` so the bot can answer kindly; only payloads that are not a message at all fail.
 */
export function parseInboundWebhook(received: Params, receivedAt: Date): InboundParseResult {
  const params = cleanParams(received);
  const providerMessageId = field(params, 'MessageSid');
  if (!providerMessageId || providerMessageId.length > 64) return { ok: false, reason: 'missing MessageSid' };
  const from = toE164(field(params, 'From'));
  if (!from) return { ok: false, reason: 'missing or invalid From' };
  const numMedia = Number(field(params, 'NumMedia') ?? '0');
  if (!Number.isInteger(numMedia) || numMedia < 0) return { ok: false, reason: 'invalid NumMedia' };

  const profileName = cleanName(field(params, 'ProfileName'));
  const base = { channel: 'whatsapp' as const, providerMessageId, from, receivedAt, raw: params };
  const envelope = profileName ? { ...base, profileName } : base;
  const body = field(params, 'Body') ?? '';

  // A shared location arrives with NumMedia=0 and an empty Body; only these fields give it away.
  if (field(params, 'Latitude') && field(params, 'Longitude')) {
    return { ok: true, message: { ...envelope, kind: 'unsupported', description: 'a shared location' } };
  }
  const payload = field(params, 'ButtonPayload');
  if (payload) {
    const text = boundText(field(params, 'ButtonText') ?? body, MAX_FIELD);
    return { ok: true, message: { ...envelope, kind: 'button', payload: boundText(payload, 256), text } };
  }
  if (numMedia > 0) {
    // WhatsApp sends one attachment per message, so only the first media item is read.
    const mediaUrl = field(params, 'MediaUrl0');
    const contentType = field(params, 'MediaContentType0')?.toLowerCase();
    if (!mediaUrl || !contentType) return { ok: false, reason: 'NumMedia > 0 without MediaUrl0' };
    if (mediaUrl.length > MAX_FIELD || contentType.length > 255) {
      return { ok: true, message: { ...envelope, kind: 'unsupported', description: 'an attachment' } };
    }
    if (contentType.startsWith('audio/')) {
      return { ok: true, message: { ...envelope, kind: 'audio', mediaUrl, contentType } };
    }
    if (contentType === 'image/jpeg' || contentType === 'image/png') {
      const caption = body.trim() ? { caption: body } : {};
      return { ok: true, message: { ...envelope, kind: 'image', mediaUrl, contentType, ...caption } };
    }
    const description = describeMedia(contentType);
    return { ok: true, message: { ...envelope, kind: 'unsupported', contentType, description } };
  }
  if (!body.trim()) {
    return { ok: true, message: { ...envelope, kind: 'unsupported', description: 'empty message' } };
  }
  return { ok: true, message: { ...envelope, kind: 'text', text: body } };
}

/** Reads a status callback (https://www.twilio.com/docs/messaging/guides/track-outbound-message-status). */
export function parseStatusCallback(received: Params): StatusParseResult {
  const params = cleanParams(received);
  const providerMessageId = field(params, 'MessageSid');
  if (!providerMessageId || providerMessageId.length > 64) return { ok: false, reason: 'missing MessageSid' };
  const twilioStatus = field(params, 'MessageStatus') ?? field(params, 'SmsStatus');
  if (!twilioStatus) return { ok: false, reason: 'missing MessageStatus' };
  const status = toDeliveryStatus(twilioStatus);
  if (!status) return { ok: false, reason: `unknown MessageStatus '${twilioStatus}'` };
  // Twilio's codes are five digits; anything else is cut so that it fits its column.
  const errorCode = boundText(field(params, 'ErrorCode') ?? '', 32) || undefined;
  return { ok: true, update: { providerMessageId, status, ...(errorCode ? { errorCode } : {}) } };
}

/** Provider fields other than the text itself are short; longer values are cut before they are stored. */
const MAX_FIELD = 2048;
/** Twilio's own bodies are at most 1,600 characters; record-inbound marks anything over its limit truncated. */
const MAX_BODY = 65_536;

/**
 * Every string field cleaned of characters Postgres refuses (NUL, unpaired surrogates) and other control
 * characters, and bounded, so that the message and its raw payload can always be stored.
 */
function cleanParams(params: Params): Params {
  const cleaned: Params = {};
  for (const [key, value] of Object.entries(params).slice(0, 200)) {
    if (typeof value !== 'string') continue;
    cleaned[boundText(cleanText(key), 64)] = boundText(
      cleanText(value),
      key === 'Body' ? MAX_BODY : MAX_FIELD,
    );
  }
  return cleaned;
}

function field(params: Params, name: string): string | undefined {
  const value = params[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** Twilio addresses WhatsApp users as `whatsapp:+15550100101`. */
function toE164(address: string | undefined): string | undefined {
  const number = address?.replace(/^whatsapp:/i, '').trim();
  return number && /^\+[1-9]\d{6,14}$/.test(number) ? number : undefined;
}

function describeMedia(contentType: string): string {
  if (contentType.startsWith('video/')) return 'a video';
  if (contentType === 'image/webp') return 'a sticker';
  if (contentType.includes('vcard')) return 'a contact card';
  if (contentType.startsWith('image/')) return 'an image in an unsupported format';
  if (contentType.startsWith('application/') || contentType.startsWith('text/')) return 'a document';
  return 'an attachment';
}
