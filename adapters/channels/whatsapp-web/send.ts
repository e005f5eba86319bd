import type { ChannelSender, SendRequest, SendResult } from '../../../core/ports/channel-sender.js';
import { CHANNEL_OFFLINE, ChannelSendError } from '../../../core/ports/channel-sender.js';
import { e164ToChatId } from './addresses.js';
import type { WebClient, WebMedia } from './client-surface.js';
import { renderWebMessage } from './render.js';
import { ackToDeliveryStatus } from './statuses.js';

/** Sends while the session is down fail with this code, and the delivery job waits for the session. */
export const NOT_CONNECTED = CHANNEL_OFFLINE;

export interface WebSenderOptions {
  /** The live client, or undefined while the session is down (then sends wait; see NOT_CONNECTED). */
  client(): WebClient | undefined;
  /** Fetches an image we send by URL (a QR ticket) as library media; `MessageMedia.fromUrl` in production. */
  loadMedia(url: string): Promise<WebMedia>;
}

/**
 * Sends through the logged-in WhatsApp Web session. There are no provider error codes: the library throws
 * plain errors from the page, so the few that mean "this number cannot be reached" are recognized by text
 * and are permanent; everything else (page gone, timeout, media fetch) is transient and retried.
 */
export function createWhatsAppWebSender(options: WebSenderOptions): ChannelSender {
  return {
    name: 'whatsapp-web',
    async send(request: SendRequest): Promise<SendResult> {
      const client = options.client();
      if (!client)
        throw new ChannelSendError(NOT_CONNECTED, 'the WhatsApp Web session is not connected', false);
      const chatId = e164ToChatId(request.to);
      const content = renderWebMessage(request.message);
      try {
        const sent =
          content.kind === 'text'
            ? await client.sendMessage(chatId, content.text)
            : await client.sendMessage(
                chatId,
                await options.loadMedia(content.url),
                content.caption ? { caption: content.caption } : undefined,
              );
        const ack = (sent as { ack?: number }).ack;
        const status = (typeof ack === 'number' ? ackToDeliveryStatus(ack) : undefined) ?? 'queued';
        return { providerMessageId: sent.id._serialized, status };
      } catch (error) {
        throw toWebSendError(error);
      }
    },
  };
}

/** whatsapp-web.js's texts for an address WhatsApp does not know (1.34: `No LID for user`, `invalid wid`). */
const UNREACHABLE = /no lid for user|invalid wid|wid error|not a whatsapp user|not registered/i;

export function toWebSendError(error: unknown): ChannelSendError {
  if (error instanceof ChannelSendError) return error;
  const text = error instanceof Error ? error.message : String(error);
  if (UNREACHABLE.test(text)) return new ChannelSendError('wweb_not_on_whatsapp', text, true);
  return new ChannelSendError('wweb_send_failed', text, false);
}
