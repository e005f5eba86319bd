import { type Job, type JobsOptions, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { QUEUE_NAMES, type QueueName, type Queues, withTimeout } from './create-queues.js';
import { WORKER_SETTINGS } from './worker-settings.js';

/** The payload of a repeating job (a sweep): nothing, or an empty object. */
export const noPayload = z.object({}).default({});

/** A job as its worker sees it: a name on a queue, and a body that validates its own payload. */
export interface RunnableJob<Deps> {
  readonly name: string;
  readonly queue: QueueName;
  readonly run: (deps: Deps, data: unknown, job: Job, token?: string) => Promise<unknown>;
}

/** A job as producers see it too: enqueue with a typed payload and the job's own options (id, delay…). */
export interface DefinedJob<Deps, Payload> extends RunnableJob<Deps> {
  /** Validates the payload and adds the job; rejects after a short timeout when Redis is down. */
  enqueue(queues: Queues, payload: Payload, options?: JobsOptions): Promise<void>;
  /** The same job as an `addBulk` entry, for producers that add many at once. */
  bulkEntry(payload: Payload, options?: JobsOptions): { name: string; data: unknown; opts: JobsOptions };
  /** Registers the repeating run of a job defined with `repeat` (idempotent: one scheduler per prefix). */
  schedule(queues: Queues): Promise<void>;
}

/**
 * One job: its name, queue, zod payload (ids only — no personal data in Redis), enqueue options and a thin
 * body that calls core services. The body declares the dependencies it uses; the worker hands it its own.
 */
export function defineJob<Deps, Schema extends z.ZodType>(definition: {
  name: string;
  queue: QueueName;
  payload: Schema;
  /** Options of every enqueue; a function of the payload when the job id is made from it. */
  options?: JobsOptions | ((payload: z.output<Schema>) => JobsOptions);
  /** A repeating run (a sweep): the scheduler's id and period; its jobs carry an empty payload. */
  repeat?: { schedulerId: string; every: number };
  process: (deps: Deps, payload: z.output<Schema>, job: Job, token?: string) => Promise<unknown>;
}): DefinedJob<Deps, z.input<Schema>> {
  const { name, queue, payload: schema, options, repeat, process } = definition;
  const bulkEntry = (payload: z.input<Schema>, extra?: JobsOptions) => {
    const data = schema.parse(payload);
    return { name, data, opts: { ...(typeof options === 'function' ? options(data) : options), ...extra } };
  };
  return {
    name,
    queue,
    run: (deps, data, job, token) => process(deps, schema.parse(data), job, token),
    bulkEntry,
    async enqueue(queues, payload, extra) {
      const entry = bulkEntry(payload, extra);
      await withTimeout(queues[queue].add(entry.name, entry.data, entry.opts));
    },
    async schedule(queues) {
      if (!repeat) throw new Error(`job ${name} has no repeat`);
      const opts = typeof options === 'function' ? undefined : options;
      await queues[queue].upsertJobScheduler(
        repeat.schedulerId,
        { every: repeat.every },
        { name, data: {}, ...(opts ? { opts } : {}) },
      );
    },
  };
}

/**
 * One worker for one queue, running the given jobs by name — every worker with the same lock and stall
 * settings. A job name it does not know fails at once (no retries): it was enqueued by a newer version or
 * by mistake, and retrying cannot help.
 */
export function startJobWorker<Deps>(opts: {
  queue: QueueName;
  jobs: readonly RunnableJob<NoInfer<Deps>>[];
  deps: Deps;
  connection: Redis;
  prefix: string;
  concurrency: number;
  /** false: the worker waits for `worker.run()` (the gateway first settles what its predecessor left). */
  autorun?: boolean;
}): Worker {
  return new Worker(QUEUE_NAMES[opts.queue], jobProcessor(opts.queue, opts.jobs, opts.deps), {
    connection: opts.connection,
    prefix: opts.prefix,
    concurrency: opts.concurrency,
    autorun: opts.autorun ?? true,
    ...WORKER_SETTINGS,
  });
}

/** What a queue's worker runs for each job: the job of that name, with the worker's deps. */
export function jobProcessor<Deps>(
  queue: QueueName,
  jobs: readonly RunnableJob<NoInfer<Deps>>[],
  deps: Deps,
): (job: Job, token?: string) => Promise<unknown> {
  const byName = new Map(jobs.map((job) => [job.name, job]));
  for (const job of jobs) {
    if (job.queue !== queue) throw new Error(`job ${job.name} runs on ${job.queue}, not ${queue}`);
  }
  return async (job, token) => {
    const definition = byName.get(job.name);
    if (!definition) throw new UnrecoverableError(`unknown ${queue} job ${job.name}`);
    return definition.run(deps, job.data, job, token);
  };
}
