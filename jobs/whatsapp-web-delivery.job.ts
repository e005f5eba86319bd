import { DelayedError, UnrecoverableError } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { CHANNEL_OFFLINE, ChannelSendError } from '../core/ports/channel-sender.js';
import { type DeliveryDeps, deliverOutboxRow } from '../core/services/outbox/deliver-outbox-row.js';
import { JOB_ATTEMPTS, type Queues } from './create-queues.js';
import { defineJob, startJobWorker } from './define-job.js';

/** The outbox channel whose rows only the WhatsApp Web gateway can send. */
export const WHATSAPP_WEB_CHANNEL = 'whatsapp-web';

/** How long a send waits before looking again while the WhatsApp Web session is down. */
export const OFFLINE_RECHECK_MS = 5_000;

/**
 * Sends WhatsApp Web outbox rows, in order, from the one process that holds the session (`eventos
 * whatsapp-web`). Pacing is the sender's (adapters/channels/whatsapp-web/paced-sender.ts). While the session
 * is down the job moves itself back to delayed without spending an attempt, so replies wait in the outbox
 * for as long as the phone is away, and none is marked failed for it.
 */
export const whatsappWebDeliveryJob = defineJob({
  name: 'whatsapp-web-delivery',
  queue: 'whatsappWeb',
  payload: z.object({ outboxIds: z.array(z.uuid()).min(1) }),
  options: ({ outboxIds }) => ({ jobId: `wweb-${outboxIds[0]}` }),
  async process(deps: { delivery: DeliveryDeps; offlineRecheckMs?: number }, { outboxIds }, job, token) {
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? JOB_ATTEMPTS);
    const outcomes = [];
    for (const outboxId of outboxIds) {
      try {
        outcomes.push(await deliverOutboxRow(deps.delivery, outboxId, { finalAttempt }));
      } catch (error) {
        if (error instanceof ChannelSendError && error.code === CHANNEL_OFFLINE) {
          await job.moveToDelayed(Date.now() + (deps.offlineRecheckMs ?? OFFLINE_RECHECK_MS), token);
          throw new DelayedError();
        }
        if (error instanceof ChannelSendError && error.permanent) throw new UnrecoverableError(error.code);
        throw error;
      }
    }
    return { outcomes };
  },
});

export async function enqueueWhatsAppWebDeliveries(queues: Queues, outboxIds: string[]): Promise<void> {
  if (outboxIds.length === 0) return;
  await whatsappWebDeliveryJob.enqueue(queues, { outboxIds });
}

/**
 * The gateway's only consumer: one job at a time, so one person's replies leave in the order written and the
 * pacer sees every send.
 */
export function startWhatsAppWebDeliveryWorker(opts: {
  connection: Redis;
  prefix: string;
  delivery: DeliveryDeps;
  offlineRecheckMs?: number;
  autorun?: boolean;
}) {
  return startJobWorker({
    queue: 'whatsappWeb',
    jobs: [whatsappWebDeliveryJob],
    deps: {
      delivery: opts.delivery,
      ...(opts.offlineRecheckMs !== undefined ? { offlineRecheckMs: opts.offlineRecheckMs } : {}),
    },
    connection: opts.connection,
    prefix: opts.prefix,
    concurrency: 1,
    ...(opts.autorun !== undefined ? { autorun: opts.autorun } : {}),
  });
}
