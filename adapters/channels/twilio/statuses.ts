import type { DeliveryStatus } from '../../../core/messages.js';

/**
 * Twilio's message statuses (https://www.twilio.com/docs/messaging/api/message-resource#message-status-values)
 * folded into ours. `accepted` and `scheduled` are Messaging Service states before `queued`; a
 * `canceled` message was never sent. Inbound-only states (`receiving`, `received`) have no mapping.
 */
export function toDeliveryStatus(twilioStatus: string): DeliveryStatus | undefined {
  switch (twilioStatus) {
    case 'accepted':
    case 'scheduled':
    case 'queued':
      return 'queued';
    case 'sending':
      return 'sending';
    case 'sent':
      return 'sent';
    case 'delivered':
      return 'delivered';
    case 'read':
      return 'read';
    case 'undelivered':
      return 'undelivered';
    case 'failed':
    case 'canceled':
      return 'failed';
    default:
      return undefined;
  }
}
