import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { BROADCAST_PER_SECOND, writeBroadcast } from '../core/services/organizer/send-broadcast.js';
import { enqueueBroadcastProgress, PROGRESS_EVERY_MS } from './broadcast-progress.job.js';
import { type Queues, withTimeout } from './create-queues.js';
import { defineJob } from './define-job.js';
import { deliveryJob } from './delivery.job.js';

/** Writes a confirmed broadcast's messages to the outbox, queues them paced, and starts the progress checks. */
export const broadcastSendJob = defineJob({
  name: 'broadcast-send',
  queue: 'organizer',
  payload: z.object({ commandId: z.uuid() }),
  options: ({ commandId }) => ({ jobId: `broadcast-${commandId}` }),
  async process(deps: { em: EntityManager; queues: Queues }, { commandId }) {
    const outboxIds = await writeBroadcast(deps.em.fork(), commandId);
    await enqueuePacedDeliveries(deps.queues, outboxIds);
    await enqueueBroadcastProgress(deps.queues, commandId, PROGRESS_EVERY_MS);
    return { messages: outboxIds.length };
  },
});

export const enqueueBroadcastSend = (queues: Queues, commandId: string) =>
  broadcastSendJob.enqueue(queues, { commandId });

/**
 * Broadcast deliveries, paced: batches of `perSecond` messages, one batch a second (WhatsApp and Twilio
 * throttle senders; a burst of thousands would mostly come back as 429s).
 */
export async function enqueuePacedDeliveries(
  queues: Queues,
  outboxIds: string[],
  perSecond = BROADCAST_PER_SECOND,
): Promise<void> {
  const jobs = [];
  for (let i = 0; i < outboxIds.length; i += perSecond) {
    const batch = outboxIds.slice(i, i + perSecond);
    jobs.push(deliveryJob.bulkEntry({ outboxIds: batch }, { delay: (i / perSecond) * 1000 }));
  }
  if (jobs.length > 0) await withTimeout(queues.delivery.addBulk(jobs));
}
