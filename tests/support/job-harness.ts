import { randomBytes, randomUUID } from 'node:crypto';
import { type Job, type JobsOptions, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { createQueues, QUEUE_NAMES, type QueueName, type Queues } from '../../jobs/create-queues.js';
import { type DefinedJob, jobProcessor } from '../../jobs/define-job.js';
import { WORKER_SETTINGS } from '../../jobs/worker-settings.js';
import { testRedisPrefix, testRedisUrl } from '../setup/test-database.js';

export interface JobHarness {
  /** Queues under a prefix of this harness's own: what a job enqueues stays here for the test to read. */
  queues: Queues;
  /** The BullMQ key prefix of `queues`, for a worker a test starts itself. */
  prefix: string;
  /**
   * Enqueues one job as its producers do (payload validated, the job's options), takes it from Redis as a
   * worker does and runs one attempt with `deps`; returns what it returned, or rejects with what it threw.
   * A failed attempt's retry is dropped. The queue must hold no other job ready to run.
   */
  run<Deps, Payload>(
    job: DefinedJob<Deps, Payload>,
    deps: Deps,
    payload: Payload,
    options?: JobsOptions,
  ): Promise<unknown>;
  /** The jobs waiting or delayed on a queue of this harness (what the jobs run so far enqueued). */
  queued(queue: QueueName): Promise<Job[]>;
  close(): Promise<void>;
}

/** Real Redis, a unique BullMQ prefix per harness: make one per test (beforeEach) and close it after. */
export function startJobHarness(): JobHarness {
  const prefix = `${testRedisPrefix()}-${randomBytes(3).toString('hex')}`;
  const queues = createQueues(testRedisUrl(), prefix);
  const connections: Redis[] = [];
  return {
    queues,
    prefix,
    async run(job, deps, payload, options) {
      const entry = job.bulkEntry(payload, options);
      const added = await queues[job.queue].add(entry.name, entry.data, entry.opts);
      if (!entry.opts.delay && (await added.getState()) === 'delayed') {
        throw new Error(`job ${added.id} is already queued for later: pass another jobId to run it now`);
      }
      const connection = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
      connections.push(connection);
      // A worker without a processor takes exactly one job: what this job queues stays queued.
      const worker = new Worker(QUEUE_NAMES[job.queue], null, { connection, prefix, ...WORKER_SETTINGS });
      const token = randomUUID();
      try {
        const taken = await worker.getNextJob(token);
        if (taken?.id !== added.id) throw new Error(`expected job ${added.id} first, got ${taken?.id}`);
        try {
          const result = await jobProcessor(job.queue, [job], deps)(taken, token);
          await taken.moveToCompleted(result, token, false);
          return result;
        } catch (error) {
          await taken.moveToFailed(error as Error, token, false);
          // One attempt only: a retry BullMQ scheduled would be taken by the next run instead of its job.
          if ((await taken.getState()) === 'delayed') await taken.remove();
          throw error;
        }
      } finally {
        await worker.close();
      }
    },
    queued: (queue) => queues[queue].getJobs(['waiting', 'delayed', 'prioritized']),
    async close() {
      await Promise.all(
        (Object.keys(QUEUE_NAMES) as QueueName[]).map((name) =>
          queues[name].obliterate({ force: true }).catch(() => {}),
        ),
      );
      await queues.close();
      for (const connection of connections) connection.disconnect();
    },
  };
}
