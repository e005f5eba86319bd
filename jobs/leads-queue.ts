import { z } from 'zod';
import { type Queues, withTimeout } from './queues.js';

/** Jobs of the leads queue: ids only, never names or phone numbers. */
export const LEAD_JOBS = {
  alert: 'lead-alert',
  withdrawn: 'lead-withdrawn',
  digest: 'lead-digest',
  sweep: 'leads-sweep',
  sponsorCommand: 'sponsor-command',
} as const;

export const leadPayload = z.object({ leadId: z.uuid() });
export const digestPayload = z.object({ eventId: z.string().min(1) });
export const sponsorCommandPayload = z.object({ commandId: z.uuid() });

/** The job id is the lead's: an alert queued twice runs once (and the lead row's claim makes it once anyway). */
export async function enqueueLeadAlert(queues: Queues, leadId: string): Promise<void> {
  await withTimeout(
    queues.leads.add(LEAD_JOBS.alert, leadPayload.parse({ leadId }), {
      jobId: `alert-${leadId}`,
      removeOnFail: true,
    }),
  );
}

export async function enqueueLeadWithdrawn(queues: Queues, leadId: string): Promise<void> {
  await withTimeout(queues.leads.add(LEAD_JOBS.withdrawn, leadPayload.parse({ leadId })));
}

/** `/leads` from a sponsor's channel: the command's log row id, like organizer commands. */
export async function enqueueSponsorCommand(queues: Queues, commandId: string): Promise<void> {
  await withTimeout(
    queues.leads.add(LEAD_JOBS.sponsorCommand, sponsorCommandPayload.parse({ commandId }), {
      jobId: commandId,
    }),
  );
}
