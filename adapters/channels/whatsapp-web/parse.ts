import type { InboundMessage } from '../../../core/messages.js';
import { chatIdToE164, isPersonalChat, normalizeNumber } from './addresses.js';
import type { WebMessage } from './client-surface.js';

export type WebParseResult = { ok: true; message: InboundMessage } | { ok: false; reason: string };

/** WhatsApp's own media cap (https://faq.whatsapp.com/…): anything larger is not a real WhatsApp message. */
export const WEB_MEDIA_MAX_BYTES = 16 * 1024 * 1024;

export interface ReadOptions {
  /** Keeps downloaded media for the worker (the transient media store) and returns the URL it reads it by. */
  holdMedia(data: Buffer, contentType: string): Promise<string>;
  maxMediaBytes?: number;
}

/**
 * Turns one `message` event into our InboundMessage. Unlike Twilio's webhook, the media bytes are only
 * reachable through this live client (`downloadMedia` runs in the browser), so voice notes and photos are
 * fetched here and held in the transient media store, where the worker's existing downloader finds them.
 * Messages we cannot act on become `unsupported` (a friendly reply); only non-conversations fail.
 */
export async function readWebMessage(message: WebMessage, options: ReadOptions): Promise<WebParseResult> {
  if (message.fromMe) return { ok: false, reason: 'our own message' };
  if (message.isStatus || !isPersonalChat(message.from))
    return { ok: false, reason: 'not a one-to-one chat' };
  const providerMessageId = message.id?._serialized;
  if (!providerMessageId || providerMessageId.length > 128)
    return { ok: false, reason: 'missing message id' };
  const from = await senderNumber(message);
  if (!from) return { ok: false, reason: 'sender has no phone number' };

  const profileName = message._data?.notifyName;
  const receivedAt = new Date(message.timestamp > 0 ? message.timestamp * 1000 : Date.now());
  const envelope = {
    channel: 'whatsapp-web' as const,
    providerMessageId,
    from,
    receivedAt,
    raw: { id: providerMessageId, type: message.type, from: message.from, timestamp: message.timestamp },
    ...(profileName ? { profileName } : {}),
  };
  const unsupported = (description: string, contentType?: string): WebParseResult => ({
    ok: true,
    message: { ...envelope, kind: 'unsupported', description, ...(contentType ? { contentType } : {}) },
  });

  switch (message.type) {
    case 'chat':
      if (!message.body.trim()) return unsupported('empty message');
      return { ok: true, message: { ...envelope, kind: 'text', text: message.body } };
    case 'ptt':
    case 'audio':
    case 'image': {
      const media = await message.downloadMedia().catch(() => undefined);
      if (!media?.data)
        return unsupported(
          message.type === 'image' ? 'a photo we could not open' : 'a voice note we could not open',
        );
      const contentType = media.mimetype.split(';')[0]!.trim().toLowerCase();
      const data = Buffer.from(media.data, 'base64');
      if (data.byteLength > (options.maxMediaBytes ?? WEB_MEDIA_MAX_BYTES))
        return unsupported('an attachment that is too large', contentType);
      if (message.type === 'image' && contentType !== 'image/jpeg' && contentType !== 'image/png') {
        return unsupported('an image in an unsupported format', contentType);
      }
      const mediaUrl = await options.holdMedia(data, media.mimetype);
      if (message.type === 'image') {
        const caption = message.body.trim() ? { caption: message.body } : {};
        return { ok: true, message: { ...envelope, kind: 'image', mediaUrl, contentType, ...caption } };
      }
      return { ok: true, message: { ...envelope, kind: 'audio', mediaUrl, contentType } };
    }
    case 'location':
      return unsupported('a shared location');
    case 'vcard':
    case 'multi_vcard':
      return unsupported('a contact card');
    case 'video':
      return unsupported('a video');
    case 'sticker':
      return unsupported('a sticker');
    case 'document':
      return unsupported('a document');
    default:
      return unsupported('an attachment');
  }
}

/** `@c.us` ids carry the number; `@lid` ids hide it and only the contact (when shared) has it. */
async function senderNumber(message: WebMessage): Promise<string | undefined> {
  const direct = chatIdToE164(message.from);
  if (direct || !message.getContact) return direct;
  const contact = await message.getContact().catch(() => undefined);
  return normalizeNumber(contact?.number);
}
