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
