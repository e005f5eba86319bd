import { z } from 'zod';
import { leadDigestWording } from '../core/replies/lead-digest-message.js';
import type { LeadAlertDeps } from '../core/services/leads/send-lead-alert.js';
import { sendLeadDigests } from '../core/services/leads/send-lead-digests.js';
import type { Queues } from './create-queues.js';
import { defineJob } from './define-job.js';
import { enqueueDeliveries } from './delivery.job.js';

/** One event's daily digest to each sponsor (enqueued by the event's scheduler, lead-digest-schedule.ts). */
export const leadDigestJob = defineJob({
  name: 'lead-digest',
  queue: 'leads',
  payload: z.object({ eventId: z.string().min(1) }),
  options: { attempts: 3 },
  async process(deps: LeadAlertDeps & { queues: Queues }, { eventId }) {
    const report = await sendLeadDigests(deps, eventId, leadDigestWording);
    await enqueueDeliveries(deps.queues, report.outboxIds).catch(() => {});
    return { sponsors: report.sponsors, leads: report.leads };
  },
});
