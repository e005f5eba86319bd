import type { Redis } from 'ioredis';
import type { Queues } from './create-queues.js';
import { startJobWorker } from './define-job.js';
import { embedProfilesJob } from './embed-profiles.job.js';
import { meetingTimerJobs } from './meeting-timer.job.js';
import { type NetworkingJobDeps, networkingSweepJob } from './networking-sweep.job.js';
import { type SessionFeedbackDeps, sessionFeedbackJob } from './session-feedback.job.js';

export type { NetworkingJobDeps } from './networking-sweep.job.js';

/** The networking queue also asks for session feedback (proactive attendee messages, like meeting timers). */
export type NetworkingWorkerDeps = NetworkingJobDeps & Pick<SessionFeedbackDeps, 'feedback'>;

/** Profile embeddings, the meeting timers, the networking sweep and session feedback requests. */
export async function startNetworkingWorker(opts: {
  connection: Redis;
  prefix: string;
  networking: NetworkingWorkerDeps;
  queues: Queues;
}) {
  await networkingSweepJob.schedule(opts.queues);
  await sessionFeedbackJob.schedule(opts.queues);
  return startJobWorker({
    queue: 'networking',
    jobs: [embedProfilesJob, ...Object.values(meetingTimerJobs), networkingSweepJob, sessionFeedbackJob],
    deps: { ...opts.networking, queues: opts.queues },
    connection: opts.connection,
    prefix: opts.prefix,
    concurrency: 4,
  });
}
