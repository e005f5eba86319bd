import { Queue, type QueueOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { z } from 'zod';

export const QUEUE_NAMES = {
  inbound: 'inbound',
  delivery: 'delivery',
  maintenance: 'maintenance',
  waitlist: 'waitlist',
  organizer: 'organizer',
  leads: 'leads',
  networking: 'networking',
} as const;

export const inboundPayload = z.object({ messageId: z.uuid() });
/** Outbox rows sent one after another, in order (a reply's messages must arrive as written). */
export const deliveryPayload = z.object({ outboxIds: z.array(z.uuid()).min(1) });

export interface Queues {
  inbound: Queue;
  delivery: Queue;
  maintenance: Queue;
  /** Waiting-list offers, their expiry, and the waiting-list sweep (jobs/waitlist-*.job.ts). */
  waitlist: Queue;
  /** Slack side: organizer commands and handoff threads (jobs/organizer.job.ts). */
  organizer: Queue;
  /** Sponsor leads: hot-lead alerts, withdrawn cards, daily digests, `/leads` (jobs/leads.job.ts). */
  leads: Queue;
  /** Profile embeddings and meeting timers: lapse, reminder, "did you meet?" (jobs/networking.job.ts). */
  networking: Queue;
  /** True when Redis answers; for /healthz. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** Retries with exponential backoff: 1 s, 2 s, 4 s, 8 s, 16 s, then the row is marked failed. */
export const JOB_ATTEMPTS = 6;
const defaultJobOptions = {
  attempts: JOB_ATTEMPTS,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: true,
  removeOnFail: 1000,
} satisfies QueueOptions['defaultJobOptions'];

/**
 * Producer-side queues. The connection fails fast instead of buffering while Redis is down, so a webhook
 * still answers at once: the row is already in Postgres and the sweeper enqueues it when Redis is back.
 */
export function createQueues(redisUrl: string, prefix = 'eventos'): Queues {
  const connection = new Redis(redisUrl, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    lazyConnect: false,
  });
  connection.on('error', () => {
    // Reported by the failing add() calls and /healthz; an unhandled 'error' event would crash the process.
  });
  const make = (name: string) => {
    const queue = new Queue(name, { connection, prefix, defaultJobOptions });
    queue.on('error', () => {
      // Same as above: connection errors surface where it matters (enqueue, /healthz), not as log spam.
    });
    return queue;
  };
  const queues = {
    inbound: make(QUEUE_NAMES.inbound),
    delivery: make(QUEUE_NAMES.delivery),
    maintenance: make(QUEUE_NAMES.maintenance),
    waitlist: make(QUEUE_NAMES.waitlist),
    organizer: make(QUEUE_NAMES.organizer),
    leads: make(QUEUE_NAMES.leads),
    networking: make(QUEUE_NAMES.networking),
  };
  return {
    ...queues,
    ping: () =>
      connection.ping().then(
        (pong) => pong === 'PONG',
        () => false,
      ),
    async close() {
      await Promise.allSettled(Object.values(queues).map((q) => q.close()));
      connection.disconnect();
    },
  };
}

/**
 * BullMQ waits for a connection that is down instead of failing; producers give up after this and leave the
 * work to the sweeper (the rows are already in Postgres).
 */
const ENQUEUE_TIMEOUT_MS = 2_000;

export function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error('queue unavailable (Redis did not answer)')),
      ENQUEUE_TIMEOUT_MS,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The job id is the row id, so an inbound message or outbox row is queued at most once at a time. */
export async function enqueueInbound(queues: Queues, messageId: string): Promise<void> {
  await withTimeout(queues.inbound.add('inbound', inboundPayload.parse({ messageId }), { jobId: messageId }));
}

/**
 * One job delivers the rows in the given order, so the messages of one reply (a greeting, then its menu)
 * reach the person in the order they were written. Rows already sent are skipped by the claim, so
 * overlapping jobs (a retry, the sweeper) are harmless.
 */
export async function enqueueDeliveries(queues: Queues, outboxIds: string[]): Promise<void> {
  if (outboxIds.length === 0) return;
  await withTimeout(
    queues.delivery.add('delivery', deliveryPayload.parse({ outboxIds }), { jobId: outboxIds[0] }),
  );
}
