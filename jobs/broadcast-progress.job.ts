import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { OrganizerChat } from '../core/ports/organizer-chat.js';
import { broadcastProgressNote } from '../core/replies/organizer-notes.js';
import { loadCommandChannel } from '../core/services/organizer/load-command-channel.js';
import { broadcastProgress } from '../core/services/organizer/send-broadcast.js';
import type { Queues } from './create-queues.js';
import { defineJob } from './define-job.js';

/** How often progress is checked; it is posted when every message has an outcome. */
export const PROGRESS_EVERY_MS = 1_000;

/** Checks a broadcast's deliveries; when all have an outcome, posts the tally where the command was typed. */
export const broadcastProgressJob = defineJob({
  name: 'broadcast-progress',
  queue: 'organizer',
  payload: z.object({ commandId: z.uuid() }),
  async process(deps: { em: EntityManager; queues: Queues; chat: OrganizerChat | null }, { commandId }) {
    const em = deps.em.fork();
    const progress = await broadcastProgress(em, commandId);
    if (progress.pending > 0) {
      await enqueueBroadcastProgress(deps.queues, commandId, PROGRESS_EVERY_MS);
      return progress;
    }
    const channel = await loadCommandChannel(em, commandId);
    if (deps.chat && channel) await deps.chat.post(channel, broadcastProgressNote(progress));
    return progress;
  },
});

/** Progress is checked again after `delayMs` until every message has an outcome. */
export const enqueueBroadcastProgress = (queues: Queues, commandId: string, delayMs: number) =>
  broadcastProgressJob.enqueue(queues, { commandId }, { delay: delayMs });
