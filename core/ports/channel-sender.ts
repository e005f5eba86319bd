import type { ChannelName, DeliveryStatus, OutboundMessage } from '../messages.js';

export interface SendRequest {
  to: string;
  message: OutboundMessage;
  /** Where the provider should report delivery status, when it supports callbacks. */
  statusCallbackUrl?: string;
}

export interface SendResult {
  providerMessageId: string;
  status: DeliveryStatus;
}

/** Sends one outbound message on one channel. Implementations live in adapters/channels. */
export interface ChannelSender {
  readonly name: ChannelName;
  send(request: SendRequest): Promise<SendResult>;
}

/**
 * The code of a send that could not start because the channel's session is down (a WhatsApp Web phone
 * offline, logged out). Not the message's fault: the row waits for the channel instead of using up retries.
 */
export const CHANNEL_OFFLINE = 'channel_offline';

/**
 * A send that failed. `permanent` failures (invalid number, 24-hour window closed) are not retried;
 * the rest (timeouts, 5xx, 429) are.
 */
export class ChannelSendError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'ChannelSendError';
  }
}
