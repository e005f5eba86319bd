import { z } from 'zod';
import { BROADCAST_PER_SECOND } from '../core/services/organizer/send-broadcast.js';
import { deliveryPayload, type Queues, withTimeout } from './queues.js';

/** Jobs of the organizer queue: ids only, never message text or phone numbers. */
export const ORGANIZER_JOBS = {
  command: 'organizer-command',
  handoffOpened: 'handoff-opened',
  handoffMessage: 'handoff-message',
  handoffResolved: 'handoff-resolved',
  broadcastSend: 'broadcast-send',
  broadcastProgress: 'broadcast-progress',
  faqEmbed: 'faq-embed',
} as const;

export const commandPayload = z.object({ commandId: z.uuid() });
export const handoffPayload = z.object({ handoffId: z.uuid() });
export const handoffMessagePayload = z.object({ handoffId: z.uuid(), messageId: z.uuid() });

/** The job id is the command's row id: a command runs once even if enqueued twice. */
export async function enqueueOrganizerCommand(queues: Queues, commandId: string): Promise<void> {
  await withTimeout(
    queues.organizer.add(ORGANIZER_JOBS.command, commandPayload.parse({ commandId }), { jobId: commandId }),
  );
}

export async function enqueueHandoffOpened(queues: Queues, handoffId: string): Promise<void> {
  await withTimeout(
    queues.organizer.add(ORGANIZER_JOBS.handoffOpened, handoffPayload.parse({ handoffId }), {
      jobId: `opened-${handoffId}`,
    }),
  );
}

export async function enqueueHandoffMessage(
  queues: Queues,
  handoffId: string,
  messageId: string,
): Promise<void> {
  await withTimeout(
    queues.organizer.add(
      ORGANIZER_JOBS.handoffMessage,
      handoffMessagePayload.parse({ handoffId, messageId }),
      {
        jobId: `relay-${messageId}`,
      },
    ),
  );
}

export async function enqueueHandoffResolved(queues: Queues, handoffId: string): Promise<void> {
  await withTimeout(
    queues.organizer.add(ORGANIZER_JOBS.handoffResolved, handoffPayload.parse({ handoffId }), {
      jobId: `resolved-${handoffId}`,
    }),
  );
}

export async function enqueueBroadcastSend(queues: Queues, commandId: string): Promise<void> {
  await withTimeout(
    queues.organizer.add(ORGANIZER_JOBS.broadcastSend, commandPayload.parse({ commandId }), {
      jobId: `broadcast-${commandId}`,
    }),
  );
}

/** Progress is checked again after `delayMs` until every message has an outcome. */
export async function enqueueBroadcastProgress(
  queues: Queues,
  commandId: string,
  delayMs: number,
): Promise<void> {
  await withTimeout(
    queues.organizer.add(ORGANIZER_JOBS.broadcastProgress, commandPayload.parse({ commandId }), {
      delay: delayMs,
    }),
  );
}

/**
 * Broadcast deliveries, paced: batches of `perSecond` messages, one batch a second (WhatsApp and Twilio
 * throttle senders; a burst of thousands would mostly come back as 429s).
 */
export async function enqueuePacedDeliveries(
  queues: Queues,
  outboxIds: string[],
  perSecond = BROADCAST_PER_SECOND,
): Promise<void> {
  const jobs = [];
  for (let i = 0; i < outboxIds.length; i += perSecond) {
    const batch = outboxIds.slice(i, i + perSecond);
    jobs.push({
      name: 'delivery',
      data: deliveryPayload.parse({ outboxIds: batch }),
      opts: { jobId: batch[0], delay: (i / perSecond) * 1000 },
    });
  }
  if (jobs.length > 0) await withTimeout(queues.delivery.addBulk(jobs));
}

export const faqPayload = z.object({ faqId: z.uuid() });

export async function enqueueFaqEmbed(queues: Queues, faqId: string): Promise<void> {
  await withTimeout(queues.organizer.add(ORGANIZER_JOBS.faqEmbed, faqPayload.parse({ faqId })));
}
