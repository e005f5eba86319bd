import type { OutboundMessage } from '../../../core/messages.js';
import type { ChannelSender } from '../../../core/ports/channel-sender.js';
import type { WebClient, WebMedia, WebMessage } from './client-surface.js';
import { readWebMessage, type WebParseResult } from './parse.js';
import { createWhatsAppWebSender } from './send.js';
import { findSentInHistory } from './sent-history.js';
import { ackToDeliveryStatus } from './statuses.js';

export type { WebClient, WebMedia, WebMessage } from './client-surface.js';
export { createWebConnection, type WebConnection, type WebConnectionState } from './connection.js';
export {
  createGatewayStatusStore,
  GATEWAY_HEARTBEAT_MS,
  type GatewayStatus,
  type GatewayStatusStore,
  publicGatewayStatus,
} from './gateway-status.js';
export type { WebParseResult } from './parse.js';
export { NOT_CONNECTED, toWebSendError } from './send.js';

export interface WebStatusUpdate {
  providerMessageId: string;
  status: NonNullable<ReturnType<typeof ackToDeliveryStatus>>;
}

export interface WhatsAppWebChannel {
  readonly name: 'whatsapp-web';
  parseInbound(message: WebMessage): Promise<WebParseResult>;
  /** A `message_ack` event as a status update, or null for acks we do not track. */
  parseAck(message: { id: { _serialized: string } }, ack: number): WebStatusUpdate | null;
  readonly sender: ChannelSender;
  /** The id of this message if the chat already has it from us since `since` (see sent-history.ts). */
  findSent(to: string, message: OutboundMessage, since: Date): Promise<string | undefined>;
}

export interface WhatsAppWebChannelOptions {
  /** The live, logged-in client or undefined (see connection.ts). */
  client(): WebClient | undefined;
  holdMedia(data: Buffer, contentType: string): Promise<string>;
  loadMedia(url: string): Promise<WebMedia>;
}

/** The WhatsApp channel over an organizer's own number, through a WhatsApp Web session (whatsapp-web.js). */
export function createWhatsAppWebChannel(options: WhatsAppWebChannelOptions): WhatsAppWebChannel {
  return {
    name: 'whatsapp-web',
    parseInbound: (message) => readWebMessage(message, { holdMedia: options.holdMedia }),
    parseAck(message, ack) {
      const status = ackToDeliveryStatus(ack);
      const providerMessageId = message.id?._serialized;
      return status && providerMessageId ? { providerMessageId, status } : null;
    },
    sender: createWhatsAppWebSender({ client: options.client, loadMedia: options.loadMedia }),
    async findSent(to, message, since) {
      const client = options.client();
      if (!client) throw new Error('the WhatsApp Web session is not connected');
      return findSentInHistory(client, to, message, since);
    },
  };
}
