import type { Redis } from 'ioredis';
import type { Queues } from './create-queues.js';
import { startJobWorker } from './define-job.js';
import { embedProfilesJob } from './embed-profiles.job.js';
import { meetingTimerJobs } from './meeting-timer.job.js';
import { type NetworkingJobDeps, networkingSweepJob } from './networking-sweep.job.js';

export type { NetworkingJobDeps } from './networking-sweep.job.js';

/** Profile embeddings, the meeting timers and the networking sweep. */
export async function startNetworkingWorker(opts: {
  connection: Redis;
  prefix: string;
  networking: NetworkingJobDeps;
  queues: Queues;
}) {
  await networkingSweepJob.schedule(opts.queues);
  return startJobWorker({
    queue: 'networking',
    jobs: [embedProfilesJob, ...Object.values(meetingTimerJobs), networkingSweepJob],
    deps: { ...opts.networking, queues: opts.queues },
    connection: opts.connection,
    prefix: opts.prefix,
    concurrency: 4,
  });
}
