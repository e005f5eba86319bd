import { Queue, type QueueOptions } from 'bullmq';
import { Redis } from 'ioredis';

export const QUEUE_NAMES = {
  inbound: 'inbound',
  delivery: 'delivery',
  maintenance: 'maintenance',
  waitlist: 'waitlist',
  organizer: 'organizer',
  leads: 'leads',
  networking: 'networking',
  reservations: 'reservations',
  payments: 'payments',
  faceData: 'face-data',
  whatsappWeb: 'whatsapp-web',
} as const;

export type QueueName = keyof typeof QUEUE_NAMES;

/** One BullMQ queue per kind of work; each job (`<name>.job.ts`) says which queue it runs on. */
export interface Queues {
  inbound: Queue;
  delivery: Queue;
  maintenance: Queue;
  /** Waiting-list offers, their expiry, and the waiting-list sweep (jobs/waitlist-worker.ts). */
  waitlist: Queue;
  /** Slack side: organizer commands, handoff threads, broadcasts, the live feed (jobs/organizer-worker.ts). */
  organizer: Queue;
  /** Sponsor leads: hot-lead alerts, withdrawn cards, daily digests, `/leads` (jobs/leads-worker.ts). */
  leads: Queue;
  /** Profile embeddings and meeting timers: lapse, reminder, "did you meet?" (jobs/networking-worker.ts). */
  networking: Queue;
  /** The unpaid-reservation expiry run (jobs/reservation-expiry.job.ts). */
  reservations: Queue;
  /** Stripe: Checkout Sessions, webhook events, refunds, and their sweep (jobs/payments-worker.ts). */
  payments: Queue;
  /** The face-data retention run (jobs/face-data-expiry.job.ts). */
  faceData: Queue;
  /**
   * Sends on the WhatsApp Web channel, consumed only by the `eventos whatsapp-web` gateway: one process holds
   * the session (jobs/whatsapp-web-delivery.job.ts).
   */
  whatsappWeb: Queue;
  /** True when Redis answers; for /healthz. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * How long a finished job keeps its id, for jobs whose id is a row's id. The sweeper reads a row still open and
 * re-adds its job; when that job finished in between, the add must find the id (and do nothing) instead of
 * running the work a second time. Longer than one sweep's read-then-add (every 5 s, on rows 3 s old).
 */
export const KEEP_FINISHED_ID = { age: 30 };

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
  const queues = Object.fromEntries(
    Object.entries(QUEUE_NAMES).map(([key, name]) => [key, make(name)]),
  ) as Record<QueueName, Queue>;
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
