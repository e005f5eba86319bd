import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrganizerChat } from '../core/ports/organizer-chat.js';
import { withdrawnLeadNote } from '../core/replies/lead-notes.js';
import { redactPendingCards } from '../core/services/leads/card-redactions.js';
import { findStrandedAlerts } from '../core/services/leads/send-lead-alert.js';
import type { Queues } from './create-queues.js';
import { defineJob, noPayload } from './define-job.js';
import { enqueueLeadAlert } from './lead-alert.job.js';

/** How often lost alert jobs are looked for: the longest a Redis hiccup can delay a hot-lead alert. */
const LEADS_SWEEP_EVERY_MS = 5_000;

/** The safety net: alerts whose job was lost are queued again, pending card redactions are done. */
export const leadsSweepJob = defineJob({
  name: 'leads-sweep',
  queue: 'leads',
  payload: noPayload,
  options: { attempts: 1, removeOnFail: 100 },
  repeat: { schedulerId: 'leads-sweep', every: LEADS_SWEEP_EVERY_MS },
  async process(deps: { em: EntityManager; chat: OrganizerChat | null; queues: Queues }) {
    const stranded = await findStrandedAlerts(deps.em.fork());
    for (const leadId of stranded) await enqueueLeadAlert(deps.queues, leadId);
    // Cards of withdrawn or forgotten people whose job was lost — or, after "forget me", never queued.
    return { requeued: stranded.length, redacted: await redactPendingCards(deps, withdrawnLeadNote) };
  },
});
