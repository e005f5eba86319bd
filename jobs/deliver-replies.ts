import type { DeliveryDeps } from '../core/services/outbox/deliver-outbox-row.js';
import { deliverOutboxRow } from '../core/services/outbox/deliver-outbox-row.js';
import type { Queues } from './create-queues.js';
import { enqueueDeliveries } from './delivery.job.js';

/** The first retry of a reply the inline send could not deliver, as the delivery job's own backoff would. */
export const INLINE_RETRY_DELAY_MS = 1_000;

/**
 * Sends a just-committed reply from the inbound job itself instead of a second queue job: one BullMQ job per
 * message instead of two (half the Redis work, one hop less before the person sees the answer). The
 * guarantees are the outbox row's, not the job's: each row is claimed with a lease and marked sent in
 * Postgres (deliverOutboxRow), so a crash mid-send leaves a leased row the sweeper sends again, and a
 * retried inbound job finds the message handled and sends nothing. The rows go in order; at the first that
 * fails transiently (provider 5xx, network, Postgres) the rest — that one included — go to a delivery job
 * with backoff, and a reply this process cannot send (the WhatsApp Web gateway's) is queued as before.
 * Never throws: the message is handled, and a Redis failure here leaves the rows to the sweeper.
 */
export async function deliverReplies(
  deps: { delivery?: DeliveryDeps; queues: Queues; onError?: (error: unknown) => void },
  reply: { inReplyTo: string; outboxIds: string[]; channel: string | undefined },
): Promise<DeliveredReplies> {
  const { inReplyTo, outboxIds, channel } = reply;
  const onError = deps.onError ?? (() => {});
  if (outboxIds.length === 0) return { sent: 0, queued: 0 };
  const inline = deps.delivery && channel !== undefined && deps.delivery.senders[channel];
  if (!deps.delivery || !inline) {
    await enqueueDeliveries(deps.queues, outboxIds, channel, { inReplyTo }).catch(onError);
    return { sent: 0, queued: outboxIds.length };
  }
  let sent = 0;
  for (const [index, outboxId] of outboxIds.entries()) {
    try {
      // The first row is claimed only if no earlier reply to the same person is still on its way (another
      // message's job is sending it): then this reply goes after it, through a delivery job, so answers
      // never overtake each other. The rows after it are this reply's own, already in order.
      const outcome = await deliverOutboxRow(deps.delivery, outboxId, {
        finalAttempt: false,
        afterEarlier: index === 0,
      });
      if (outcome === 'behind') {
        await enqueueDeliveries(deps.queues, outboxIds, channel, {
          inReplyTo,
          delay: INLINE_RETRY_DELAY_MS,
        }).catch(onError);
        return { sent: 0, queued: outboxIds.length };
      }
      if (outcome === 'sent') sent++;
    } catch {
      // The row keeps the provider's error (last_error); the delivery job retries it and logs what fails.
      const rest = outboxIds.slice(index);
      await enqueueDeliveries(deps.queues, rest, channel, { inReplyTo, delay: INLINE_RETRY_DELAY_MS }).catch(
        onError,
      );
      return { sent, queued: rest.length };
    }
  }
  return { sent, queued: 0 };
}

/** What became of a reply's rows: sent by the inbound job, or handed to a delivery job. */
export interface DeliveredReplies {
  sent: number;
  queued: number;
}
