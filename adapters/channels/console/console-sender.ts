import { randomUUID } from 'node:crypto';
import type { ChannelSender } from '../../../core/ports/channel-sender.js';

/**
 * The console page reads replies straight from the messages table, so "sending" has nothing left to
 * do: the message is delivered the moment the delivery job hands it over.
 */
export function createConsoleSender(): ChannelSender {
  return {
    name: 'console',
    send: async () => ({ providerMessageId: `console-${randomUUID()}`, status: 'delivered' }),
  };
}
