import type { Redis } from 'ioredis';
import type { LeadAlertDeps } from '../core/services/leads/send-lead-alert.js';
import type { Queues } from './create-queues.js';
import { startJobWorker } from './define-job.js';
import { leadAlertJob } from './lead-alert.job.js';
import { leadDigestJob } from './lead-digest.job.js';
import { scheduleLeadDigests } from './lead-digest-schedule.js';
import { leadWithdrawnJob } from './lead-withdrawn.job.js';
import { leadsSweepJob } from './leads-sweep.job.js';
import { sponsorCommandJob } from './sponsor-command.job.js';

export interface LeadJobDeps extends LeadAlertDeps {
  /** The daily digest's local time in each event's zone, "HH:MM" (LEAD_DIGEST_TIME). */
  digestTime: string;
}

/**
 * The leads queue: hot-lead alerts (concurrency 4, so one slow Slack call does not hold up the next alert),
 * withdrawn cards, daily digests, `/leads` commands and the sweep. Exactly-once lives in Postgres (the lead
 * row's alert claim, `digest_sent_at`, the command's status), so retried or duplicated jobs are harmless.
 */
export async function startLeadsWorker(opts: {
  connection: Redis;
  prefix: string;
  deps: LeadJobDeps;
  queues: Queues;
}) {
  const { deps, queues } = opts;
  await leadsSweepJob.schedule(queues);
  await scheduleLeadDigests(queues, deps.em, { localTime: deps.digestTime, now: deps.clock() });
  return startJobWorker({
    queue: 'leads',
    jobs: [leadAlertJob, leadWithdrawnJob, leadDigestJob, sponsorCommandJob, leadsSweepJob],
    deps: { ...deps, queues },
    connection: opts.connection,
    prefix: opts.prefix,
    concurrency: 4,
  });
}
