import { DelayedError, UnrecoverableError } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { ChannelSendError } from '../core/ports/channel-sender.js';
import { type DeliveryDeps, deliverOutboxRow } from '../core/services/outbox/deliver-outbox-row.js';
import { outboxChannels } from '../core/services/outbox/outbox-channels.js';
import { JOB_ATTEMPTS, KEEP_FINISHED_ID, type Queues } from './create-queues.js';
import { defineJob, startJobWorker } from './define-job.js';
import { enqueueWhatsAppWebDeliveries, WHATSAPP_WEB_CHANNEL } from './whatsapp-web-delivery.job.js';

/** How soon a reply waiting behind an earlier one to the same person looks again. */
const BEHIND_RECHECK_MS = 250;

/**
 * Sends outbox rows through their channels, in order (a reply's messages must arrive as written). A transient
 * provider error stops the run and the job is retried with backoff (rows already sent are skipped by the
 * claim); permanent failures are recorded on the row by deliverOutboxRow and the run goes on.
 */
export const deliveryJob = defineJob({
  name: 'delivery',
  queue: 'delivery',
  payload: z.object({
    outboxIds: z.array(z.uuid()).min(1),
    /** The rows' one channel, when the producer knows it (the inbound job): saves looking it up per job. */
    channel: z.string().optional(),
    /** The inbound message these rows answer, when there is one: logs follow a message to its delivery. */
    inReplyTo: z.uuid().optional(),
  }),
  // The first row's id: a reply is queued at most once at a time; overlapping jobs are harmless anyway.
  // Kept a while after finishing, like the inbound job's (KEEP_FINISHED_ID), against the sweeper's re-add.
  options: ({ outboxIds }) => ({ jobId: outboxIds[0], removeOnComplete: KEEP_FINISHED_ID }),
  async process(deps: { delivery: DeliveryDeps; queues?: Queues }, { outboxIds, channel }, job, token) {
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? JOB_ATTEMPTS);
    const here = await handOffGatewayRows(deps, outboxIds, channel);
    const outcomes = [];
    for (const outboxId of here) {
      try {
        // A row claimed only once no earlier reply to the same person is still on its way: a reply queued
        // behind another (deliver-replies.ts) must not overtake it when both wait out the same delay.
        const outcome = await deliverOutboxRow(deps.delivery, outboxId, { finalAttempt, afterEarlier: true });
        if (outcome === 'behind') {
          // Not a failure: look again shortly, without using up an attempt (rows sent so far stay sent).
          await job.moveToDelayed(Date.now() + BEHIND_RECHECK_MS, token);
          throw new DelayedError();
        }
        outcomes.push(outcome);
      } catch (error) {
        if (error instanceof ChannelSendError && error.permanent) throw new UnrecoverableError(error.code);
        throw error;
      }
    }
    return { outcomes };
  },
});

/**
 * Producers do not know a reply's channel, so every reply comes here first. WhatsApp Web rows can only be sent
 * by the gateway process that holds the session: when this worker has no sender for them, they move to the
 * gateway's queue (in order) and the rest is delivered here.
 */
async function handOffGatewayRows(
  deps: { delivery: DeliveryDeps; queues?: Queues },
  outboxIds: string[],
  channel: string | undefined,
) {
  if (!deps.queues || deps.delivery.senders[WHATSAPP_WEB_CHANNEL]) return outboxIds;
  if (channel !== undefined && channel !== WHATSAPP_WEB_CHANNEL) return outboxIds;
  const rows = await outboxChannels(deps.delivery.em.fork(), outboxIds);
  const gateway = rows.filter((row) => row.channel === WHATSAPP_WEB_CHANNEL).map((row) => row.id);
  if (gateway.length === 0) return outboxIds;
  await enqueueWhatsAppWebDeliveries(deps.queues, gateway);
  return outboxIds.filter((id) => !gateway.includes(id));
}

/**
 * One job delivers the rows in the given order, so the messages of one reply (a greeting, then its menu)
 * reach the person in the order they were written. Rows already sent are skipped by the claim, so
 * overlapping jobs (a retry, the sweeper) are harmless.
 */
export async function enqueueDeliveries(
  queues: Queues,
  outboxIds: string[],
  /** The channel of every row, when the caller knows it (one reply's rows share their recipient's). */
  channel?: string,
  /** The inbound message answered (for the logs); a delay when an inline send just failed (deliver-replies.ts). */
  options: { inReplyTo?: string; delay?: number } = {},
): Promise<void> {
  if (outboxIds.length === 0) return;
  const { inReplyTo, delay } = options;
  const payload = { outboxIds, ...(channel ? { channel } : {}), ...(inReplyTo ? { inReplyTo } : {}) };
  await deliveryJob.enqueue(queues, payload, delay ? { delay } : undefined);
}

export function startDeliveryWorker(opts: {
  connection: Redis;
  prefix: string;
  delivery: DeliveryDeps;
  /** Where rows of a channel sent by another process (the WhatsApp Web gateway) are handed over. */
  queues?: Queues;
  concurrency?: number;
}) {
  return startJobWorker({
    queue: 'delivery',
    jobs: [deliveryJob],
    deps: { delivery: opts.delivery, ...(opts.queues ? { queues: opts.queues } : {}) },
    connection: opts.connection,
    prefix: opts.prefix,
    concurrency: opts.concurrency ?? 8,
  });
}
