import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { MeetingTemplates } from '../core/meeting-templates.js';
import { askDidYouMeet, expireRequest, remindMeeting } from '../core/services/networking/meeting-timers.js';
import { type Queues, withTimeout } from './create-queues.js';
import { defineJob } from './define-job.js';
import { enqueueDeliveries } from './delivery.job.js';

/** A meeting's three timers: the reminder before it, "did you meet?" after it, the lapse of a request. */
const TIMERS = { remind: remindMeeting, ask: askDidYouMeet, expire: expireRequest } as const;
export type MeetingTimer = keyof typeof TIMERS;

export interface MeetingTimerDeps {
  em: EntityManager;
  clock: () => Date;
  templates: MeetingTemplates;
  queues: Queues;
}

/** Runs one timer of one meeting, if still due (the guarded columns make a second run a no-op). */
export async function runMeetingTimer(deps: MeetingTimerDeps, timer: MeetingTimer, meetingId: string) {
  const outboxIds = await TIMERS[timer](deps.em.fork(), {
    meetingId,
    now: deps.clock(),
    templates: deps.templates,
  });
  // Committed already: if Redis hiccups, the outbox sweeper delivers them.
  await enqueueDeliveries(deps.queues, outboxIds).catch(() => {});
  return outboxIds.length;
}

/**
 * One job per timer kind (`meeting-remind`, `meeting-ask`, `meeting-expire`), the same body and payload: one
 * delayed job per meeting timer, keyed by meeting id (BullMQ refuses ':' in ids). Exactly-once comes from the
 * guarded columns the timers set (reminded_at, follow_up_at, status), not from the job id.
 */
const meetingTimerJob = (timer: MeetingTimer) =>
  defineJob({
    name: `meeting-${timer}`,
    queue: 'networking',
    payload: z.object({ meetingId: z.uuid() }),
    options: ({ meetingId }) => ({ jobId: `meeting-${timer}-${meetingId}` }),
    process: async (deps: MeetingTimerDeps, { meetingId }) => ({
      sent: await runMeetingTimer(deps, timer, meetingId),
    }),
  });

export const meetingTimerJobs = {
  remind: meetingTimerJob('remind'),
  ask: meetingTimerJob('ask'),
  expire: meetingTimerJob('expire'),
} as const;

/** Schedules a meeting's timers, each due at its time. */
export async function scheduleMeetingTimers(
  queues: Queues,
  meetingId: string,
  at: { job: MeetingTimer; due: string }[],
  now: Date,
): Promise<void> {
  await withTimeout(
    queues.networking.addBulk(
      at.map((t) =>
        meetingTimerJobs[t.job].bulkEntry(
          { meetingId },
          { delay: Math.max(0, Date.parse(t.due) - now.getTime()) },
        ),
      ),
    ),
  );
}
