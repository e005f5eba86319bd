import type { EntityManager } from '@mikro-orm/postgresql';
import type { MeetingTemplates } from '../core/meeting-templates.js';
import type { Embedder } from '../core/ports/embedder.js';
import { embedProfiles } from '../core/services/networking/embed-profiles.js';
import { findUnembeddedAttendees } from '../core/services/networking/find-unembedded-attendees.js';
import { dueMeetingTimers } from '../core/services/networking/meeting-timers.js';
import type { Queues } from './create-queues.js';
import { defineJob, noPayload } from './define-job.js';
import { runMeetingTimer } from './meeting-timer.job.js';

/** The longest a lost timer job can delay a reminder, a lapse or a "did you meet?". */
export const NETWORKING_SWEEP_EVERY_MS = 30_000;

export interface NetworkingJobDeps {
  em: EntityManager;
  clock: () => Date;
  embedder: Embedder;
  templates: MeetingTemplates;
}

/**
 * The safety net: runs due meeting timers whose delayed job was lost, and embeds attendees who have no
 * vector for the configured model yet (a lost profile job, or a switch of embedding provider).
 */
export async function sweepNetworking(deps: NetworkingJobDeps, queues: Queues) {
  const due = await dueMeetingTimers(deps.em.fork(), deps.clock());
  let sent = 0;
  for (const timer of ['expire', 'remind', 'ask'] as const) {
    for (const id of due[timer]) sent += await runMeetingTimer({ ...deps, queues }, timer, id);
  }
  let embedded = 0;
  for (const missing of await findUnembeddedAttendees(deps.em.fork(), deps.embedder.model)) {
    embedded += (await embedProfiles(deps.em.fork(), deps.embedder, missing)).embedded;
  }
  return { sent, embedded };
}

export const networkingSweepJob = defineJob({
  name: 'networking-sweep',
  queue: 'networking',
  payload: noPayload,
  options: { attempts: 1, removeOnFail: 100 },
  repeat: { schedulerId: 'networking-sweep', every: NETWORKING_SWEEP_EVERY_MS },
  process: (deps: NetworkingJobDeps & { queues: Queues }) => sweepNetworking(deps, deps.queues),
});
