import { z } from 'zod';
import { leadAlertWording } from '../core/replies/lead-alert-message.js';
import { type LeadAlertDeps, sendLeadAlert } from '../core/services/leads/send-lead-alert.js';
import type { Queues } from './create-queues.js';
import { defineJob } from './define-job.js';
import { enqueueDeliveries } from './delivery.job.js';

/** Tells a sponsor about a new hot lead: a Slack card, or a WhatsApp message when it has no channel. */
export const leadAlertJob = defineJob({
  name: 'lead-alert',
  queue: 'leads',
  payload: z.object({ leadId: z.uuid() }),
  // The job id is the lead's: an alert queued twice runs once (and the lead row's claim makes it once anyway).
  options: ({ leadId }) => ({ jobId: `alert-${leadId}`, removeOnFail: true }),
  async process(deps: LeadAlertDeps & { queues: Queues }, { leadId }) {
    const result = await sendLeadAlert(deps, leadId, leadAlertWording);
    if (result.outcome === 'whatsapp') await enqueueDeliveries(deps.queues, result.outboxIds).catch(() => {});
    return result;
  },
});

export const enqueueLeadAlert = (queues: Queues, leadId: string) => leadAlertJob.enqueue(queues, { leadId });
