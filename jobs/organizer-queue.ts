import { z } from 'zod';
import { type Queues, withTimeout } from './queues.js';

/** Jobs of the organizer queue: ids only, never message text or phone numbers. */
export const ORGANIZER_JOBS = {
  command: 'organizer-command',
  handoffOpened: 'handoff-opened',
  handoffMessage: 'handoff-message',
  handoffResolved: 'handoff-resolved',
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
