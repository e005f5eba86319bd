import type { EntityManager } from '@mikro-orm/postgresql';
import { type Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { Embedder } from '../core/ports/embedder.js';
import { embedProfiles } from '../core/services/networking/embed-profiles.js';
import { findUnembeddedAttendees } from '../core/services/networking/find-unembedded-attendees.js';
import type { MeetingTemplates } from '../core/services/networking/meeting-templates.js';
import {
  askDidYouMeet,
  dueMeetingTimers,
  expireRequest,
  remindMeeting,
} from '../core/services/networking/meeting-timers.js';
import { enqueueDeliveries, QUEUE_NAMES, type Queues, withTimeout } from './queues.js';
import { WORKER_SETTINGS } from './worker-settings.js';

export interface NetworkingJobDeps {
  em: EntityManager;
  clock: () => Date;
  embedder: Embedder;
  templates: MeetingTemplates;
}

export const EMBED_PROFILES_JOB = 'embed-profiles';
export const NETWORKING_SWEEP_JOB = 'networking-sweep';
/** The longest a lost timer job can delay a reminder, a lapse or a "did you meet?". */
export const NETWORKING_SWEEP_EVERY_MS = 30_000;
const TIMERS = { remind: remindMeeting, ask: askDidYouMeet, expire: expireRequest } as const;
type TimerJob = keyof typeof TIMERS;

export const embedProfilesPayload = z.object({
  eventId: z.string(),
  attendeeIds: z.array(z.uuid()).optional(),
});
export const meetingTimerPayload = z.object({ meetingId: z.uuid() });

/** A changed profile is re-embedded (no job id: a change during a running job must still be embedded). */
export async function enqueueEmbedProfiles(queues: Queues, eventId: string, attendeeIds?: string[]) {
  await withTimeout(
    queues.networking.add(EMBED_PROFILES_JOB, embedProfilesPayload.parse({ eventId, attendeeIds })),
  );
}

/**
 * One delayed job per meeting timer, keyed by meeting id (BullMQ refuses ':' in ids). Exactly-once comes
 * from the guarded columns the timers set (reminded_at, follow_up_at, status), not from the job id.
 */
export async function scheduleMeetingTimers(
  queues: Queues,
  meetingId: string,
  at: { job: TimerJob; due: string }[],
  now: Date,
): Promise<void> {
  await withTimeout(
    queues.networking.addBulk(
      at.map((t) => ({
        name: `meeting-${t.job}`,
        data: meetingTimerPayload.parse({ meetingId }),
        opts: {
          jobId: `meeting-${t.job}-${meetingId}`,
          delay: Math.max(0, Date.parse(t.due) - now.getTime()),
        },
      })),
    ),
  );
}

async function runTimer(deps: NetworkingJobDeps, queues: Queues, job: TimerJob, meetingId: string) {
  const outboxIds = await TIMERS[job](deps.em.fork(), {
    meetingId,
    now: deps.clock(),
    templates: deps.templates,
  });
  // Committed already: if Redis hiccups, the outbox sweeper delivers them.
  await enqueueDeliveries(queues, outboxIds).catch(() => {});
  return outboxIds.length;
}

/**
 * The safety net: runs due meeting timers whose delayed job was lost, and embeds attendees who have no
 * vector for the configured model yet (a lost profile job, or a switch of embedding provider).
 */
export async function sweepNetworking(deps: NetworkingJobDeps, queues: Queues) {
  const due = await dueMeetingTimers(deps.em.fork(), deps.clock());
  let sent = 0;
  for (const job of ['expire', 'remind', 'ask'] as const) {
    for (const id of due[job]) sent += await runTimer(deps, queues, job, id);
  }
  let embedded = 0;
  for (const missing of await findUnembeddedAttendees(deps.em.fork(), deps.embedder.model)) {
    embedded += (await embedProfiles(deps.em.fork(), deps.embedder, missing)).embedded;
  }
  return { sent, embedded };
}

export async function startNetworkingWorker(opts: {
  connection: Redis;
  prefix: string;
  networking: NetworkingJobDeps;
  queues: Queues;
}): Promise<Worker> {
  await opts.queues.networking.upsertJobScheduler(
    'networking-sweep',
    { every: NETWORKING_SWEEP_EVERY_MS },
    { name: NETWORKING_SWEEP_JOB, opts: { attempts: 1, removeOnFail: 100 } },
  );
  const deps = opts.networking;
  return new Worker(
    QUEUE_NAMES.networking,
    async (job: Job) => {
      if (job.name === EMBED_PROFILES_JOB) {
        const { eventId, attendeeIds } = embedProfilesPayload.parse(job.data);
        return embedProfiles(deps.em.fork(), deps.embedder, {
          eventId,
          ...(attendeeIds ? { attendeeIds } : {}),
        });
      }
      if (job.name === NETWORKING_SWEEP_JOB) return sweepNetworking(deps, opts.queues);
      const timer = job.name.replace(/^meeting-/, '') as TimerJob;
      if (!(timer in TIMERS)) throw new Error(`unknown networking job ${job.name}`);
      const { meetingId } = meetingTimerPayload.parse(job.data);
      return { sent: await runTimer(deps, opts.queues, timer, meetingId) };
    },
    { connection: opts.connection, prefix: opts.prefix, concurrency: 4, ...WORKER_SETTINGS },
  );
}
