import type { DeliveryStatus } from '../../../core/messages.js';

/**
 * whatsapp-web.js's `MessageAck` (src/util/Constants.js) folded into our statuses: ACK_ERROR -1, ACK_PENDING 0,
 * ACK_SERVER 1 (one tick), ACK_DEVICE 2 (two ticks), ACK_READ 3 (blue), ACK_PLAYED 4 (a voice note played).
 * Acks are events, not a history: they can repeat or arrive late, so callers apply them forward only.
 */
export function ackToDeliveryStatus(ack: number): DeliveryStatus | undefined {
  switch (ack) {
    case -1:
      return 'failed';
    case 0:
      return 'queued';
    case 1:
      return 'sent';
    case 2:
      return 'delivered';
    case 3:
    case 4:
      return 'read';
    default:
      return undefined;
  }
}
