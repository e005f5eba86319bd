import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJob, noPayload, startJobWorker } from '../../../jobs/define-job.js';
import { WORKER_SETTINGS } from '../../../jobs/worker-settings.js';
import { testRedisUrl } from '../../setup/test-database.js';
import { type JobHarness, startJobHarness } from '../../support/job-harness.js';

/** A job for the helper's own tests: remembers the ids it saw. */
const echoJob = defineJob({
  name: 'echo',
  queue: 'maintenance',
  payload: z.object({ id: z.uuid() }),
  options: ({ id }) => ({ jobId: `echo-${id}` }),
  process: async (deps: { seen: string[] }, { id }) => {
    deps.seen.push(id);
    return { echoed: id };
  },
});

const tickJob = defineJob({
  name: 'tick',
  queue: 'maintenance',
  payload: noPayload,
  options: { attempts: 1, removeOnFail: 100 },
  repeat: { schedulerId: 'tick-every-minute', every: 60_000 },
  process: async () => ({ ticked: true }),
});

let jobs: JobHarness;
const connections: Redis[] = [];
const connection = () => {
  const redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
  connections.push(redis);
  return redis;
};
beforeEach(() => {
  jobs = startJobHarness();
});
afterEach(async () => {
  await jobs.close();
  for (const redis of connections.splice(0)) redis.disconnect();
});

describe('defineJob', () => {
  it('runs the body with the parsed payload and returns its result', async () => {
    const seen: string[] = [];
    const id = randomUUID();
    expect(await jobs.run(echoJob, { seen }, { id })).toEqual({ echoed: id });
    expect(seen).toEqual([id]);
  });

  it('refuses a payload that does not match its schema, and queues nothing', async () => {
    await expect(echoJob.enqueue(jobs.queues, { id: 'not-a-uuid' })).rejects.toThrow(z.ZodError);
    expect(await jobs.queued('maintenance')).toEqual([]);
  });

  it('applies its options: the job id made from the payload dedupes a second enqueue', async () => {
    const id = randomUUID();
    await echoJob.enqueue(jobs.queues, { id });
    await echoJob.enqueue(jobs.queues, { id }, { delay: 60_000 });
    const queued = await jobs.queued('maintenance');
    expect(queued.map((j) => [j.id, j.name, j.data])).toEqual([[`echo-${id}`, 'echo', { id }]]);
  });

  it('registers its repeating run under the scheduler id, with its name and options', async () => {
    await tickJob.schedule(jobs.queues);
    await tickJob.schedule(jobs.queues);
    const schedulers = await jobs.queues.maintenance.getJobSchedulers();
    expect(schedulers).toMatchObject([{ key: 'tick-every-minute', name: 'tick', every: 60_000 }]);
  });
});

describe('startJobWorker', () => {
  it('uses the same lock and stall settings for every worker', async () => {
    const worker = startJobWorker({
      queue: 'maintenance',
      jobs: [echoJob],
      deps: { seen: [] },
      connection: connection(),
      prefix: 'unused',
      concurrency: 1,
    });
    try {
      expect(worker.opts).toMatchObject(WORKER_SETTINGS);
    } finally {
      await worker.close();
    }
  });

  it('refuses a job that belongs to another queue', () => {
    const organizerJob = defineJob({
      name: 'elsewhere',
      queue: 'organizer',
      payload: noPayload,
      process: async () => null,
    });
    expect(() =>
      startJobWorker({
        queue: 'maintenance',
        jobs: [organizerJob],
        deps: {},
        connection: connection(),
        prefix: 'unused',
        concurrency: 1,
      }),
    ).toThrow('job elsewhere runs on organizer, not maintenance');
  });

  it('fails a job name it does not know at once, without retries', async () => {
    // The worker knows `echo` only; `stranger` arrives on its queue (from an older or newer producer).
    await jobs.queues.maintenance.add('stranger', {});
    const worker = startJobWorker({
      queue: 'maintenance',
      jobs: [echoJob],
      deps: { seen: [] },
      connection: connection(),
      prefix: jobs.prefix,
      concurrency: 1,
    });
    try {
      const failed = await new Promise<{ attemptsMade: number; attempts?: number; reason: string }>(
        (resolve) =>
          worker.on('failed', (job, error) =>
            resolve({ attemptsMade: job!.attemptsMade, attempts: job!.opts.attempts, reason: error.message }),
          ),
      );
      expect(failed).toEqual({ attemptsMade: 1, attempts: 6, reason: 'unknown maintenance job stranger' });
      expect(await jobs.queues.maintenance.getJobCounts('failed', 'delayed', 'waiting')).toEqual({
        failed: 1,
        delayed: 0,
        waiting: 0,
      });
    } finally {
      await worker.close();
    }
  });
});
